// A live test machine: the cached root filesystem booted with systemd as PID 1 (scripts/e2e/boot-container.sh),
// its own network namespace on the test network, a second disk (a loop device) as the data volume, and cloud-init
// finding its NoCloud seed from PID 1's command line as it would from a cloud's kernel command line.
import * as fs from "node:fs";
import * as path from "node:path";
import { ChildProcess, spawn } from "node:child_process";
import { RESOURCE_PREFIX, SCRIPTS_DIR } from "./paths";
import { RunOptions, RunResult, formatResult, mustRun, run, sleep, waitFor } from "./exec";
import { removeTree, unmountWhenIdle } from "./rootfs";

/** Where the seed sits inside the machine; PID 1's arguments name it (`ds=nocloud;s=file://...`). */
export const SEED_DIR_INSIDE = "/var/lib/pairpac-e2e/seed";
const BOOT_SCRIPT = path.join(SCRIPTS_DIR, "boot-container.sh");

/** Units masked in every live machine (see {@link LiveMachine}'s prepare step for why). */
export const MASKED_UNITS = ["console-getty.service", "dovecot.service", "mumble-server.service", "nginx.service"] as const;

/** Services that packages of one role enable on installation (Debian), by package. */
const PACKAGE_SERVICES: Readonly<Record<string, readonly string[]>> = {
  "docker.io": ["docker.service", "docker.socket", "containerd.service"],
  postfix: ["postfix.service"],
  earlyoom: ["earlyoom.service"],
};

/**
 * The services to mask on a machine whose role installs `rolePackages`: those of the other role's packages, which are
 * in the root filesystem only because both machines share it (a desktop runs no dockerd, a gateway no earlyoom).
 */
export function foreignUnits(rolePackages: readonly string[]): string[] {
  return Object.entries(PACKAGE_SERVICES).filter(([pkg]) => !rolePackages.includes(pkg)).flatMap(([, units]) => units);
}

/**
 * Stand-ins installed over programs of a live machine: swap is the host kernel's (a container turning a swap file on
 * would add swap to the host; the shim checks the file and records it), and there is no udev in a container (the
 * udevadm shim makes the /dev/disk/by-label links at `settle`, as udev's rules would).
 */
export const LIVE_SHIMS: Readonly<Record<string, string>> = {
  "/usr/sbin/swapon": path.join(SCRIPTS_DIR, "swap-shim.sh"),
  "/usr/sbin/swapoff": path.join(SCRIPTS_DIR, "swap-shim.sh"),
  "/usr/bin/udevadm": path.join(SCRIPTS_DIR, "udevadm-shim.sh"),
};

/** The host's cgroup v1 memory controller directory this process lives in (the machines' memory is measured there). */
function memcgBase(): string {
  const line = fs.readFileSync("/proc/self/cgroup", "utf8").split("\n").find((l) => /^\d+:memory:/.test(l));
  const rel = line ? line.split(":")[2] ?? "/" : "/";
  return path.join("/sys/fs/cgroup/memory", rel);
}
/** The host's cgroup2 mount (a hybrid host has it at .../unified; a pure v2 host at /sys/fs/cgroup). */
function cgroup2Base(): string {
  return fs.existsSync("/sys/fs/cgroup/unified/cgroup.procs") ? "/sys/fs/cgroup/unified" : "/sys/fs/cgroup";
}

/** How a machine is made. */
export interface LiveMachineOptions {
  /** Short name, also the host name inside ("gateway", "desktop-1"). */
  readonly name: string;
  /** Read-only lower layer (the cached root filesystem). */
  readonly rootfs: string;
  /** Folder below which the machine's layers, disk and logs go. */
  readonly workDir: string;
  /** Seed folder with user-data and meta-data, copied unchanged. */
  readonly seedDir: string;
  /** Network namespace (made by {@link TestNetwork}) the machine boots in. */
  readonly netns: string;
  /** Address with prefix length on eth0, given to cloud-init as NoCloud network-config (version 2). */
  readonly address: string;
  /** /etc/hosts lines (stand for the branch's DNS zone: the machines resolve the gateway's name). */
  readonly hosts: Readonly<Record<string, string>>;
  /** Size of the second disk in MiB, or undefined for none. */
  readonly dataDiskMiB?: number;
  /** Device name of the second disk inside the machine (what the role expects: the cloud's name for it). */
  readonly dataDiskName?: string;
  /** Memory limit of the machine (its size), MiB. */
  readonly memoryMiB: number;
  /**
   * Kernel tunables outside the network namespace that the role writes (e.g. vm.swappiness): each gets a file of
   * its own in place of /proc/sys/<key>, so the role's `sysctl -p` succeeds without changing the host's kernel.
   */
  readonly sysctlStandIns?: readonly string[];
  /**
   * Further units to mask: the services of packages the shared root filesystem holds for the other role (it is one
   * root filesystem for both), which this machine's role does not install (see {@link foreignUnits}).
   */
  readonly maskUnits?: readonly string[];
  /** Files to add to the root before the first boot (path inside → content), e.g. the gateway's stand-in units. */
  readonly extraFiles?: Readonly<Record<string, string>>;
}

let counter = 0;

/** One machine. {@link boot}, then {@link exec} inside it, {@link reboot}, {@link dispose}. */
export class LiveMachine {
  static async create(opts: LiveMachineOptions): Promise<LiveMachine> {
    const base = path.join(opts.workDir, `live${opts.name.replace(/[^a-z0-9]/g, "")}-${process.pid}-${++counter}`);
    const m = new LiveMachine(opts, base);
    try {
      await m.prepare();
    } catch (e) {
      await m.dispose();
      throw e;
    }
    return m;
  }

  readonly root: string;
  readonly consoleLog: string;
  private loopDevice?: string;
  private loopMajMin?: string;
  private boots = 0;
  private child?: ChildProcess;
  private exitPromise?: Promise<number | null>;
  private pid1?: number;
  private disposed = false;
  readonly cgroup2Dir: string;
  readonly memcgDir: string;

  private constructor(
    readonly opts: LiveMachineOptions,
    readonly base: string,
  ) {
    this.root = path.join(base, "root");
    this.consoleLog = path.join(base, "console.log");
    const tag = `${RESOURCE_PREFIX}-${opts.name}-${process.pid}`;
    this.cgroup2Dir = path.join(cgroup2Base(), tag);
    this.memcgDir = path.join(memcgBase(), tag);
  }

  get name(): string {
    return this.opts.name;
  }

  /** Host path of a path inside the machine. */
  path(inside: string): string {
    return path.join(this.root, inside);
  }

  private async prepare(): Promise<void> {
    const upper = path.join(this.base, "upper");
    const work = path.join(this.base, "work");
    for (const d of [upper, work, this.root]) fs.mkdirSync(d, { recursive: true });
    await mustRun("mount", ["-t", "overlay", `${RESOURCE_PREFIX}-live-${this.name}`, "-o", `lowerdir=${this.opts.rootfs},upperdir=${upper},workdir=${work}`, this.root]);
    // The NoCloud seed: user-data and meta-data exactly as rendered, network-config for this test network.
    const seed = this.path(SEED_DIR_INSIDE);
    fs.mkdirSync(seed, { recursive: true });
    // The harness's own folder inside: the seed, and files the journeys exchange with the machine (any user writes).
    fs.chmodSync(path.dirname(seed), 0o1777);
    for (const f of ["user-data", "meta-data"]) fs.copyFileSync(path.join(this.opts.seedDir, f), path.join(seed, f));
    fs.writeFileSync(path.join(seed, "network-config"), `version: 2\nethernets:\n  eth0:\n    match:\n      name: eth0\n    addresses: [${this.opts.address}]\n`);
    // The branch's DNS zone stands as /etc/hosts lines.
    const hosts = Object.entries(this.opts.hosts).map(([n, ip]) => `${ip} ${n}`).join("\n");
    fs.appendFileSync(this.path("/etc/hosts"), `# PairPac e2e: the branch's DNS zone\n${hosts}\n`);
    // Masked: a container has no serial console for a getty (a cloud image's console is not part of the roles), and
    // the services of the packages the harness adds as stand-ins for the gateway's containers (they run only as the
    // stand-in units, with the rendered configuration; see gateway-standins.ts).
    for (const unit of [...MASKED_UNITS, ...(this.opts.maskUnits ?? [])]) fs.symlinkSync("/dev/null", this.path(`/etc/systemd/system/${unit}`));
    // Programs whose real effect would reach beyond the container get recording stand-ins (real ones diverted).
    for (const [program, shim] of Object.entries(LIVE_SHIMS)) {
      if (!fs.existsSync(this.path(program))) continue;
      await mustRun("chroot", [this.root, "dpkg-divert", "--quiet", "--local", "--rename", "--divert", `${program}.e2e-real`, "--add", program]);
      fs.copyFileSync(shim, this.path(program));
      fs.chmodSync(this.path(program), 0o755);
    }
    for (const [p, content] of Object.entries(this.opts.extraFiles ?? {})) {
      fs.mkdirSync(path.dirname(this.path(p)), { recursive: true });
      fs.writeFileSync(this.path(p), content, { mode: content.startsWith("#!") ? 0o755 : 0o644 });
    }
    if (this.opts.dataDiskMiB) {
      const img = path.join(this.base, "data.img");
      fs.writeFileSync(img, "");
      fs.truncateSync(img, this.opts.dataDiskMiB * 1024 * 1024);
      this.loopDevice = (await mustRun("losetup", ["--find", "--show", img])).stdout.trim();
      const st = fs.statSync(this.loopDevice);
      this.loopMajMin = `${Math.floor(st.rdev / 256)}:${st.rdev % 256}`;
    }
    fs.mkdirSync(this.memcgDir, { recursive: true });
    fs.writeFileSync(path.join(this.memcgDir, "memory.limit_in_bytes"), String(this.opts.memoryMiB * 1024 * 1024));
  }

  /** Starts systemd; resolves once PID 1 runs (see {@link waitBooted}). */
  async boot(): Promise<void> {
    if (this.disposed) throw new Error(`machine ${this.name} is disposed`);
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) throw new Error(`${this.name} is running`);
    this.boots++;
    const fd = fs.openSync(this.consoleLog, "a");
    fs.writeSync(fd, `\n=== ${new Date().toISOString()} boot ${this.boots}\n`);
    const devices = this.loopMajMin ? [`${this.opts.dataDiskName ?? "vdb"}=${this.loopMajMin}`] : [];
    const env = { ...process.env, PAIRPAC_E2E_SYSCTLS: (this.opts.sysctlStandIns ?? []).join(" ") };
    const child = spawn(
      "bash",
      [BOOT_SCRIPT, this.opts.netns, this.root, this.name, this.cgroup2Dir, this.memcgDir, ...devices, "--", `ds=nocloud;s=file://${SEED_DIR_INSIDE}/`],
      { stdio: ["ignore", fd, fd], detached: true, env },
    );
    fs.closeSync(fd);
    this.child = child;
    this.exitPromise = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : null))));
    this.pid1 = await waitFor(`PID 1 of ${this.name}`, 20_000, async () => {
      if (child.exitCode !== null) throw new Error(`${this.name} did not boot:\n${this.consoleTail()}`);
      return this.findPid1(child.pid!);
    });
  }

  private findPid1(hostPid: number): number | undefined {
    // boot-container.sh execs nsenter, which execs unshare --fork: PID 1 is that process's child, running systemd.
    try {
      const children = fs.readFileSync(`/proc/${hostPid}/task/${hostPid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
      for (const c of children) {
        const exe = fs.readlinkSync(`/proc/${c}/exe`);
        if (exe.endsWith("/systemd")) return Number(c);
      }
    } catch {
      return undefined;
    }
    return undefined;
  }

  /** Last lines of the console log. */
  consoleTail(lines = 40): string {
    if (!fs.existsSync(this.consoleLog)) return "";
    return fs.readFileSync(this.consoleLog, "utf8").split("\n").slice(-lines).join("\n");
  }

  /** Host PID of the machine's systemd. */
  get hostPid1(): number {
    if (!this.pid1) throw new Error(`${this.name} is not booted`);
    return this.pid1;
  }

  /** Whether PID 1 still runs. */
  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Runs a command inside the machine (all its namespaces and its root), as root. */
  exec(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    if (!this.running) throw new Error(`${this.name} is not running`);
    const env = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    return run("nsenter", ["-t", String(this.hostPid1), "-m", "-u", "-i", "-n", "-p", "-C", "-r", "-w", "env", "-i", env, "LANG=C.UTF-8", ...argv], opts);
  }

  /** Like {@link exec} but throws unless the command exits 0. */
  async mustExec(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    const r = await this.exec(argv, opts);
    if (r.code !== 0) throw new Error(`in ${this.name}:\n${formatResult(r)}`);
    return r;
  }

  /** Runs a shell snippet inside the machine. */
  sh(script: string, opts: RunOptions = {}): Promise<RunResult> {
    return this.exec(["bash", "-c", script], opts);
  }

  /** Waits until systemd finished starting up (`running` or `degraded`) and cloud-init is done; returns the state. */
  async waitBooted(timeoutMs = 600_000): Promise<{ systemState: string; bootSeconds: number; cloudInit: string }> {
    const started = Date.now();
    // Right after PID 1 starts, systemctl cannot reach it yet: ask until the manager answers a final state.
    let systemState = "";
    while (!["running", "degraded", "maintenance", "stopping"].includes(systemState)) {
      if (Date.now() - started > timeoutMs) throw new Error(`${this.name}: system state still "${systemState}" after ${timeoutMs / 1000} s`);
      systemState = (await this.exec(["systemctl", "is-system-running"], { timeoutMs: 30_000 })).stdout.trim();
      if (!["running", "degraded", "maintenance", "stopping"].includes(systemState)) await sleep(500);
    }
    const ci = await this.exec(["cloud-init", "status", "--wait", "--long"], { timeoutMs: Math.max(60_000, timeoutMs - (Date.now() - started)) });
    return { systemState, bootSeconds: (Date.now() - started) / 1000, cloudInit: ci.stdout };
  }

  /** Units that failed. */
  async failedUnits(): Promise<string[]> {
    const r = await this.exec(["systemctl", "list-units", "--failed", "--plain", "--no-legend", "--no-pager"]);
    return r.stdout.split("\n").map((l) => l.trim().split(/\s+/)[0] ?? "").filter(Boolean);
  }

  /** Whether a unit is active. */
  async isActive(unit: string): Promise<boolean> {
    const r = await this.exec(["systemctl", "is-active", unit]);
    return r.stdout.trim() === "active";
  }

  /** The machine's journal for a unit (or all), for failure messages and artifacts. */
  async journal(unit?: string, lines = 200): Promise<string> {
    const r = await this.exec(["journalctl", "--no-pager", "-o", "short-monotonic", "-n", String(lines), ...(unit ? ["-u", unit] : [])], { timeoutMs: 30_000 });
    return r.stdout + r.stderr;
  }

  /** `systemctl reboot` inside; waits for PID 1 to end and boots again (same root and disk, as a reboot does). */
  async reboot(): Promise<void> {
    const exited = this.exitPromise!;
    await this.exec(["systemctl", "reboot"]);
    const code = await Promise.race([exited, sleep(120_000).then(() => "timeout" as const)]);
    if (code === "timeout") throw new Error(`${this.name} did not shut down within 120 s:\n${this.consoleTail()}`);
    await this.boot();
  }

  /** Stops the machine at once (power cut): every process of it is killed with its PID namespace. */
  async powerCut(): Promise<void> {
    if (!this.running) return;
    const exited = this.exitPromise!;
    process.kill(this.hostPid1, "SIGKILL");
    await exited;
  }

  /**
   * A power cut and the next power-on: PID 1 killed (see {@link powerCut}); then the machine's network namespace is
   * given the state a powered-on machine's kernel starts with, which a namespace would otherwise keep across the cut:
   * eth0 down without addresses or routes, no other interface (the bridges the machine made), no nftables ruleset.
   * Then it boots again from the same root and disk.
   */
  async powerCycle(): Promise<void> {
    await this.powerCut();
    const ns = this.opts.netns;
    const links = (await mustRun("ip", ["-n", ns, "-o", "link", "show"])).stdout
      .split("\n").map((l) => /^\d+:\s+([^:@\s]+)/.exec(l)?.[1]).filter((n): n is string => !!n && n !== "lo" && n !== "eth0");
    for (const link of links) await run("ip", ["-n", ns, "link", "delete", link]);
    await mustRun("ip", ["-n", ns, "addr", "flush", "dev", "eth0"]);
    await mustRun("ip", ["-n", ns, "link", "set", "eth0", "down"]);
    await mustRun("ip", ["netns", "exec", ns, "nft", "flush", "ruleset"]);
    await this.boot();
  }

  /**
   * Memory in use by the whole machine (its memory cgroup): `used` = usage minus reclaimable inactive file pages
   * (the working set, as `free` counts "used" plus active page cache), with the cgroup's own breakdown.
   */
  memory(): { usedMiB: number; usageMiB: number; rssMiB: number; cacheMiB: number; shmemMiB: number; limitMiB: number } {
    const read = (f: string) => Number(fs.readFileSync(path.join(this.memcgDir, f), "utf8").trim());
    const stat = Object.fromEntries(
      fs.readFileSync(path.join(this.memcgDir, "memory.stat"), "utf8").trim().split("\n").map((l) => {
        const [k, v] = l.split(" ");
        return [k, Number(v)];
      }),
    ) as Record<string, number>;
    const usage = read("memory.usage_in_bytes");
    const mib = (b: number) => Math.round((b / 1048576) * 10) / 10;
    return {
      usedMiB: mib(usage - (stat.total_inactive_file ?? 0)),
      usageMiB: mib(usage),
      rssMiB: mib(stat.total_rss ?? 0),
      cacheMiB: mib(stat.total_cache ?? 0),
      shmemMiB: mib(stat.total_shmem ?? 0),
      limitMiB: mib(read("memory.limit_in_bytes")),
    };
  }

  /** Proportional set size per systemd unit (summed over the unit's processes, from smaps_rollup), MiB. */
  async pssByUnit(): Promise<Record<string, number>> {
    const script = `for p in /proc/[0-9]*; do c=$(sed -n 's/^0:://p' $p/cgroup 2>/dev/null); s=$(awk '/^Pss:/{print $2}' $p/smaps_rollup 2>/dev/null); [ -n "$s" ] && echo "$c $s"; done`;
    const r = await this.sh(script, { timeoutMs: 60_000 });
    const out: Record<string, number> = {};
    for (const line of r.stdout.split("\n")) {
      const [cg, kb] = line.trim().split(" ");
      if (!cg || !kb) continue;
      const unit = cg.split("/").filter(Boolean).pop() ?? "-.slice";
      out[unit] = (out[unit] ?? 0) + Number(kb) / 1024;
    }
    for (const k of Object.keys(out)) out[k] = Math.round(out[k]! * 10) / 10;
    return out;
  }

  /** Stops everything, detaches the disk, unmounts and deletes the machine. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    if (this.running) await this.powerCut().catch(() => undefined);
    await unmountWhenIdle(this.root);
    if (this.loopDevice) await run("losetup", ["-d", this.loopDevice]);
    for (const d of [this.cgroup2Dir, this.memcgDir]) {
      if (!fs.existsSync(d)) continue;
      // Child cgroups systemd left behind are empty once PID 1 is gone; remove innermost first.
      await run("find", [d, "-depth", "-type", "d", "-exec", "rmdir", "{}", ";"]);
    }
    await removeTree(this.base);
  }
}

/** The test network: an "internet" host with a bridge, and one namespace per machine with a veth into the bridge. */
export class TestNetwork {
  static readonly INTERNET_ADDRESS = "192.0.2.1";
  static readonly PREFIX = 24;
  readonly internet: string;
  private readonly machines: string[] = [];

  constructor(private readonly tag = `l${process.pid}`) {
    this.internet = `${RESOURCE_PREFIX}-inet-${tag}`;
  }

  async create(): Promise<void> {
    await mustRun("ip", ["netns", "add", this.internet]);
    const inet = ["ip", "-n", this.internet];
    await mustRun(inet[0]!, [...inet.slice(1), "link", "add", "br0", "type", "bridge"]);
    await mustRun(inet[0]!, [...inet.slice(1), "addr", "add", `${TestNetwork.INTERNET_ADDRESS}/${TestNetwork.PREFIX}`, "dev", "br0"]);
    await mustRun(inet[0]!, [...inet.slice(1), "link", "set", "br0", "up"]);
    await mustRun(inet[0]!, [...inet.slice(1), "link", "set", "lo", "up"]);
  }

  /** Adds a machine's namespace; its eth0 is configured by the machine itself (cloud-init's network-config). */
  async addMachine(short: string): Promise<string> {
    const ns = `${RESOURCE_PREFIX}-${short}-${this.tag}`;
    await mustRun("ip", ["netns", "add", ns]);
    const hostSide = `pp${short}${this.tag}`.slice(0, 15);
    await mustRun("ip", ["-n", this.internet, "link", "add", hostSide, "type", "veth", "peer", "name", "eth0", "netns", ns]);
    await mustRun("ip", ["-n", this.internet, "link", "set", hostSide, "master", "br0", "up"]);
    this.machines.push(ns);
    return ns;
  }

  /** Runs a command on the internet host. */
  run(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    return run("ip", ["netns", "exec", this.internet, ...argv], opts);
  }

  async dispose(): Promise<void> {
    for (const ns of [...this.machines, this.internet]) {
      const pids = (await run("ip", ["netns", "pids", ns])).stdout.split(/\s+/).filter(Boolean);
      for (const p of pids) {
        try {
          process.kill(Number(p), "SIGKILL");
        } catch {
          /* gone */
        }
      }
      await run("ip", ["netns", "delete", ns]);
    }
  }
}
