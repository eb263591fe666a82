#!/usr/bin/env node
// Checks that the bundled app (scripts/app-launcher.cjs) synthesizes exactly what the unbundled tsc output
// (dist/stacks/main.js) does: every file of every stack byte for byte, for the branches in $PAIRPAC_BRANCHES
// (default: main,feature/Audio_Fix). Run after `npm run build`; CI runs it. Also checks that the bundled synth
// does not load the Node.js modules its lazy requires keep out (scripts/bundle-app.mjs, LAZY_REQUIRES): a cdktf
// update that moved a require elsewhere would quietly cost the start-up time again.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const branches = process.env.PAIRPAC_BRANCHES || "main,feature/Audio_Fix";
const scratch = mkdtempSync(join(tmpdir(), "pairpac-bundle-check-"));

/** Built-in modules a synth with its branches given must not load (child_process: only for Git and `terraform version`). */
const NOT_LOADED = ["child_process"];

function synth(label, script, nodeArgs = []) {
  const outdir = join(scratch, label);
  const r = spawnSync(process.execPath, [...nodeArgs, script], { cwd: ROOT, env: { ...process.env, PAIRPAC_BRANCHES: branches, CDKTF_OUTDIR: outdir }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`check-app-bundle: ${label} synth failed (exit ${r.status}):\n${r.stderr}`);
  return outdir;
}

function files(dir) {
  const out = [];
  const visit = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else out.push(relative(dir, p));
    }
  };
  visit(dir);
  return out.sort();
}

try {
  const a = join(synth("unbundled", join(ROOT, "dist", "stacks", "main.js")), "stacks");
  const loaded = join(scratch, "loaded-modules.json");
  const hook = join(scratch, "record-modules.cjs");
  writeFileSync(hook, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(loaded)}, JSON.stringify(process.moduleLoadList)));\n`);
  const b = join(synth("bundled", join(ROOT, "scripts", "app-launcher.cjs"), ["--require", hook]), "stacks");
  const fa = files(a);
  const fb = files(b);
  const problems = [];
  if (fa.join("\n") !== fb.join("\n")) problems.push(`file lists differ:\n  unbundled: ${fa.join(", ")}\n  bundled:   ${fb.join(", ")}`);
  for (const f of fa.filter((x) => fb.includes(x))) {
    if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) problems.push(`${f} differs`);
  }
  if (fa.length === 0) problems.push("no stack was synthesized");
  const modules = JSON.parse(readFileSync(loaded, "utf8"));
  for (const name of NOT_LOADED) {
    if (modules.includes(`NativeModule ${name}`)) problems.push(`the bundled synth loaded ${name}, which LAZY_REQUIRES keeps out (find its new require)`);
  }
  if (problems.length > 0) {
    process.stderr.write(`check-app-bundle: the bundled app differs from the unbundled app or loads too much:\n${problems.join("\n")}\n`);
    process.exit(1);
  }
  process.stdout.write(`check-app-bundle: ${fa.length} stack file(s) for ${branches} identical, bundled and unbundled; the bundle loaded none of ${NOT_LOADED.join(", ")}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
