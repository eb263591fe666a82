// Runs a rendered systemd service inside a test machine without systemd: the harness plays the
// service manager for the settings that decide what runs and when (ExecStartPre=, ExecStart=,
// User=, Group=, Environment=, EnvironmentFile=, WorkingDirectory=, RuntimeDirectory=,
// Restart=, RestartSec=, RestartSteps=, RestartMaxDelaySec=, StartLimitIntervalSec=, StartLimitBurst=).
// Type=oneshot units run to completion with runOnce(); Type=forking is not supported (no rendered unit uses
// it; the gateway's nginx is a container, which the landing page test runs in the foreground). Sandboxing settings
// (ProtectSystem=, NoNewPrivileges=, ...) are not enforced here; `systemd-analyze verify` checks them.
import * as fs from "node:fs";
import { ChildProcess } from "node:child_process";
import { MachineNetwork, TestMachine } from "./machine";
import {
  ParsedCommand,
  UnitSections,
  parseEnvironmentFile,
  parseExecLine,
  parseTimeSpan,
  parseUnitFile,
  unitEnvironment,
  unitValue,
  unitValues,
} from "./unit-file";
import { RunResult, formatResult } from "./exec";

/** A passwd entry of the machine. */
export interface PasswdEntry {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
  readonly shell: string;
}

/** Reads a user from the machine's /etc/passwd. */
export function passwdEntry(machine: TestMachine, name: string): PasswdEntry {
  for (const line of machine.readFile("/etc/passwd").split("\n")) {
    const f = line.split(":");
    if (f[0] === name) return { name, uid: Number(f[2]), gid: Number(f[3]), home: f[5], shell: f[6] };
  }
  throw new Error(`user ${name} does not exist in machine ${machine.name}`);
}

/** Reads the unit file and its drop-ins from the machine's /etc/systemd/system (then /usr/lib/systemd/system). */
export function loadUnit(machine: TestMachine, unitName: string): UnitSections {
  const unit: UnitSections = new Map();
  const candidates = [`/etc/systemd/system/${unitName}`, `/usr/lib/systemd/system/${unitName}`];
  const file = candidates.find((c) => fs.existsSync(machine.path(c)));
  if (!file) throw new Error(`unit ${unitName} not found in machine ${machine.name} (${candidates.join(", ")})`);
  parseUnitFile(machine.readFile(file), unit);
  for (const dir of [`/usr/lib/systemd/system/${unitName}.d`, `/etc/systemd/system/${unitName}.d`]) {
    if (!fs.existsSync(machine.path(dir))) continue;
    for (const dropIn of fs.readdirSync(machine.path(dir)).filter((f) => f.endsWith(".conf")).sort()) {
      parseUnitFile(machine.readFile(`${dir}/${dropIn}`), unit);
    }
  }
  return unit;
}

/** Restart= decision for one exit (systemd.service(5), table "Exit causes and the effect of the Restart= settings"). */
export function shouldRestart(restart: string, code: number | null, signal: NodeJS.Signals | null, successExitStatus: readonly number[] = []): boolean {
  const cleanSignals = ["SIGHUP", "SIGINT", "SIGTERM", "SIGPIPE"];
  const clean = (code !== null && (code === 0 || successExitStatus.includes(code))) || (signal !== null && cleanSignals.includes(signal));
  const uncleanSignal = signal !== null && !cleanSignals.includes(signal);
  switch (restart) {
    case "no":
      return false;
    case "always":
      return true;
    case "on-success":
      return clean;
    case "on-failure":
      return !clean;
    case "on-abnormal":
      return uncleanSignal;
    case "on-abort":
      return uncleanSignal;
    case "on-watchdog":
      return false;
    default:
      throw new Error(`unknown Restart= value ${JSON.stringify(restart)}`);
  }
}

/** Options for {@link ServiceRunner}. */
export interface ServiceRunnerOptions {
  readonly network: MachineNetwork;
  /** Host file collecting the service's output. */
  readonly logFile: string;
  /** Host name for %H. @default the machine's name */
  readonly hostname?: string;
}

/** One start of the main process. */
export interface ServiceStart {
  readonly at: number;
  readonly argv: readonly string[];
}

/** The emulated service manager for one unit (see the file comment). */
export class ServiceRunner {
  readonly unit: UnitSections;
  readonly starts: ServiceStart[] = [];
  readonly exits: { at: number; code: number | null; signal: NodeJS.Signals | null }[] = [];
  /** Set when the start limit was hit (systemd would leave the unit failed). */
  startLimitHit = false;
  /** Automatic restarts so far (systemd's n_restarts). */
  restarts = 0;
  private child: ChildProcess | undefined;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly machine: TestMachine,
    readonly unitName: string,
    private readonly opts: ServiceRunnerOptions,
  ) {
    this.unit = loadUnit(machine, unitName);
  }

  /** The Restart= setting. */
  get restartPolicy(): string {
    return unitValue(this.unit, "Service", "Restart") ?? "no";
  }

  /** RestartSec= in milliseconds (systemd's default is 100 ms). */
  get restartSecMs(): number {
    const v = unitValue(this.unit, "Service", "RestartSec");
    return v === undefined ? 100 : parseTimeSpan(v);
  }

  /**
   * Delay before restart number `n` (0-based): RestartSec=, growing exponentially to RestartMaxDelaySec=
   * over RestartSteps= restarts when both are set (systemd 254+, service_restart_usec()).
   */
  restartDelayMs(n: number): number {
    const base = this.restartSecMs;
    const steps = Number(unitValue(this.unit, "Service", "RestartSteps") ?? "0");
    const maxText = unitValue(this.unit, "Service", "RestartMaxDelaySec");
    if (steps <= 0 || maxText === undefined || maxText === "infinity" || base <= 0) return base;
    const max = parseTimeSpan(maxText);
    if (max <= base) return base;
    return base * Math.pow(max / base, Math.min(n, steps) / steps);
  }

  private get user(): string {
    return unitValue(this.unit, "Service", "User") ?? "root";
  }

  /** Environment the service gets (Environment=, EnvironmentFile=, and what systemd adds for User=). */
  environment(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const file of unitValues(this.unit, "Service", "EnvironmentFile")) {
      const optional = file.startsWith("-");
      const p = optional ? file.slice(1) : file;
      if (!fs.existsSync(this.machine.path(p))) {
        if (optional) continue;
        throw new Error(`${this.unitName}: EnvironmentFile ${p} does not exist`);
      }
      Object.assign(env, parseEnvironmentFile(this.machine.readFile(p)));
    }
    Object.assign(env, unitEnvironment(this.unit));
    const pw = passwdEntry(this.machine, this.user);
    return { HOME: pw.home, USER: pw.name, LOGNAME: pw.name, SHELL: pw.shell, ...env };
  }

  /** Parses ExecStart= (exactly one for these service types). */
  mainCommand(): ParsedCommand {
    const lines = unitValues(this.unit, "Service", "ExecStart");
    if (lines.length !== 1) throw new Error(`${this.unitName}: expected exactly one ExecStart=, got ${lines.length}`);
    return this.parse(lines[0]);
  }

  private parse(line: string): ParsedCommand {
    const pw = passwdEntry(this.machine, this.user);
    return parseExecLine(line, { unitName: this.unitName, user: pw.name, uid: pw.uid, home: pw.home, hostname: this.opts.hostname ?? this.machine.name }, this.environment());
  }

  /** argv run inside the machine: drop to User=/Group=, change to WorkingDirectory=, then the command. */
  private wrapped(cmd: ParsedCommand): string[] {
    if (cmd.prefixes.replace(/-/g, "") !== "") {
      throw new Error(`${this.unitName}: command prefixes ${JSON.stringify(cmd.prefixes)} are not supported by the harness`);
    }
    const out: string[] = [];
    const wd = unitValue(this.unit, "Service", "WorkingDirectory");
    const pw = passwdEntry(this.machine, this.user);
    if (wd !== undefined) {
      const dir = wd.replace(/^-/, "");
      out.push("/usr/bin/env", "--chdir", dir === "~" ? pw.home : dir);
    }
    if (this.user !== "root" || unitValue(this.unit, "Service", "Group") !== undefined) {
      const group = unitValue(this.unit, "Service", "Group");
      out.push("setpriv", `--reuid=${pw.uid}`, group ? `--regid=${group}` : `--regid=${pw.gid}`, "--init-groups", "--");
    }
    return [...out, ...cmd.argv];
  }

  private async prepareDirectories(): Promise<void> {
    const pw = passwdEntry(this.machine, this.user);
    for (const [key, base] of [["RuntimeDirectory", "/run"], ["StateDirectory", "/var/lib"], ["LogsDirectory", "/var/log"], ["CacheDirectory", "/var/cache"]] as const) {
      const mode = unitValue(this.unit, "Service", `${key}Mode`) ?? "0755";
      for (const line of unitValues(this.unit, "Service", key)) {
        for (const dir of line.split(/\s+/)) {
          const p = `${base}/${dir}`;
          await this.machine.mustExec(["install", "-d", "-m", mode, "-o", String(pw.uid), "-g", String(pw.gid), p]);
        }
      }
    }
  }

  private get type(): string {
    return unitValue(this.unit, "Service", "Type") ?? "simple";
  }

  /** Runs a Type=oneshot unit: ExecStartPre=, then every ExecStart= in order; throws when one fails. */
  async runOnce(timeoutMs = 120_000): Promise<void> {
    if (this.type !== "oneshot") throw new Error(`${this.unitName} is Type=${this.type}, not oneshot`);
    await this.prepareDirectories();
    const env = this.environment();
    for (const line of [...unitValues(this.unit, "Service", "ExecStartPre"), ...unitValues(this.unit, "Service", "ExecStart")]) {
      const cmd = this.parse(line);
      const r = await this.machine.exec(this.wrapped(cmd), { network: this.opts.network, machineEnv: env, timeoutMs });
      fs.appendFileSync(this.opts.logFile, formatResult(r, 100_000) + "\n");
      if (r.code !== 0 && !cmd.prefixes.includes("-")) throw new Error(`${this.unitName} failed:\n${formatResult(r)}`);
    }
  }

  /**
   * What systemd does before starting the unit, without starting it: creates its RuntimeDirectory= etc. and runs
   * its ExecStartPre= commands (e.g. `sshd -t`, `nginx -t`). Returns each command's result.
   */
  async startPreChecks(): Promise<RunResult[]> {
    await this.prepareDirectories();
    const env = this.environment();
    const results: RunResult[] = [];
    for (const line of unitValues(this.unit, "Service", "ExecStartPre")) {
      results.push(await this.machine.exec(this.wrapped(this.parse(line)), { network: this.opts.network, machineEnv: env, timeoutMs: 90_000 }));
    }
    return results;
  }

  /** Runs another command in this unit's context (User=, Group=, environment, working directory, network). */
  async runOnceWith(argv: readonly string[], input = "", timeoutMs = 30_000): Promise<RunResult> {
    const wrapped = this.wrapped({ prefixes: "", argv: [...argv], executable: argv[0] });
    return this.machine.exec(wrapped, { network: this.opts.network, machineEnv: this.environment(), input, timeoutMs });
  }

  /** Runs ExecStartPre= commands, then the main process under the Restart= loop; throws when the first start fails. */
  async start(): Promise<void> {
    if (this.type === "oneshot") throw new Error(`${this.unitName} is Type=oneshot: use runOnce()`);
    if (!["simple", "exec", "notify", "notify-reload"].includes(this.type)) {
      throw new Error(`${this.unitName}: Type=${this.type} services cannot be supervised by the harness`);
    }
    this.stopped = false;
    await this.prepareDirectories();
    await this.cycle();
  }

  /** One start as systemd does it: ExecStartPre= (again on every restart), then ExecStart=. */
  private async cycle(): Promise<void> {
    if (this.stopped) return;
    const interval = parseTimeSpan(unitValue(this.unit, "Unit", "StartLimitIntervalSec") ?? "10s");
    const burst = Number(unitValue(this.unit, "Unit", "StartLimitBurst") ?? "5");
    const now = Date.now();
    const recent = this.starts.filter((s) => interval > 0 && now - s.at < interval).length;
    if (interval > 0 && recent >= burst) {
      this.startLimitHit = true;
      return;
    }
    const env = this.environment();
    this.starts.push({ at: now, argv: this.wrapped(this.mainCommand()) });
    for (const line of unitValues(this.unit, "Service", "ExecStartPre")) {
      const cmd = this.parse(line);
      const r = await this.machine.exec(this.wrapped(cmd), { network: this.opts.network, machineEnv: env, timeoutMs: 90_000 });
      fs.appendFileSync(this.opts.logFile, formatResult(r, 100_000) + "\n");
      if (r.code !== 0 && !cmd.prefixes.includes("-")) {
        this.exits.push({ at: Date.now(), code: r.code, signal: r.signal });
        throw new Error(`${this.unitName}: ExecStartPre failed:\n${formatResult(r)}`);
      }
    }
    if (this.stopped) return;
    const child = this.machine.start(this.wrapped(this.mainCommand()), this.opts.logFile, { network: this.opts.network, machineEnv: env });
    this.child = child;
    child.on("exit", (code, signal) => {
      this.exits.push({ at: Date.now(), code, signal });
      if (this.stopped || this.child !== child) return;
      this.afterExit(code, signal);
    });
  }

  private afterExit(code: number | null, signal: NodeJS.Signals | null): void {
    const numbers = (key: string) => unitValues(this.unit, "Service", key).flatMap((v) => v.split(/\s+/)).map(Number).filter((n) => !isNaN(n));
    if (code !== null && numbers("RestartPreventExitStatus").includes(code)) return;
    if (!shouldRestart(this.restartPolicy, code, signal, numbers("SuccessExitStatus"))) return;
    this.timer = setTimeout(() => {
      this.cycle().catch((e: Error) => {
        fs.appendFileSync(this.opts.logFile, `restart failed: ${e.message}\n`);
        this.afterExit(1, null);
      });
    }, this.restartDelayMs(this.restarts++));
  }

  /** True while the main process runs. */
  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Stops the loop and the main process. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.child) await this.machine.stop(this.child);
  }
}
