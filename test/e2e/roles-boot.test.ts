// The rendered gateway and desktop user-data, booted for real by cloud-init in Debian 13 root filesystems.
import { BootReport, GENERIC_CHECKS, bootSeed, problemsWithLog } from "./support/boot";
import { gatewayValidators } from "./support/gateway-checks";
import { loadState, seedOf } from "./support/state";

const state = loadState();

describe.each(["gateway", "desktop-1"])("%s: rendered user-data boots in Debian 13", (name) => {
  let report: BootReport;

  beforeAll(async () => {
    report = await bootSeed(state, seedOf(state, name));
  });
  afterAll(async () => {
    await report?.machine.dispose();
  });

  test("comes with the deliveries the Terraform run would hand it (bootstrap, then the bundle)", () => {
    const seed = seedOf(state, name);
    expect(seed.bootstrapDelivery).toMatch(new RegExp(`^pairpac-delivery 1 ${name}\n`));
    expect(seed.delivery).toMatch(new RegExp(`^pairpac-delivery 1 ${name}\n`));
  });

  test.each([...GENERIC_CHECKS])("%s", (check) => {
    expect(problemsWithLog(report, check)).toEqual([]);
  });

  if (name === "gateway") {
    test.each(["docker-compose config", "nginx -t", "doveconf -n", "postfix check", "sshd -t"])("%s accepts the files cloud-init wrote", async (validator) => {
      const results = await gatewayValidators(report);
      expect(results[validator]).toEqual([]);
    });
  }
});
