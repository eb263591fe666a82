// Two network namespaces joined by a veth pair: a private two-host network for the tunnel test.
// Addresses come from TEST-NET-1 (192.0.2.0/24, RFC 5737), are assigned only inside the harness's
// own namespaces and are never routed: no traffic leaves them.
import { RESOURCE_PREFIX } from "./paths";
import { mustRun, run } from "./exec";

/** Addresses of the two ends (a /30 inside TEST-NET-1). */
export const LINK = { gateway: "192.0.2.1", desktop: "192.0.2.2", prefixLength: 30 } as const;

/** Two namespaces, "gateway" and "desktop", each with loopback up and one veth end. */
export class TwoHostNetwork {
  /** Creates both namespaces and the link between them. */
  static async create(tag: string): Promise<TwoHostNetwork> {
    const id = `${tag}${process.pid}`;
    if (!/^[a-z]{1,2}$/.test(tag)) throw new Error(`network tag must be 1-2 lower-case letters (interface names have 15 characters), got ${tag}`);
    // The veth ends are created inside the namespaces; the names still carry tag and PID to be recognisable.
    const net = new TwoHostNetwork(`${RESOURCE_PREFIX}-gw-${id}`, `${RESOURCE_PREFIX}-dt-${id}`, `${RESOURCE_PREFIX}${id}g`, `${RESOURCE_PREFIX}${id}d`);
    try {
      await net.setUp();
    } catch (e) {
      await net.dispose();
      throw e;
    }
    return net;
  }

  private constructor(
    /** Name of the gateway's namespace (ip netns). */
    readonly gatewayNs: string,
    /** Name of the desktop's namespace. */
    readonly desktopNs: string,
    private readonly gatewayIf: string,
    private readonly desktopIf: string,
  ) {}

  private async setUp(): Promise<void> {
    await mustRun("ip", ["netns", "add", this.gatewayNs]);
    await mustRun("ip", ["netns", "add", this.desktopNs]);
    await mustRun("ip", ["link", "add", this.gatewayIf, "netns", this.gatewayNs, "type", "veth", "peer", "name", this.desktopIf, "netns", this.desktopNs]);
    for (const [ns, ifname, addr] of [
      [this.gatewayNs, this.gatewayIf, LINK.gateway],
      [this.desktopNs, this.desktopIf, LINK.desktop],
    ]) {
      await mustRun("ip", ["-n", ns, "link", "set", "lo", "up"]);
      await mustRun("ip", ["-n", ns, "addr", "add", `${addr}/${LINK.prefixLength}`, "dev", ifname]);
      await mustRun("ip", ["-n", ns, "link", "set", ifname, "up"]);
    }
  }

  /** Deletes both namespaces (and so the veth pair). Processes inside must be stopped first. */
  async dispose(): Promise<void> {
    for (const ns of [this.gatewayNs, this.desktopNs]) {
      await run("ip", ["netns", "delete", ns]);
    }
  }
}

/** One network namespace with only loopback (up): a machine that talks to nobody but itself. */
export class LoopbackNamespace {
  /** Creates the namespace. */
  static async create(tag: string): Promise<LoopbackNamespace> {
    const ns = new LoopbackNamespace(`${RESOURCE_PREFIX}-lo-${tag}${process.pid}`);
    await mustRun("ip", ["netns", "add", ns.name]);
    try {
      await mustRun("ip", ["-n", ns.name, "link", "set", "lo", "up"]);
    } catch (e) {
      await ns.dispose();
      throw e;
    }
    return ns;
  }

  private constructor(
    /** Name of the namespace (ip netns). */
    readonly name: string,
  ) {}

  /** Deletes the namespace. Processes inside must be stopped first. */
  async dispose(): Promise<void> {
    await run("ip", ["netns", "delete", this.name]);
  }
}
