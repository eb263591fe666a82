// The gateway/desktop pair of the tunnel test: two booted machines in two network namespaces, the
// gateway's sshd and the desktop's display, VNC server and tunnel run from their unit files.
import * as fs from "node:fs";
import * as path from "node:path";
import { ARTIFACTS_DIR } from "./paths";
import { BootReport } from "./boot";
import { MachineNetwork, TestMachine } from "./machine";
import { LINK, TwoHostNetwork } from "./netns";
import { ServiceSet, readBanner } from "./services";
import { ServiceRunner } from "./service-runner";
import { RunResult, formatResult, waitFor } from "./exec";
import { ExpectedFile, unitNameOf } from "./user-data";

/** The rendered unit whose ExecStart runs `program` (exactly one must). */
export function unitRunning(unitFiles: readonly ExpectedFile[], program: RegExp, what: string): string {
  const found = unitFiles.filter((f) => !/\.d\//.test(f.path) && program.test(/^ExecStart=(.*)$/m.exec(f.content.toString("utf8"))?.[1] ?? ""));
  if (found.length !== 1) {
    throw new Error(`expected exactly one rendered unit running ${what} (ExecStart matching ${program}), found ${found.map((f) => f.path).join(", ") || "none"}`);
  }
  return unitNameOf(found[0].path);
}

/** Splits a rendered ssh argv into its options and its destination (`user@host`, the last word). */
export function splitSshArgv(argv: readonly string[]): { options: string[]; user: string; host: string } {
  const destination = argv[argv.length - 1];
  const at = destination.lastIndexOf("@");
  if (at <= 0) throw new Error(`the tunnel's last argument is not user@host: ${destination}`);
  return { options: argv.slice(0, -1), user: destination.slice(0, at), host: destination.slice(at + 1) };
}

/** Options that take a value in ssh(1). */
const SSH_OPTS_WITH_VALUE = new Set(["-B", "-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-P", "-p", "-Q", "-R", "-S", "-W", "-w"]);

/** The ssh options without forwardings and without -N/-T/-f, keeping identity, host key pinning etc. */
export function withoutForwardings(options: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const o = options[i];
    if (o === "-R" || o === "-L" || o === "-D") {
      i++;
      continue;
    }
    if (o === "-N" || o === "-T" || o === "-f") continue;
    out.push(o);
    if (SSH_OPTS_WITH_VALUE.has(o) && i + 1 < options.length) out.push(options[++i]);
  }
  return out;
}

/** Both machines, the network and the running services. */
export class TunnelRig {
  /** Builds the rig from two booted machines (it takes ownership and disposes them). */
  static async create(gateway: BootReport, desktop: BootReport, tag: string): Promise<TunnelRig> {
    let net: TwoHostNetwork | undefined;
    try {
      net = await TwoHostNetwork.create(tag);
      const logDir = path.join(ARTIFACTS_DIR, `tunnel-${tag}`);
      fs.rmSync(logDir, { recursive: true, force: true });
      return new TunnelRig(gateway, desktop, net, logDir);
    } catch (e) {
      await disposeAll(gateway.machine, desktop.machine);
      await net?.dispose();
      throw e;
    }
  }

  readonly gatewayNet: MachineNetwork;
  readonly desktopNet: MachineNetwork;
  readonly gatewayServices: ServiceSet;
  readonly desktopServices: ServiceSet;
  readonly tunnelUnit: string;
  readonly vncUnit: string;
  /** The gateway host the rendered tunnel connects to (mapped to the gateway namespace's address). */
  readonly gatewayHost: string;

  private constructor(
    readonly gateway: BootReport,
    readonly desktop: BootReport,
    readonly net: TwoHostNetwork,
    readonly logDir: string,
  ) {
    this.gatewayNet = { kind: "netns", name: net.gatewayNs };
    this.desktopNet = { kind: "netns", name: net.desktopNs };
    this.gatewayServices = new ServiceSet(gateway.machine, this.gatewayNet, logDir);
    this.desktopServices = new ServiceSet(desktop.machine, this.desktopNet, logDir);
    this.tunnelUnit = unitRunning(desktop.expected.unitFiles, /(^|\/)(ssh|autossh)\s.*\s-R\s/, "the SSH tunnel");
    this.vncUnit = unitRunning(desktop.expected.unitFiles, /(^|\/)x11vnc\s/, "x11vnc");
    this.gatewayHost = splitSshArgv(this.tunnel.mainCommand().argv).host;
    // The only substitution: the desktop resolves the gateway's name to the gateway namespace's address.
    fs.appendFileSync(desktop.machine.path("/etc/hosts"), `\n# PairPac e2e: the gateway namespace\n${LINK.gateway} ${this.gatewayHost}\n`);
  }

  /** The desktop's tunnel service. */
  get tunnel(): ServiceRunner {
    return this.desktopServices.runner(this.tunnelUnit);
  }

  /**
   * Starts the gateway's sshd from the distribution's ssh.service (ExecStartPre runs `sshd -t`) and waits
   * until it accepts connections (the unit is Type=notify: systemd too would call it started only then).
   */
  async startSshd(): Promise<ServiceRunner> {
    const r = await this.gatewayServices.up("ssh.service");
    await this.gateway.machine.waitForPort(22, this.gatewayNet, 20_000);
    return r;
  }

  /** Kills the gateway's sshd, every connection included (its whole PID namespace), without restarting it. */
  async killSshd(): Promise<void> {
    await this.gatewayServices.runner("ssh.service").stop();
  }

  /** Starts the desktop's VNC server (with the display it requires) and the tunnel. */
  async startDesktop(): Promise<void> {
    await this.desktopServices.up(this.vncUnit);
    await this.desktopServices.up(this.tunnelUnit);
  }

  /**
   * Runs ssh inside the desktop machine as the tunnel's user, with the tunnel's options (key, pinned
   * host key, batch mode) but the given extra options and remote command instead of its forwardings.
   */
  async sshAsDesktop(extra: readonly string[], command: readonly string[] = [], input = ""): Promise<RunResult> {
    const cmd = this.tunnel.mainCommand();
    const { options, user, host } = splitSshArgv(cmd.argv);
    const argv = [...withoutForwardings(options), ...extra, `${user}@${host}`, ...command];
    return this.tunnel.runOnceWith(argv, input);
  }

  /** Log tails of every service, for failure messages. */
  logs(): string {
    return `${this.gatewayServices.logsTail()}\n${this.desktopServices.logsTail()}`;
  }

  /** Stops everything, deletes the namespaces and disposes both machines. */
  async dispose(): Promise<void> {
    const errors: unknown[] = [];
    for (const step of [
      () => this.desktopServices.down(),
      () => this.gatewayServices.down(),
      () => this.desktop.machine.dispose(),
      () => this.gateway.machine.dispose(),
      () => this.net.dispose(),
    ]) {
      try {
        await step();
      } catch (e) {
        errors.push(e);
      }
    }
    if (errors.length > 0) throw errors[0];
  }
}

/** Keeps machines from being left behind when a rig could not be built. */
export async function disposeAll(...machines: (TestMachine | undefined)[]): Promise<void> {
  for (const m of machines) await m?.dispose();
}

/** The RFB protocol banner (RFC 6143: "RFB 003.00x\n"). */
export const RFB_BANNER = /^RFB 003\.00\d\n$/;

/** Waits for the RFB banner on the gateway's loopback port; returns the banner or throws with the services' logs. */
export async function waitForRfb(rig: TunnelRig, port: number, timeoutMs: number): Promise<string> {
  return waitFor(`RFB banner on the gateway's 127.0.0.1:${port}`, timeoutMs, async () => {
    const b = await readBanner(rig.gateway.machine, rig.gatewayNet, port).catch(() => undefined);
    return b !== undefined && RFB_BANNER.test(b) ? b : undefined;
  }).catch((e: Error) => {
    throw new Error(`${e.message}\n${rig.logs()}`);
  });
}

/**
 * Tries to publish each of `listens` ("127.0.0.1:PORT") on the gateway with the desktop's key. A refused
 * forward makes ssh exit at once (ExitOnForwardFailure); one still connected after a few seconds was
 * accepted. Returns one problem per accepted (or untestable) forward.
 */
export async function foreignListenProblems(rig: TunnelRig, listens: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const listen of listens) {
    const cmd = rig.tunnel.mainCommand();
    const { options, user, host } = splitSshArgv(cmd.argv);
    const argv = ["timeout", "8", ...withoutForwardings(options), "-N", "-o", "ExitOnForwardFailure=yes", "-R", `${listen}:127.0.0.1:22`, `${user}@${host}`];
    const r = await rig.tunnel.runOnceWith(argv);
    const refused = r.code === 255 && /remote port forwarding failed/.test(r.stderr);
    if (!refused) {
      problems.push(r.code === 124 ? `the desktop's key could publish ${listen} on the gateway` : `publishing ${listen} could not be tested:\n${formatResult(r)}`);
    }
  }
  return problems;
}

/**
 * Logs in with the desktop's key asking for a command and for a terminal. The key must authenticate
 * (so a refusal is the restriction, not a failed login), run nothing of its own and get no shell.
 */
export async function shellProblems(rig: TunnelRig): Promise<string[]> {
  const marker = "E2E-SHELL-MARKER";
  const problems: string[] = [];
  const command = await rig.sshAsDesktop(["-T"], ["echo", marker]);
  const tty = await rig.sshAsDesktop(["-tt"], [], `echo ${marker}\nexit\n`);
  for (const [what, r] of [["a command", command], ["a terminal", tty]] as const) {
    if (/Permission denied|Connection refused|Host key verification failed/.test(r.stderr)) {
      problems.push(`asking for ${what}: the key did not even log in, so the restriction was not tested:\n${formatResult(r)}`);
    } else if (r.stdout.split(/\r?\n/).some((l) => l.trim() === marker) || r.code === 0) {
      problems.push(`the desktop's key got ${what} (exit ${r.code}):\n${formatResult(r)}`);
    }
  }
  return problems;
}
