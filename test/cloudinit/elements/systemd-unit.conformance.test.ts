/** Conformance tier (npm run test:conformance): rendered units through systemd-analyze verify. */
import { CloudConfig, Hardening, SystemdUnit } from "../../../cloudinit";
import { systemdVerify } from "../../support/validators";
import { validateDocument } from "../validate-document";

describe("SystemdUnit with systemd-analyze", () => {
  test("rendered units pass systemd-analyze verify and the document passes cloud-init schema", () => {
    const service = SystemdUnit.service("verify-me", {
      description: "Verify 100%", after: ["network-online.target"], wants: ["network-online.target"], type: "oneshot", remainAfterExit: true,
      environment: { GREETING: "hello world" }, execStartPre: [["/bin/echo", "pre"]], execStart: ["/bin/echo", "a b", "$HOME", "50%", "it's", "q\"uote"],
      hardening: Hardening.STRICT.with({ readWritePaths: ["/tmp"] }), timeoutStartSec: 30,
    });
    const timer = SystemdUnit.timer("verify-me", { description: "Verify timer", onCalendar: ["*-*-* 03:00:00"], persistent: true });
    const mount = SystemdUnit.mount({ description: "Verify mount", what: "/dev/disk/by-label/pairpac-data", where: "/srv/verify", type: "ext4", options: ["defaults", "noatime"] });
    systemdVerify({ [service.unitName]: service.content, [timer.unitName]: timer.content, [mount.unitName]: mount.content });
    validateDocument(new CloudConfig({ machine: "m" }).add("v", service, timer, mount, SystemdUnit.dropIn("ssh.service", "10-x", { Service: { Nice: 5 } })));
  });
});
