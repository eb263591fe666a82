// A small cloud-config rendered through the cloudinit core API: the harness's own fixture, independent
// of the roles, used by its self-tests (a known-good seed and deliberately broken variants of it).
import { CloudConfig, Command, File, Os, Packages, SystemdUnit, User } from "../../../cloudinit";

/** Renders the probe user-data for Debian 13 (broken variants are made with mutations.ts). */
export function renderProbe(): string {
  const doc = new CloudConfig({ machine: "e2e-probe", os: Os.DEBIAN_13 });
  doc.add(
    "probe",
    Packages.of("openssl"),
    User.system("probe", { shell: "/usr/sbin/nologin", homeDir: "/var/lib/probe" }),
    File.text("/etc/pairpac-probe/settings.conf", "greeting = hello\n", { owner: "probe:probe", mode: "0640" }),
    SystemdUnit.service("pairpac-probe.service", {
      description: "PairPac e2e probe",
      user: "probe",
      execStart: ["/usr/bin/sleep", "infinity"],
      restart: "on-failure",
      restartSec: 2,
      environment: { PROBE: "1" },
      wantedBy: ["multi-user.target"],
    }),
  );
  doc.add("probe-check", Command.of(["test", "-s", "/etc/pairpac-probe/settings.conf"]));
  return doc.render();
}

/** meta-data for the probe seed. */
export const PROBE_META_DATA = "instance-id: e2e-probe-1\nlocal-hostname: e2e-probe\n";
