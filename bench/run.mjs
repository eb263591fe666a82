#!/usr/bin/env node
// PairPac benchmarks: `npm run bench` (builds first, then runs this file).
//
// Measures, on this machine, the median wall time and peak memory of
//   - synthesizing the embedded default app directly as `npm run synth` starts it (`node scripts/app-launcher.cjs`: the
//     bundle with its V8 code cache) for 1, 10 and 50 branches, and the unbundled tsc output (`node dist/stacks/main.js`)
//     for 1 branch,
//   - the same through the cdktf CLI (`cdktf synth`, which runs the app configured in cdktf.json) for 1 branch,
//   - the full `npm test` (the Node-only tier),
// and the encoded user-data size of each role (every option on, 4 desktops) against each cloud's limit; then
// writes BENCHMARKS.md and bench/results.json. Any failing command fails the bench (exit 1); targets that are
// missed are reported as "FAIL" and fail the bench only with --strict.
//
//   node bench/run.mjs [--runs N] [--test-runs N] [--no-tests] [--strict] [--report-only (re-render BENCHMARKS.md from bench/results.json and the latest live e2e memory, measuring nothing)] [--out BENCHMARKS.md] [--json bench/results.json]
// (--no-tests skips `npm test`, e.g. for a quick check in CI; the report then says it was not measured.)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CommandFailed, describeMethod, measure, median, memoryMethod } from "./lib/measure.mjs";
import { renderReport, TARGETS } from "./lib/report.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function parseArgs(argv) {
  const options = { runs: 5, testRuns: 1, tests: true, strict: false, out: join(ROOT, "BENCHMARKS.md"), json: join(ROOT, "bench", "results.json") };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${flag} needs a value`);
      return argv[++i];
    };
    const count = (name) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 100) usage(`${name} must be an integer 1-100`);
      return n;
    };
    if (flag === "--runs") options.runs = count("--runs");
    else if (flag === "--test-runs") options.testRuns = count("--test-runs");
    else if (flag === "--strict") options.strict = true;
    else if (flag === "--no-tests") options.tests = false;
    else if (flag === "--report-only") options.reportOnly = true;
    else if (flag === "--out") options.out = resolve(value());
    else if (flag === "--json") options.json = resolve(value());
    else if (flag === "--help" || flag === "-h") usage();
    else usage(`unknown option ${flag}`);
  }
  return options;
}

function usage(problem) {
  const text = "usage: node bench/run.mjs [--runs N (default 5)] [--test-runs N (default 1)] [--no-tests] [--strict] [--report-only (re-render BENCHMARKS.md from bench/results.json and the latest live e2e memory, measuring nothing)] [--out FILE] [--json FILE]\n";
  if (problem) {
    process.stderr.write(`bench: ${problem}\n${text}`);
    process.exit(2);
  }
  process.stdout.write(text);
  process.exit(0);
}

/**
 * The environment of a measured synth: this one without PairPac or cdktf settings, so the default is measured.
 * `npm test` gets the environment as it is (its test helpers read e.g. PAIRPAC_TEST_TIER), minus NODE_OPTIONS.
 */
function cleanEnv(extra, { keepPairPac = false } = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if ((!keepPairPac && (k.startsWith("PAIRPAC_") || k.startsWith("CDKTF_"))) || k === "NODE_OPTIONS") continue;
    env[k] = v;
  }
  return { ...env, CHECKPOINT_DISABLE: "1", ...extra };
}

/** Branch names for an n-branch run: `main` first, then feature branches (some need hashing, like real ones). */
function branchNames(n) {
  const names = ["main"];
  for (let i = 1; names.length < n; i++) names.push(i % 2 === 0 ? `feature/bench-${i}` : `Feature/Bench_${i}`);
  return names;
}

/** Fails unless `outdir` holds exactly `n` stacks, each with a cdk.tf.json. */
function checkSynthOutput(label, outdir, n) {
  const stacksDir = join(outdir, "stacks");
  const stacks = existsSync(stacksDir) ? readdirSync(stacksDir).filter((s) => existsSync(join(stacksDir, s, "cdk.tf.json"))) : [];
  if (stacks.length !== n) {
    throw new CommandFailed(`${label}: expected ${n} synthesized stack(s) in ${outdir}, found ${stacks.length}`);
  }
}

function log(line) {
  process.stderr.write(`${line}\n`);
}

function series(label, runs, once) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const s = once(i);
    samples.push({ wallMs: round(s.wallMs, 1), cpuMs: round(s.cpuMs, 1), peakRssMb: round(s.peakRssMb, 1) });
    log(`  ${label} run ${i + 1}/${runs}: ${(s.wallMs / 1000).toFixed(3)} s wall, ${(s.cpuMs / 1000).toFixed(3)} s CPU, ${s.peakRssMb.toFixed(1)} MB`);
  }
  return {
    label,
    runs,
    samples,
    wallMs: { median: round(median(samples.map((s) => s.wallMs)), 1), min: Math.min(...samples.map((s) => s.wallMs)), max: Math.max(...samples.map((s) => s.wallMs)) },
    cpuMs: { median: round(median(samples.map((s) => s.cpuMs)), 1) },
    peakRssMb: { median: round(median(samples.map((s) => s.peakRssMb)), 1), max: Math.max(...samples.map((s) => s.peakRssMb)) },
  };
}

function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function gitCommit() {
  const r = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) return "unknown";
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" });
  return `${r.stdout.trim()}${dirty.stdout.trim() ? " (with uncommitted changes)" : ""}`;
}

function machineInfo(method) {
  const cpuList = cpus();
  return {
    nproc: typeof availableParallelism === "function" ? availableParallelism() : cpuList.length,
    cpuModel: cpuList[0]?.model?.trim() ?? "unknown",
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    os: `${platform()} ${release()}`,
    node: process.version,
    loadAverageAtStart: loadavg().map((x) => round(x, 2)),
    memoryMethod: method,
    memoryMethodDescription: describeMethod(method),
  };
}

function liveMemory() {
  const summaryFile = join(ROOT, "e2e-artifacts", "summary.json");
  const kept = join(ROOT, "bench", "e2e-memory.json");
  if (existsSync(summaryFile)) {
    const summary = JSON.parse(readFileSync(summaryFile, "utf8"));
    const journey = (summary.journeys ?? []).find((j) => j.name === "memory-idle");
    if (journey?.passed !== undefined && summary.memory?.desktop) {
      const memory = { commit: summary.commit, measuredAt: summary.memory.measuredAt, passed: journey.passed, ...summary.memory };
      writeFileSync(kept, `${JSON.stringify(memory, null, 2)}\n`);
      return memory;
    }
  }
  return existsSync(kept) ? JSON.parse(readFileSync(kept, "utf8")) : undefined;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.reportOnly) {
    const results = JSON.parse(readFileSync(opts.json, "utf8"));
    results.e2eMemory = liveMemory();
    const { markdown, evaluated } = renderReport(results);
    results.evaluated = evaluated;
    writeFileSync(opts.json, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(opts.out, markdown);
    log(`bench: re-rendered ${relative(ROOT, opts.out)} from ${relative(ROOT, opts.json)} (nothing measured)`);
    return;
  }
  const options = parseArgs(process.argv.slice(2));
  // The app as `npm run synth` and `cdktf synth` start it (the bundle with its code cache), and the tsc output unbundled.
  const app = join(ROOT, "scripts", "app-launcher.cjs");
  const unbundled = join(ROOT, "dist", "stacks", "main.js");
  for (const required of [unbundled, join(ROOT, "dist", "app", "pairpac-app.cjs")]) {
    if (!existsSync(required)) {
      throw new CommandFailed(`bench: ${relative(ROOT, required)} is missing; run \`npm run build\` first (\`npm run bench\` does).`);
    }
  }
  const method = memoryMethod();
  const scratch = mkdtempSync(join(tmpdir(), "pairpac-bench-"));
  log(`bench: ${options.runs} run(s) per synth case, ${options.tests ? options.testRuns : "no"} run(s) of npm test; peak memory by ${method}; scratch ${scratch}`);
  try {
    const synth = [];
    for (const n of [1, 10, 50]) {
      const branches = branchNames(n).join(",");
      const runOnce = (i, recorded) => {
        const outdir = join(scratch, `direct-${n}-${recorded ? i : "warmup"}`);
        const label = `direct synth, ${n} branch(es)`;
        const m = measure(label, process.execPath, [app], {
          cwd: ROOT, method, env: cleanEnv({ PAIRPAC_BRANCHES: branches, CDKTF_OUTDIR: outdir }),
        });
        checkSynthOutput(label, outdir, n);
        rmSync(outdir, { recursive: true, force: true });
        return m;
      };
      runOnce(0, false); // warm-up (file cache), not recorded
      synth.push({ kind: "direct", branches: n, ...series(`direct synth, ${n} branch(es)`, options.runs, (i) => runOnce(i, true)) });
    }
    const unbundledOnce = (i, recorded) => {
      const outdir = join(scratch, `unbundled-${recorded ? i : "warmup"}`);
      const label = "direct synth unbundled, 1 branch";
      const m = measure(label, process.execPath, [unbundled], {
        cwd: ROOT, method, env: cleanEnv({ PAIRPAC_BRANCHES: "main", CDKTF_OUTDIR: outdir }),
      });
      checkSynthOutput(label, outdir, 1);
      rmSync(outdir, { recursive: true, force: true });
      return m;
    };
    unbundledOnce(0, false);
    synth.push({ kind: "unbundled", branches: 1, ...series("direct synth unbundled, 1 branch", options.runs, (i) => unbundledOnce(i, true)) });

    const cdktfBin = join(ROOT, "node_modules", ".bin", "cdktf");
    const cliOnce = (i, recorded) => {
      const outdir = join(scratch, `cli-${recorded ? i : "warmup"}`);
      const label = "cdktf synth, 1 branch";
      const m = measure(label, cdktfBin, ["synth", "--output", outdir], {
        cwd: ROOT, method, env: cleanEnv({ PAIRPAC_BRANCHES: "main" }),
      });
      checkSynthOutput(label, outdir, 1);
      rmSync(outdir, { recursive: true, force: true });
      return m;
    };
    cliOnce(0, false);
    const cliApp = JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8")).app;
    const cli = { kind: "cli", branches: 1, app: cliApp, ...series("cdktf synth, 1 branch", options.runs, (i) => cliOnce(i, true)) };

    // The CLI by itself: the same command with the smallest app it accepts (bench/cli-floor-app.cjs, one empty stack).
    const floorOnce = (i, recorded) => {
      const outdir = join(scratch, `cli-floor-${recorded ? i : "warmup"}`);
      const m = measure("cdktf synth, empty app", cdktfBin, ["synth", "--app", `node ${join("bench", "cli-floor-app.cjs")}`, "--output", outdir], {
        cwd: ROOT, method, env: cleanEnv({}),
      });
      if (!existsSync(join(outdir, "stacks", "main", "cdk.tf.json"))) throw new CommandFailed("bench: cdktf synth of the empty app wrote no stack");
      rmSync(outdir, { recursive: true, force: true });
      return m;
    };
    floorOnce(0, false);
    cli.floor = series("cdktf synth, empty app", options.runs, (i) => floorOnce(i, true));

    const tests = options.tests
      ? series("npm test", options.testRuns, () => measure("npm test", "npm", ["test", "--silent"], {
        cwd: ROOT, method, env: cleanEnv({ CI: "true" }, { keepPairPac: true }),
      }))
      : undefined;

    log("  user-data sizes (every option on, 4 desktops)");
    const ud = spawnSync(process.execPath, [join(ROOT, "bench", "user-data-sizes.mjs")], {
      cwd: ROOT, env: cleanEnv({}), encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
    });
    if (ud.status !== 0) throw new CommandFailed(`user-data sizes failed (exit ${ud.status}):\n${ud.stderr}`);
    const userData = JSON.parse(ud.stdout);

    const results = {
      generatedAt: new Date().toISOString(),
      commit: gitCommit(),
      machine: machineInfo(method),
      options: { runs: options.runs, testRuns: options.tests ? options.testRuns : 0 },
      synth,
      cli,
      tests,
      userData,
      // Measurements the bench cannot repeat by itself (a fresh clone with a reduced PATH, the root-only conformance
      // tier), recorded by hand with their method in bench/test-tiers.md and copied into BENCHMARKS.md.
      testTiers: existsSync(join(ROOT, "bench", "test-tiers.md")) ? readFileSync(join(ROOT, "bench", "test-tiers.md"), "utf8") : undefined,
      // Memory at idle of the live e2e machines (test/e2e/live.test.ts): read from the latest e2e-artifacts/summary.json
      // and kept in bench/e2e-memory.json, so a bench run without a fresh e2e run reports the last measurement.
      e2eMemory: liveMemory(),
      targets: TARGETS,
    };
    const { markdown, evaluated } = renderReport(results);
    results.evaluated = evaluated;
    writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(options.out, markdown);
    log(`bench: wrote ${relative(ROOT, options.out)} and ${relative(ROOT, options.json)}`);
    const failed = evaluated.filter((t) => !t.pass);
    for (const t of evaluated) log(`  ${t.pass ? "pass" : "FAIL"}  ${t.name}: ${t.measuredText} (target ${t.limitText})`);
    if (failed.length > 0 && options.strict) {
      log(`bench: ${failed.length} target(s) missed (--strict)`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  main();
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
