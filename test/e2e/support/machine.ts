// A throw-away machine: an overlay copy of the cached root filesystem that cloud-init "boots" in a chroot.
import * as fs from "node:fs";
import * as path from "node:path";
import { ChildProcess, spawn } from "node:child_process";
import { IN_ROOT, RESOURCE_PREFIX, SHIMS } from "./paths";
import { RunOptions, RunResult, formatResult, killGroup, mustRun, run, waitFor } from "./exec";
import { removeTree, unmountWhenIdle } from "./rootfs";

/** Where a command inside the machine gets its network from. */
export type MachineNetwork =
  /** A fresh, empty network namespace (loopback only, down): nothing reaches the host or beyond. */
  | { readonly kind: "none" }
  /** A named namespace made by {@link NetworkNamespace} (ip netns). */
  | { readonly kind: "netns"; readonly name: string };

/** Options for commands run inside a machine. */
export interface MachineExecOptions extends RunOptions {
  /** @default { kind: "none" } */
  readonly network?: MachineNetwork;
  /** Extra environment variables (the environment inside is otherwise fixed, see in-root.sh). */
  readonly machineEnv?: Record<string, string>;
}

/** A cloud-init stage as run by the systemd units of a real boot, in order. */
export const CLOUD_INIT_STAGES: readonly (readonly string[])[] = [
  ["init", "--local"],
  ["init"],
  ["modules", "--mode=config"],
  ["modules", "--mode=final"],
];

/** Result of one stage. */
export interface StageResult {
  readonly stage: string;
  readonly result: RunResult;
}

/** Where the systemctl stand-in records requests, inside the machine. */
export const SYSTEMCTL_LOG = "/var/log/pairpac-e2e/systemctl.log";

/**
 * Test-only cloud-init configuration, written to /etc/cloud/cloud.cfg.d/ of every test machine.
 * Only the datasource is pinned: a real boot's ds-identify (a systemd generator) would pick
 * NoCloud from the seed directory; without systemd, cloud-init would otherwise probe every cloud's
 * metadata service first.
 */
export const E2E_CLOUD_CFG = "# Written by the PairPac end-to-end harness (not part of the roles).\ndatasource_list: [ NoCloud, None ]\n";

let counter = 0;

/** A machine made from a read-only root filesystem with an overlay (the cache is never changed). */
export class TestMachine {
  /** Creates the overlay below `workDir` and prepares the machine (systemctl stand-in, datasource). */
  static async create(name: string, lowerRoot: string, workDir: string): Promise<TestMachine> {
    const base = path.join(workDir, `${name}-${process.pid}-${++counter}`);
    const upper = path.join(base, "upper");
    const work = path.join(base, "work");
    const root = path.join(base, "root");
    for (const d of [upper, work, root]) fs.mkdirSync(d, { recursive: true });
    await mustRun("mount", ["-t", "overlay", `${RESOURCE_PREFIX}-${name}`, "-o", `lowerdir=${lowerRoot},upperdir=${upper},workdir=${work}`, root]);
    const machine = new TestMachine(name, base, root);
    try {
      await machine.prepare();
    } catch (e) {
      await machine.dispose();
      throw e;
    }
    return machine;
  }

  private readonly children = new Set<ChildProcess>();
  private disposed = false;

  private constructor(
    /** Name used in logs and resource names, e.g. "gateway". */
    readonly name: string,
    /** Folder holding the overlay's layers and mount point. */
    readonly base: string,
    /** The machine's root as seen from the host. */
    readonly root: string,
  ) {}

  /** Host path of a path inside the machine. */
  path(inside: string): string {
    return path.join(this.root, inside);
  }

  private async prepare(): Promise<void> {
    // Replace programs that would act beyond the machine by recording stand-ins; the real binaries stay
    // available, diverted to <path>.e2e-real. A program the root does not have gets no shim (so a role
    // that calls a missing program still fails).
    for (const [program, shim] of Object.entries(SHIMS)) {
      if (!fs.existsSync(this.path(program))) continue;
      await this.mustExec(["dpkg-divert", "--quiet", "--local", "--rename", "--divert", `${program}.e2e-real`, "--add", program]);
      fs.copyFileSync(shim, this.path(program));
      fs.chmodSync(this.path(program), 0o755);
    }
    fs.writeFileSync(this.path("/etc/cloud/cloud.cfg.d/90-pairpac-e2e.cfg"), E2E_CLOUD_CFG);
  }

  /** Writes the NoCloud seed (user-data and meta-data, exactly as given). */
  writeSeed(userData: string, metaData: string): void {
    const seed = this.path("/var/lib/cloud/seed/nocloud");
    fs.mkdirSync(seed, { recursive: true });
    fs.writeFileSync(path.join(seed, "user-data"), userData);
    fs.writeFileSync(path.join(seed, "meta-data"), metaData);
  }

  private wrap(argv: readonly string[], opts: MachineExecOptions): [string, string[]] {
    const network = opts.network ?? { kind: "none" };
    const env = Object.entries(opts.machineEnv ?? {}).map(([k, v]) => `${k}=${v}`);
    const inner = [IN_ROOT, this.root, ...env, "--", ...argv];
    const ns = ["--uts", "--mount", "--pid", "--fork", "--kill-child"];
    if (network.kind === "none") return ["unshare", ["--net", ...ns, ...inner]];
    return ["ip", ["netns", "exec", network.name, "unshare", ...ns, ...inner]];
  }

  /** Runs a command inside the machine (private mount, PID and UTS namespaces; see {@link MachineNetwork}). */
  exec(argv: readonly string[], opts: MachineExecOptions = {}): Promise<RunResult> {
    if (this.disposed) throw new Error(`machine ${this.name} is disposed`);
    const [cmd, args] = this.wrap(argv, opts);
    return run(cmd, args, opts);
  }

  /** Like {@link exec}, but throws with the output unless the command exits 0. */
  async mustExec(argv: readonly string[], opts: MachineExecOptions = {}): Promise<RunResult> {
    const r = await this.exec(argv, opts);
    if (r.code !== 0) throw new Error(`in machine ${this.name}:\n${formatResult(r)}`);
    return r;
  }

  /**
   * Starts a long-running command inside the machine. It is stopped (its whole PID namespace) by
   * {@link stop} or {@link dispose}. Output goes to `logFile` on the host.
   */
  start(argv: readonly string[], logFile: string, opts: MachineExecOptions = {}): ChildProcess {
    if (this.disposed) throw new Error(`machine ${this.name} is disposed`);
    const [cmd, args] = this.wrap(argv, opts);
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const fd = fs.openSync(logFile, "a");
    fs.writeSync(fd, `\n=== ${new Date().toISOString()} start: ${argv.join(" ")}\n`);
    const child = spawn(cmd, args, { stdio: ["ignore", fd, fd], detached: true });
    fs.closeSync(fd);
    this.children.add(child);
    child.on("exit", () => this.children.delete(child));
    child.on("error", () => this.children.delete(child));
    return child;
  }

  /** Stops a process started with {@link start} (SIGTERM, then SIGKILL) and waits for it. */
  async stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    killGroup(child, signal);
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }

  /**
   * Runs cloud-init's four stages in boot order; stops at the first stage that cannot run at all.
   * `afterStage` is called after each stage (e.g. to look at files before later stages change them).
   */
  async bootCloudInit(afterStage: (stage: string) => Promise<void> = async () => undefined): Promise<StageResult[]> {
    const results: StageResult[] = [];
    for (const stage of CLOUD_INIT_STAGES) {
      const result = await this.exec(["cloud-init", ...stage], { timeoutMs: 600_000 });
      results.push({ stage: stage.join(" "), result });
      if (result.timedOut) break;
      await afterStage(stage.join(" "));
    }
    return results;
  }

  /** Reads a file inside the machine (empty string when it does not exist). */
  readFile(inside: string): string {
    const p = this.path(inside);
    return fs.existsSync(p) ? fs.readFileSync(p, "utf8") : "";
  }

  /** Waits until a TCP port answers inside a network namespace (checked from inside the machine). */
  async waitForPort(port: number, network: MachineNetwork, timeoutMs: number, host = "127.0.0.1"): Promise<void> {
    await waitFor(`${host}:${port} in ${this.name}`, timeoutMs, async () => {
      const r = await this.exec(["bash", "-c", `exec 3<>/dev/tcp/${host}/${port}`], { network, timeoutMs: 5000 });
      return r.code === 0 ? true : undefined;
    });
  }

  /** Stops every process still running in the machine, unmounts the overlay and deletes it. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await Promise.all([...this.children].map((c) => this.stop(c, "SIGKILL")));
    await unmountWhenIdle(this.root);
    await removeTree(this.base);
  }
}
