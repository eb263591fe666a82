// The desktop's SSH reverse tunnel to the gateway, for real: two booted machines in two network
// namespaces joined by a veth pair (TEST-NET-1 addresses, nothing routed), the gateway's sshd with
// the rendered configuration, the desktop's Xvfb, x11vnc and tunnel from their rendered units.
import { desktopPorts } from "../../cloudinit/ports";
import { bootSeed } from "./support/boot";
import { waitFor } from "./support/exec";
import { readBanner } from "./support/services";
import { loadState, seedOf } from "./support/state";
import { TunnelRig } from "./support/tunnel";

const state = loadState();
const DESKTOP_INDEX = 1;
const RFB = /^RFB 003\.00\d\n$/;

describe("desktop-1 tunnel to the gateway", () => {
  let rig: TunnelRig;

  beforeAll(async () => {
    const gateway = await bootSeed(state, seedOf(state, "gateway"), "tunnel-gateway");
    const desktop = await bootSeed(state, seedOf(state, "desktop-1"), "tunnel-desktop-1").catch(async (e) => {
      await gateway.machine.dispose();
      throw e;
    });
    rig = await TunnelRig.create(gateway, desktop, "t");
    await rig.startSshd();
    await rig.startDesktop();
  });

  afterAll(async () => {
    await rig?.dispose();
  });

  test("the gateway's 127.0.0.1:<desktop 1 VNC port> answers with an RFB banner through the tunnel", async () => {
    const port = desktopPorts(DESKTOP_INDEX).vnc;
    const banner = await waitFor(`RFB banner on the gateway's 127.0.0.1:${port}`, 60_000, async () => {
      const b = await readBanner(rig.gateway.machine, rig.gatewayNet, port).catch(() => undefined);
      return b !== undefined && RFB.test(b) ? b : undefined;
    }).catch((e: Error) => {
      throw new Error(`${e.message}\n${rig.logs()}`);
    });
    expect(banner).toMatch(RFB);
  });

  test("fails to publish any other port with the desktop's key (ssh -R is refused)", async () => {
    // Desktop 2's ports (registered on the gateway, but for another key) and a port nobody may use.
    const others = [`127.0.0.1:${desktopPorts(2).vnc}`, `127.0.0.1:${desktopPorts(2).audio}`, `127.0.0.1:${desktopPorts(DESKTOP_INDEX).vnc + 1000}`];
    for (const listen of others) {
      const r = await rig.sshAsDesktop(["-N", "-o", "ExitOnForwardFailure=yes", "-R", `${listen}:127.0.0.1:22`]);
      expect({ listen, code: r.code, refused: /remote port forwarding failed/.test(r.stderr) }).toEqual({ listen, code: 255, refused: true });
    }
  });

  test("fails to open a shell or run a command with the desktop's key", async () => {
    const marker = "E2E-SHELL-MARKER";
    // The key authenticates (so the refusal below is the restriction, not a failed login) ...
    const command = await rig.sshAsDesktop(["-T"], ["echo", marker]);
    expect(command.stderr).not.toMatch(/Permission denied|Connection refused|Host key verification failed/);
    // ... but runs no command of its choosing,
    expect(command.stdout).not.toContain(marker);
    expect(command.code).not.toBe(0);
    // and gets no terminal or shell.
    const tty = await rig.sshAsDesktop(["-tt"], [], `echo ${marker}\nexit\n`);
    expect(tty.stderr).not.toMatch(/Permission denied|Connection refused/);
    expect(tty.stdout.split("\n").filter((l) => l.trim() === marker)).toEqual([]);
    expect(tty.code).not.toBe(0);
  });

  test("the tunnel is back within 30 seconds after sshd is killed and restarted (Restart= loop of the unit)", async () => {
    const port = desktopPorts(DESKTOP_INDEX).vnc;
    const startsBefore = rig.tunnel.starts.length;
    await rig.killSshd();
    await waitFor("the tunnel's ssh to exit after sshd died", 30_000, async () => (rig.tunnel.exits.length >= startsBefore ? true : undefined));
    const restartedAt = Date.now();
    await rig.startSshd();
    const banner = await waitFor(`RFB banner again on 127.0.0.1:${port}`, 30_000, async () => {
      const b = await readBanner(rig.gateway.machine, rig.gatewayNet, port).catch(() => undefined);
      return b !== undefined && RFB.test(b) ? b : undefined;
    }).catch((e: Error) => {
      throw new Error(`${e.message}\n${rig.logs()}`);
    });
    expect(banner).toMatch(RFB);
    expect(Date.now() - restartedAt).toBeLessThan(30_000);
    expect(rig.tunnel.starts.length).toBeGreaterThan(startsBefore);
    expect(rig.tunnel.startLimitHit).toBe(false);
  });
});
