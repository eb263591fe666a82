#!/usr/bin/env node
// Bundles the compiled cdktf app (dist/stacks/main.js and everything it requires, cdktf and the provider bindings
// included) into one file, dist/app/pairpac-app.cjs, which scripts/app-launcher.cjs starts with a V8 code cache.
// Why: a synth of one branch spends more time finding, reading and compiling ~640 modules than synthesizing
// (BENCHMARKS.md, "Synthesis"). The bundle is an optimisation of this repository's own app only: the library that
// users import (dist/src/index.js) is not bundled.
import { build } from "esbuild";
import { existsSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ENTRY = join(ROOT, "dist", "stacks", "main.js");
export const BUNDLE = join(ROOT, "dist", "app", "pairpac-app.cjs");

export async function bundleApp() {
  if (!existsSync(ENTRY)) throw new Error(`bundle-app: ${relative(ROOT, ENTRY)} is missing; run \`npm run build\` (tsc) first`);
  const result = await build({
    entryPoints: [ENTRY],
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    keepNames: true, // class and function names stay readable in errors and in construct metadata
    sourcemap: "external",
    legalComments: "linked",
    logLevel: "warning",
  });
  if (result.errors.length > 0) throw new Error(`bundle-app: esbuild reported ${result.errors.length} error(s)`);
  // A code cache belongs to one bundle: the launcher writes a new one on its next run.
  rmSync(`${BUNDLE}.v8cache`, { force: true });
  return { bundle: BUNDLE, bytes: statSync(BUNDLE).size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  bundleApp().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
