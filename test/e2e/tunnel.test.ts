// The desktop's SSH reverse tunnel to the gateway, for real: two booted machines in two network
// namespaces joined by a veth pair (TEST-NET-1 addresses, nothing routed), the gateway's sshd with
// the rendered configuration, the desktop's Xvfb, x11vnc and tunnel from their rendered units.
import { desktopPorts } from "../../cloudinit/ports";
import { bootSeed } from "./support/boot";
import { waitFor } from "./support/exec";
import { loadState, seedOf } from "./support/state";
import { RFB_BANNER, TunnelRig, foreignListenProblems, shellProblems, waitForRfb } from "./support/tunnel";

const state = loadState();
const DESKTOP_INDEX = 1;

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
    expect(await waitForRfb(rig, desktopPorts(DESKTOP_INDEX).vnc, 60_000)).toMatch(RFB_BANNER);
  });

  test("fails to publish any other port with the desktop's key (ssh -R is refused)", async () => {
    // Desktop 2's ports (registered on the gateway, but for another key) and a port nobody may use.
    const others = [`127.0.0.1:${desktopPorts(2).vnc}`, `127.0.0.1:${desktopPorts(2).audio}`, `127.0.0.1:${desktopPorts(DESKTOP_INDEX).vnc + 1000}`];
    expect(await foreignListenProblems(rig, others)).toEqual([]);
  });

  test("fails to open a shell or run a command with the desktop's key", async () => {
    expect(await shellProblems(rig)).toEqual([]);
  });

  test("the tunnel is back within 30 seconds after sshd is killed and restarted (Restart= loop of the unit)", async () => {
    const port = desktopPorts(DESKTOP_INDEX).vnc;
    await waitForRfb(rig, port, 60_000);
    const startsBefore = rig.tunnel.starts.length;
    await rig.killSshd();
    await waitFor("the tunnel's ssh to exit after sshd died", 30_000, async () => (rig.tunnel.exits.length >= startsBefore ? true : undefined));
    const restartedAt = Date.now();
    await rig.startSshd();
    expect(await waitForRfb(rig, port, 30_000)).toMatch(RFB_BANNER);
    expect(Date.now() - restartedAt).toBeLessThan(30_000);
    expect(rig.tunnel.starts.length).toBeGreaterThan(startsBefore);
    expect(rig.tunnel.startLimitHit).toBe(false);
  });
});
