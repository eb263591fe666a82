import { CloudConfig, Sysctl } from "../../../cloudinit";
import { expectPairPacError } from "../../support/pairpac-error";

describe("Sysctl", () => {
  test("settings of all contributors merge into one sorted drop-in applied first in runcmd", () => {
    const doc = new CloudConfig({ machine: "m" })
      .add("base", Sysctl.of({ "vm.swappiness": 10 }))
      .add("net", Sysctl.of({ "net.ipv4.ip_forward": "0", "vm.swappiness": "10" }));
    expect(doc.toObject()).toEqual({
      write_files: [{ path: "/etc/sysctl.d/90-pairpac.conf", content: "net.ipv4.ip_forward = 0\nvm.swappiness = 10\n", owner: "root:root", permissions: "0644" }],
      runcmd: [["sysctl", "-p", "/etc/sysctl.d/90-pairpac.conf"]],
    });
  });
  test("fails when two contributors set one key differently", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", Sysctl.of({ "vm.swappiness": 10 }));
    expectPairPacError(() => doc.add("b", Sysctl.of({ "vm.swappiness": 60 })), { field: "sysctl.vm.swappiness", problem: /^is set differently by "a" \("10"\) and "b"/ });
  });
  test("fails on bad keys and values", () => {
    expectPairPacError(() => Sysctl.of({ swappiness: 1 }), { field: "sysctl.swappiness", problem: /^is not a sysctl parameter name/ });
    expectPairPacError(() => Sysctl.of({ "vm.swappiness": "1\n2" }), { field: "sysctl.vm.swappiness", problem: /^must be a non-empty one-line value/ });
    expectPairPacError(() => Sysctl.of({}), { field: "sysctl", problem: /^must set at least one parameter/ });
  });
});
