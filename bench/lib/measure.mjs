// Runs one command and measures its wall time and peak memory.
//
// Peak memory is the largest resident set size (RSS) of any single process of the command's process tree:
// - with GNU time (`/usr/bin/time -f %M`, Debian package `time`), which reads getrusage(RUSAGE_CHILDREN) after
//   the command ends;
// - otherwise with a preload hook (`NODE_OPTIONS=--import rss-hook.mjs`) that makes every Node.js process of
//   the tree append its own `process.resourceUsage().maxRSS` to a file when it exits (the commands measured
//   here are all Node.js processes: node, npm, the cdktf CLI, jest and its workers).
// Either way the number is a maximum over processes, never a sum. CPU time (user + system) is summed over the tree.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { URL, fileURLToPath, pathToFileURL } from "node:url";

const GNU_TIME = "/usr/bin/time";
const HOOK = fileURLToPath(new URL("./rss-hook.mjs", import.meta.url));

/** The method used for peak memory on this machine. */
export function memoryMethod() {
  if (process.env.BENCH_MEMORY_METHOD === "hook") return "hook";
  if (existsSync(GNU_TIME)) {
    const probe = spawnSync(GNU_TIME, ["-f", "%M", "true"], { encoding: "utf8" });
    if (probe.status === 0 && /^\d+\s*$/m.test(probe.stderr)) return "gnu-time";
  }
  return "hook";
}

/** Human description of a method, for the report. */
export function describeMethod(method) {
  return method === "gnu-time"
    ? "GNU time `/usr/bin/time -f %M` (largest RSS of any process in the command's tree)"
    : "`process.resourceUsage().maxRSS` of every Node.js process in the command's tree, via a `--import` preload hook (largest wins)";
}

/** Thrown when a measured command fails: the bench must not report numbers of a failed run. */
export class CommandFailed extends Error {}

/**
 * Runs `command args` in `cwd` with `env` and returns `{ wallMs, peakRssMb }`. Throws CommandFailed (with the end of
 * the output) on a non-zero exit, a signal or a timeout.
 */
export function measure(label, command, args, { cwd, env, method, timeoutMs = 30 * 60_000 }) {
  const scratch = mkdtempSync(join(tmpdir(), "pairpac-bench-rss-"));
  const rssFile = join(scratch, "rss");
  let argv0 = command;
  let argv = args;
  const childEnv = { ...env };
  if (method === "gnu-time") {
    argv0 = GNU_TIME;
    argv = ["-f", "%M %U %S", "-o", rssFile, command, ...args];
  } else {
    childEnv.BENCH_PEAK_FILE = rssFile;
    const hook = `--import=${pathToFileURL(HOOK).href}`;
    childEnv.NODE_OPTIONS = childEnv.NODE_OPTIONS ? `${childEnv.NODE_OPTIONS} ${hook}` : hook;
  }
  try {
    const start = process.hrtime.bigint();
    const result = spawnSync(argv0, argv, { cwd, env: childEnv, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: timeoutMs });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.error || result.status !== 0) {
      const why = result.error ? result.error.message : result.signal ? `signal ${result.signal}` : `exit code ${result.status}`;
      const tail = `${result.stdout ?? ""}\n${result.stderr ?? ""}`.trim().split("\n").slice(-40).join("\n");
      throw new CommandFailed(`${label}: \`${[command, ...args].join(" ")}\` failed (${why})\n${tail}`);
    }
    const text = existsSync(rssFile) ? readFileSync(rssFile, "utf8") : "";
    // One line per record: "<max RSS KiB> <user CPU s> <system CPU s>" (GNU time: the whole tree once; hook: one per
    // process). GNU time and Node's maxRSS both report KiB.
    const records = text.split("\n").map((l) => l.trim().split(/\s+/).map(Number)).filter((r) => r.length === 3 && r.every(Number.isFinite));
    if (records.length === 0) throw new CommandFailed(`${label}: no peak memory was recorded (${method})`);
    const peakRssMb = Math.max(...records.map((r) => r[0])) / 1024;
    const cpuMs = records.reduce((sum, r) => sum + (r[1] + r[2]) * 1000, 0);
    return { wallMs, peakRssMb, cpuMs, stdout: result.stdout };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Median of numbers (mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) throw new Error("median of nothing");
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
