// Runs a rendered systemd service inside a test machine without systemd: the harness plays the
// service manager for the settings that decide what runs and when (ExecStartPre=, ExecStart=,
// User=, Group=, Environment=, EnvironmentFile=, WorkingDirectory=, RuntimeDirectory=,
// Restart=, RestartSec=, StartLimitIntervalSec=, StartLimitBurst=). Sandboxing settings
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
import { formatResult } from "./exec";

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
  private child: ChildProcess | undefined;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly machine: TestMachine,
    readonly unitName: string,
    private readonly opts: ServiceRunnerOptions,
  ) {
    this.unit = loadUnit(machine, unitName);
    const type = unitValue(this.unit, "Service", "Type") ?? "simple";
    if (!["simple", "exec", "notify", "notify-reload"].includes(type)) {
      throw new Error(`${unitName}: Type=${type} is not a long-running service the harness can supervise`);
    }
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

  /** Runs ExecStartPre= commands, then the main process under the Restart= loop. */
  async start(): Promise<void> {
    await this.prepareDirectories();
    const env = this.environment();
    for (const line of unitValues(this.unit, "Service", "ExecStartPre")) {
      const cmd = this.parse(line);
      const r = await this.machine.exec(this.wrapped(cmd), { network: this.opts.network, machineEnv: env, timeoutMs: 90_000 });
      if (r.code !== 0 && !cmd.prefixes.includes("-")) {
        throw new Error(`${this.unitName}: ExecStartPre failed:\n${formatResult(r)}`);
      }
    }
    this.launch();
  }

  private launch(): void {
    if (this.stopped) return;
    const interval = parseTimeSpan(unitValue(this.unit, "Unit", "StartLimitIntervalSec") ?? "10s");
    const burst = Number(unitValue(this.unit, "Unit", "StartLimitBurst") ?? "5");
    const now = Date.now();
    const recent = this.starts.filter((s) => interval > 0 && now - s.at < interval).length;
    if (interval > 0 && recent >= burst) {
      this.startLimitHit = true;
      return;
    }
    const argv = this.wrapped(this.mainCommand());
    this.starts.push({ at: now, argv });
    const child = this.machine.start(argv, this.opts.logFile, { network: this.opts.network, machineEnv: this.environment() });
    this.child = child;
    child.on("exit", (code, signal) => {
      this.exits.push({ at: Date.now(), code, signal });
      if (this.stopped || this.child !== child) return;
      const success = unitValues(this.unit, "Service", "SuccessExitStatus").flatMap((v) => v.split(/\s+/)).map(Number).filter((n) => !isNaN(n));
      if (shouldRestart(this.restartPolicy, code, signal, success)) {
        this.timer = setTimeout(() => this.launch(), this.restartSecMs);
      }
    });
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
