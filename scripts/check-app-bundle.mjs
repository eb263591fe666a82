#!/usr/bin/env node
// Checks that the bundled app (scripts/app-launcher.cjs) synthesizes exactly what the unbundled tsc output
// (dist/stacks/main.js) does: every file of every stack byte for byte, for the branches in $PAIRPAC_BRANCHES
// (default: main,feature/Audio_Fix). Run after `npm run build`; CI runs it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const branches = process.env.PAIRPAC_BRANCHES || "main,feature/Audio_Fix";
const scratch = mkdtempSync(join(tmpdir(), "pairpac-bundle-check-"));

function synth(label, script) {
  const outdir = join(scratch, label);
  const r = spawnSync(process.execPath, [script], { cwd: ROOT, env: { ...process.env, PAIRPAC_BRANCHES: branches, CDKTF_OUTDIR: outdir }, encoding: "utf8" });
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
  const b = join(synth("bundled", join(ROOT, "scripts", "app-launcher.cjs")), "stacks");
  const fa = files(a);
  const fb = files(b);
  const problems = [];
  if (fa.join("\n") !== fb.join("\n")) problems.push(`file lists differ:\n  unbundled: ${fa.join(", ")}\n  bundled:   ${fb.join(", ")}`);
  for (const f of fa.filter((x) => fb.includes(x))) {
    if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) problems.push(`${f} differs`);
  }
  if (fa.length === 0) problems.push("no stack was synthesized");
  if (problems.length > 0) {
    process.stderr.write(`check-app-bundle: the bundled app's output differs from the unbundled app's:\n${problems.join("\n")}\n`);
    process.exit(1);
  }
  process.stdout.write(`check-app-bundle: ${fa.length} stack file(s) for ${branches} identical, bundled and unbundled\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
