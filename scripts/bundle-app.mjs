#!/usr/bin/env node
// Bundles the compiled cdktf app (dist/stacks/main.js and everything it requires, cdktf and the provider bindings
// included) into one file, dist/app/pairpac-app.cjs, which scripts/app-launcher.cjs starts with a V8 code cache.
// Why: a synth of one branch spends more time finding, reading and compiling ~640 modules than synthesizing
// (BENCHMARKS.md, "Synthesis"). The bundle is an optimisation of this repository's own app only: the library that
// users import (dist/src/index.js) is not bundled.
import { build } from "esbuild";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ENTRY = join(ROOT, "dist", "stacks", "main.js");
export const BUNDLE = join(ROOT, "dist", "app", "pairpac-app.cjs");

/**
 * Requires of cdktf 0.21 that a synth does not need, made lazy in the bundle: `archiver` (zips a TerraformAsset
 * directory; with lodash, glob and the stream libraries it pulls in about 190 of the ~380 modules `require("cdktf")`
 * runs) and `semver` (checks a binary's version, 45 modules). Each statement is replaced by a binding that requires
 * the module on first use, so an app that uses either still gets it. A rewrite that finds its statement missing fails
 * the build (a new cdktf version must be looked at again), and so does a rewrite that was not applied.
 */
export const LAZY_REQUIRES = [
  {
    file: "cdktf/lib/private/fs.js",
    statement: 'const archiver = require("archiver");',
    lazy: 'let archiverModule;\nconst archiver = (...args) => (archiverModule ??= require("archiver"))(...args);',
  },
  {
    file: "cdktf/lib/validations/validate-binary-version.js",
    statement: 'const semver = require("semver");',
    lazy: 'let semverModule;\nconst semver = { satisfies: (...args) => (semverModule ??= require("semver")).satisfies(...args) };',
  },
  // child_process (which loads net and stream) for a `terraform version` check, for copying an asset and for the
  // testing matchers' `terraform validate`, none of which our synth does: about 20 ms of loading.
  ...["cdktf/lib/validations/validate-binary-version.js", "cdktf/lib/private/fs.js", "cdktf/lib/testing/matchers.js"].map((file) => ({
    file,
    statement: 'const child_process_1 = require("child_process");',
    lazy: 'let childProcessModule;\nconst child_process_1 = { execSync: (...args) => (childProcessModule ??= require("child_process")).execSync(...args) };',
  })),
];

/**
 * cdktf 0.21 modules the bundle replaces with this repository's own: where tokens record their creation stack,
 * formatted only when read (scripts/bundle/lazy-stack-trace.cjs says why). Same rules as {@link LAZY_REQUIRES}.
 */
export const REPLACED_MODULES = [
  { file: "cdktf/lib/tokens/private/stack-trace.js", exports: "exports.captureStackTrace = captureStackTrace;", by: join(ROOT, "scripts", "bundle", "lazy-stack-trace.cjs") },
];

/** The esbuild plugin applying {@link LAZY_REQUIRES} and {@link REPLACED_MODULES}; `applied` collects the rewrites and replacements it made. */
function lazyRequires(applied) {
  const slash = (p) => p.split("\\").join("/");
  return {
    name: "pairpac-lazy-requires",
    setup(b) {
      b.onLoad({ filter: /[\\/]cdktf[\\/]lib[\\/].*\.js$/ }, (args) => {
        const source = () => readFileSync(args.path, "utf8");
        const replaced = REPLACED_MODULES.find((r) => slash(args.path).endsWith(`/node_modules/${r.file}`));
        if (replaced !== undefined) {
          // The replacement must keep the module's interface: it exports what the original exports, nothing else.
          const exported = (text) => [...text.matchAll(/^exports\.(\w+) = /gm)].map((m) => m[1]).sort().join(",");
          const own = readFileSync(replaced.by, "utf8");
          if (!source().includes(replaced.exports) || exported(source()) !== exported(own)) {
            throw new Error(`bundle-app: ${replaced.file} no longer exports what ${relative(ROOT, replaced.by)} does; look at REPLACED_MODULES again for this cdktf version`);
          }
          applied.add(replaced);
          return { contents: own, loader: "js" };
        }
        const rewrites = LAZY_REQUIRES.filter((r) => slash(args.path).endsWith(`/node_modules/${r.file}`));
        if (rewrites.length === 0) return undefined;
        let text = source();
        for (const rewrite of rewrites) {
          if (text.split(rewrite.statement).length !== 2) {
            throw new Error(`bundle-app: ${rewrite.file} no longer holds \`${rewrite.statement}\` exactly once; update LAZY_REQUIRES for this cdktf version`);
          }
          text = text.replace(rewrite.statement, rewrite.lazy);
          applied.add(rewrite);
        }
        return { contents: text, loader: "js" };
      });
    },
  };
}

export async function bundleApp() {
  if (!existsSync(ENTRY)) throw new Error(`bundle-app: ${relative(ROOT, ENTRY)} is missing; run \`npm run build\` (tsc) first`);
  const applied = new Set();
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
    plugins: [lazyRequires(applied)],
  });
  if (result.errors.length > 0) throw new Error(`bundle-app: esbuild reported ${result.errors.length} error(s)`);
  const missed = [...LAZY_REQUIRES, ...REPLACED_MODULES].filter((r) => !applied.has(r));
  if (missed.length > 0) throw new Error(`bundle-app: ${missed.map((r) => r.file).join(", ")} not bundled; update LAZY_REQUIRES for this cdktf version`);
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
