import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDesktopRole, type DesktopRoleProps } from "../../../cloudinit/desktop/desktop-role";
import { Os } from "../../../cloudinit/os";
import { WAIT_FOR_SOCKET_SH } from "../../../cloudinit/desktop/private/scripts";
import { pyYamlParse } from "../../support/validators";
import { minimalProps, type WriteFile } from "./fixtures";

const props = minimalProps;
function files(p: DesktopRoleProps): WriteFile[] {
  return (pyYamlParse(renderDesktopRole(p).render()) as { write_files: WriteFile[] }).write_files;
}
function content(p: DesktopRoleProps, path: string): string {
  const f = files(p).find((w) => w.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f.content;
}
const unit = (name: string, p = props()) => content(p, `/etc/systemd/system/${name}`).split("\n");

describe("exactly one Mumble: the conference client runs on the session's D-Bus (issue 14, item 6)", () => {
  test("the bus unit runs dbus-daemon at a fixed address as the desktop user, ready only with its socket", () => {
    const bus = unit("pairpac-desktop-bus.service");
    for (const line of [
      "User=desktop",
      "ExecStartPre=/usr/bin/rm -f /run/pairpac-desktop/bus",
      "ExecStart=/usr/bin/dbus-daemon --session --address=unix:path=/run/pairpac-desktop/bus --nofork --nopidfile",
      "ExecStartPost=/usr/local/lib/pairpac/desktop/wait-for-socket.sh /run/pairpac-desktop/bus 20",
      "Environment=\"DISPLAY=:1\"",
      "Restart=always",
    ]) expect(bus).toContain(line);
  });

  test("the session and the Mumble unit use that bus (so a Mumble started from the panel only raises the running one)", () => {
    for (const name of ["pairpac-desktop-session.service", "pairpac-desktop-mumble.service"]) {
      const u = unit(name);
      expect(u).toContain("Environment=\"DBUS_SESSION_BUS_ADDRESS=unix:path=/run/pairpac-desktop/bus\"");
      expect(u.find((l) => l.startsWith("Requires="))).toContain("pairpac-desktop-bus.service");
      expect(u.find((l) => l.startsWith("After="))).toContain("pairpac-desktop-bus.service");
    }
    expect(unit("pairpac-desktop-session.service").join("\n")).not.toContain("dbus-run-session");
  });
});

describe("lxqt-policykit-agent is not started (issue 14, item 11)", () => {
  test("a hidden user autostart entry overrides LXQt's", () => {
    expect(content(props(), "/etc/pairpac/desktop/home/.config/autostart/lxqt-policykit-agent.desktop"))
      .toBe("[Desktop Entry]\nType=Application\nName=LXQt PolicyKit Agent\nHidden=true\n");
  });
});

describe("needrestart leaves the session alone (issue 14, item 5)", () => {
  const path = "/etc/needrestart/conf.d/50-pairpac-desktop.conf";

  test("Ubuntu: a conf.d override excludes every pairpac-desktop-* unit from automatic restarts", () => {
    const conf = content(props({ os: Os.UBUNTU_24_04 }), path);
    expect(conf).toContain("\n$nrconf{override_rc}->{qr(^pairpac-desktop-)} = 0;\n");
    // The override is Perl that needrestart evaluates; it must compile and match the session's units only.
    const check = spawnSync("perl", ["-e", `my %nrconf; ${conf}; my ($re) = keys %{$nrconf{override_rc}};
      print join(",", map { /$re/ ? 1 : 0 } qw(pairpac-desktop-display.service pairpac-desktop-session.service pairpac-desktop-mumble.service pairpac-tunnel.service ssh.service)), " ", $nrconf{override_rc}{$re}, "\\n";`], { encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.stdout).toBe("1,1,1,0,0 0\n");
  });

  test("Debian installs no needrestart by default: no override there", () => {
    expect(files(props({ os: Os.DEBIAN_13 })).map((f) => f.path)).not.toContain(path);
  });
});

describe("wait-for-socket.sh (issue 14, item 8)", () => {
  test("returns once the socket appears, and fails after its bound when it never does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pairpac-wait-"));
    try {
      const script = join(dir, "wait.sh");
      writeFileSync(script, WAIT_FOR_SOCKET_SH);
      const socket = join(dir, "X1");
      const waiting = spawn("bash", [script, socket, "10"]);
      const done = new Promise<number>((resolve) => waiting.on("exit", (code) => resolve(code ?? -1)));
      await new Promise((r) => setTimeout(r, 500));
      expect(waiting.exitCode).toBeNull();
      spawnSync("python3", ["-c", "import socket, sys; s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])", socket]);
      expect(await done).toBe(0);

      const never = spawnSync("bash", [script, join(dir, "none"), "1"], { encoding: "utf8" });
      expect(never.status).toBe(1);
      expect(never.stderr).toContain("no socket");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
