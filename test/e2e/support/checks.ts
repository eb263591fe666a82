// Checks of a machine after cloud-init ran, against what its user-data asked for. Each check returns
// a list of problems (empty = fine), so the same code serves the suite and the harness's own tests.
import * as fs from "node:fs";
import { RunResult, formatResult } from "./exec";
import { SYSTEMCTL_LOG, StageResult, TestMachine } from "./machine";
import { ExpectedFile, UserDataExpectations, unitNameOf } from "./user-data";

/** A log line the suite accepts, with why: only lines the chroot itself causes, never a role problem. */
export interface LogAllowance {
  readonly pattern: RegExp;
  readonly reason: string;
}

/**
 * WARNING/ERROR lines of /var/log/cloud-init.log that come from running cloud-init in a chroot
 * rather than from the user-data. Each entry is as narrow as the message allows.
 */
export const CHROOT_LOG_ALLOWANCES: readonly LogAllowance[] = [];

const LEVEL = /\[(WARNING|ERROR|CRITICAL)\]/;

/** Lines of cloud-init.log at WARNING or above that no allowance covers. */
export function unexpectedLogLines(log: string, allowances: readonly LogAllowance[] = CHROOT_LOG_ALLOWANCES): string[] {
  return log.split("\n").filter((line) => LEVEL.test(line) && !allowances.some((a) => a.pattern.test(line)));
}

/** The part of cloud-init's logs worth printing with a failure: lines around each problem, and the output log's tail. */
export function cloudInitLogExcerpt(machine: TestMachine, context = 6): string {
  const lines = machine.readFile("/var/log/cloud-init.log").split("\n");
  const keep = new Set<number>();
  lines.forEach((line, i) => {
    if (LEVEL.test(line) || /Traceback|FAIL|Failed|failed/.test(line)) {
      for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) keep.add(j);
    }
  });
  const excerpt: string[] = [];
  let last = -2;
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (i !== last + 1) excerpt.push("  ...");
    excerpt.push(lines[i]);
    last = i;
  }
  const output = machine.readFile("/var/log/cloud-init-output.log").split("\n");
  return [
    `--- /var/log/cloud-init.log (${machine.name}, lines around problems) ---`,
    ...excerpt.slice(0, 400),
    `--- /var/log/cloud-init-output.log (${machine.name}, last 60 lines) ---`,
    ...output.slice(-60),
  ].join("\n");
}

/** Every stage exited 0; `cloud-init status` says done, without errors or recoverable errors; result.json has no errors. */
export async function checkCloudInitStatus(machine: TestMachine, stages: readonly StageResult[]): Promise<string[]> {
  const problems: string[] = [];
  if (stages.length !== 4) problems.push(`only ${stages.length} of 4 cloud-init stages ran`);
  for (const s of stages) {
    if (s.result.code !== 0) problems.push(`stage "cloud-init ${s.stage}" failed:\n${formatResult(s.result, 3000)}`);
  }
  const status = await machine.exec(["cloud-init", "status", "--long", "--format", "json"]);
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(status.stdout) as Record<string, unknown>;
  } catch {
    problems.push(`cloud-init status printed no JSON:\n${formatResult(status)}`);
  }
  if (parsed.status !== "done") problems.push(`cloud-init status is ${JSON.stringify(parsed.status)}, expected "done"`);
  if (parsed.extended_status !== undefined && parsed.extended_status !== "done") {
    problems.push(`cloud-init extended_status is ${JSON.stringify(parsed.extended_status)}, expected "done"`);
  }
  const errors = (parsed.errors ?? []) as unknown[];
  if (errors.length > 0) problems.push(`cloud-init status reports errors: ${JSON.stringify(errors)}`);
  const recoverable = parsed.recoverable_errors as Record<string, unknown[]> | undefined;
  for (const [level, messages] of Object.entries(recoverable ?? {})) {
    if (messages.length > 0) problems.push(`cloud-init status reports recoverable ${level} messages: ${JSON.stringify(messages)}`);
  }
  const result = machine.readFile("/var/lib/cloud/data/result.json");
  if (result === "") {
    problems.push("/var/lib/cloud/data/result.json is missing (the final stage did not finish)");
  } else {
    const v1 = (JSON.parse(result) as { v1: { errors: unknown[]; datasource: string } }).v1;
    if (v1.errors.length > 0) problems.push(`result.json errors: ${JSON.stringify(v1.errors)}`);
    if (!/NoCloud/.test(v1.datasource)) problems.push(`datasource is ${v1.datasource}, expected NoCloud (the seed was not used)`);
  }
  return problems;
}

/** No WARNING/ERROR/CRITICAL line in cloud-init.log beyond the chroot allowances. */
export function checkCloudInitLog(machine: TestMachine, allowances: readonly LogAllowance[] = CHROOT_LOG_ALLOWANCES): string[] {
  const log = machine.readFile("/var/log/cloud-init.log");
  if (log === "") return ["/var/log/cloud-init.log is missing or empty"];
  return unexpectedLogLines(log, allowances).map((l) => `cloud-init.log: ${l}`);
}

/** Every package of `packages:` is installed (dpkg status "ii"). */
export async function checkPackages(machine: TestMachine, packages: readonly string[]): Promise<string[]> {
  if (packages.length === 0) return [];
  const r = await machine.exec(["dpkg-query", "--show", "--showformat", "${Package}\t${db:Status-Abbrev}\n", ...packages]);
  const state = new Map<string, string>();
  for (const line of r.stdout.split("\n")) {
    const [name, abbrev] = line.split("\t");
    if (name) state.set(name.replace(/:.*$/, ""), (abbrev ?? "").trim());
  }
  return packages.filter((p) => state.get(p) !== "ii").map((p) => `package ${p} is not installed (dpkg status ${JSON.stringify(state.get(p) ?? "unknown")})`);
}

/** A file's state at one moment (null: it did not exist). */
export interface FileState {
  readonly owner: string;
  readonly mode: string;
  readonly type: string;
  readonly content: Buffer;
}

/** Reads owner, mode, type and content of files inside the machine, now. */
export async function snapshotFiles(machine: TestMachine, paths: readonly string[]): Promise<Map<string, FileState | null>> {
  const out = new Map<string, FileState | null>(paths.map((p) => [p, null]));
  if (paths.length === 0) return out;
  const r = await machine.exec(["stat", "--format", "%n\t%U:%G\t%a\t%F", "--", ...paths]);
  for (const line of r.stdout.split("\n")) {
    const [name, owner, mode, type] = line.split("\t");
    if (!name || !out.has(name)) continue;
    const content = type.startsWith("regular") ? fs.readFileSync(machine.path(name)) : Buffer.alloc(0);
    out.set(name, { owner, mode, type, content });
  }
  return out;
}

/**
 * Every write_files entry was written with its owner, mode and content (append entries: content at
 * the end). `written` holds each file's state right after the stage that wrote it (write_files in
 * `init`, deferred ones in `modules:final` before the user's commands), so a role's own later
 * commands (e.g. a chown to a container's uid) do not count against cloud-init; every file must still
 * exist at the end.
 */
export async function checkFiles(machine: TestMachine, files: readonly ExpectedFile[], written?: ReadonlyMap<string, FileState | null>): Promise<string[]> {
  const problems: string[] = [];
  const now = await snapshotFiles(machine, files.map((f) => f.path));
  for (const f of files) {
    const st = written?.get(f.path) ?? now.get(f.path) ?? null;
    if (!st || now.get(f.path) === null) {
      problems.push(`file ${f.path} does not exist${st ? " at the end (it was written, then removed)" : ""}`);
      continue;
    }
    if (!st.type.startsWith("regular")) problems.push(`${f.path} is a ${st.type}, expected a regular file`);
    if (st.owner !== f.owner) problems.push(`${f.path} is owned by ${st.owner}, expected ${f.owner}`);
    if (st.mode !== f.mode) problems.push(`${f.path} has mode ${st.mode}, expected ${f.mode}`);
    const actual = st.content;
    const matches = f.append ? actual.subarray(actual.length - f.content.length).equals(f.content) : actual.equals(f.content);
    if (!matches) problems.push(`${f.path} content differs from write_files (${actual.length} bytes on disk, ${f.content.length} expected)`);
  }
  return problems;
}

/** Every user exists with its shell, home, groups and authorized keys; every group exists. */
export async function checkUsers(machine: TestMachine, expected: UserDataExpectations): Promise<string[]> {
  const problems: string[] = [];
  for (const g of expected.groups) {
    const r = await machine.exec(["getent", "group", g]);
    if (r.code !== 0) problems.push(`group ${g} does not exist`);
  }
  for (const u of expected.users) {
    const r = await machine.exec(["getent", "passwd", u.name]);
    if (r.code !== 0) {
      problems.push(`user ${u.name} does not exist`);
      continue;
    }
    const [, , uid, , , home, shell] = r.stdout.trim().split(":");
    if (u.shell !== undefined && shell !== u.shell) problems.push(`user ${u.name} has shell ${shell}, expected ${u.shell}`);
    if (u.homedir !== undefined && home !== u.homedir) problems.push(`user ${u.name} has home ${home}, expected ${u.homedir}`);
    if (u.system && Number(uid) >= 1000) problems.push(`user ${u.name} has uid ${uid}, expected a system uid (< 1000)`);
    const ids = await machine.exec(["id", "-nG", u.name]);
    const memberOf = new Set(ids.stdout.trim().split(/\s+/));
    for (const g of u.groups) if (!memberOf.has(g)) problems.push(`user ${u.name} is not in group ${g} (groups: ${ids.stdout.trim()})`);
    if (u.sshAuthorizedKeys.length > 0) {
      const keys = machine.readFile(`${home}/.ssh/authorized_keys`);
      for (const k of u.sshAuthorizedKeys) if (!keys.includes(k.trim())) problems.push(`user ${u.name}: key ${k.slice(0, 40)}… missing from ${home}/.ssh/authorized_keys`);
    }
  }
  return problems;
}

/** Lines of `systemd-analyze verify` output that concern one of `names`. */
function linesAbout(r: RunResult, names: readonly string[], paths: readonly string[]): string[] {
  return `${r.stdout}\n${r.stderr}`
    .split("\n")
    .filter((l) => l.trim() !== "")
    .filter((l) => names.some((n) => l.startsWith(`${n}:`) || l.includes(` ${n}`)) || paths.some((p) => l.startsWith(p)));
}

/** `systemd-analyze verify` (inside the machine) accepts every rendered unit without a message about it. */
export async function checkUnitsVerify(machine: TestMachine, unitFiles: readonly ExpectedFile[]): Promise<string[]> {
  const problems: string[] = [];
  const units = [...new Set(unitFiles.map((f) => unitNameOf(f.path)))].sort();
  for (const unit of units) {
    const file = `/etc/systemd/system/${unit}`;
    const paths = unitFiles.filter((f) => unitNameOf(f.path) === unit).map((f) => f.path);
    const r = await machine.exec(["systemd-analyze", "verify", "--man=no", file]);
    const about = linesAbout(r, [unit], paths);
    if (r.code !== 0 || about.length > 0) {
      // The whole output: an ordering cycle is reported over several lines, most of them naming other units.
      problems.push(`systemd-analyze verify ${unit}: exit ${r.code}, ${about.length} line(s) about it\n${`${r.stdout}\n${r.stderr}`.trim()}`);
    }
  }
  return problems;
}

/** One record of the systemctl stand-in's log. */
export interface SystemctlRecord {
  readonly action: string;
  readonly args: string[];
}

/** Reads what the user-data asked systemctl to do. */
export function systemctlRecords(machine: TestMachine): SystemctlRecord[] {
  return machine
    .readFile(SYSTEMCTL_LOG)
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => {
      const [action, ...args] = l.split("\t");
      return { action, args };
    });
}

/**
 * Every rendered unit with an [Install] section is enabled for real (offline) and was asked to
 * start after a daemon-reload; no systemctl request failed or was refused.
 */
export async function checkSystemctlRequests(machine: TestMachine, unitFiles: readonly ExpectedFile[]): Promise<string[]> {
  const problems: string[] = [];
  const records = systemctlRecords(machine);
  for (const r of records.filter((x) => x.action === "failed" || x.action === "refused")) {
    problems.push(`systemctl request ${r.action}: ${r.args.join(" ")}`);
  }
  const installable = unitFiles.filter((f) => !/\.d\/[^/]+\.conf$/.test(f.path) && /^\[Install\]/m.test(f.content.toString("utf8")));
  for (const f of installable) {
    const unit = unitNameOf(f.path);
    const enabled = await machine.exec(["systemctl.e2e-real", "--root=/", "is-enabled", unit]);
    if (enabled.stdout.trim() !== "enabled") problems.push(`unit ${unit} is ${JSON.stringify(enabled.stdout.trim() || enabled.stderr.trim())}, expected "enabled"`);
    const startAt = records.findIndex((x) => (x.action === "start" || x.action === "restart") && x.args[0] === unit);
    if (startAt < 0) {
      problems.push(`unit ${unit} was never asked to start`);
      continue;
    }
    if (!records.slice(0, startAt).some((x) => x.action === "daemon-reload")) problems.push(`unit ${unit} was asked to start before any daemon-reload`);
  }
  return problems;
}
