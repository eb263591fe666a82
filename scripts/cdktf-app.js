#!/usr/bin/env node
// The app `cdktf synth` runs (cdktf.json "app"). It compiles the project only when a source is newer than the last
// build this script made (so `cdktf synth` after an edit is never stale, and costs no compile when nothing changed),
// bundles it (scripts/bundle-app.mjs), then synthesizes in this process with the bundle (scripts/app-launcher.cjs).
"use strict";
const { spawnSync } = require("node:child_process");
const { existsSync, readdirSync, statSync, utimesSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
/** Written after each build this script makes, dated when that build started. */
const STAMP_NAME = join("dist", ".cdktf-app-build");
const SOURCES = ["src", "cloudinit", "constructs", "stacks", ".gen"];
const CONFIG = ["tsconfig.json", "tsconfig.build.json", "package-lock.json"];

/** Newest modification time (ms) of the TypeScript sources and the compiler configuration below `root`. */
function newestSource(root) {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCES) if (existsSync(join(root, dir))) visit(join(root, dir));
  for (const file of CONFIG) if (existsSync(join(root, file))) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

/** True when `root` has no build by this script yet, or a source or compiler setting changed since it started. */
function needsBuild(root) {
  const stamp = join(root, STAMP_NAME);
  if (!existsSync(stamp) || !existsSync(join(root, "dist", "stacks", "main.js")) || !existsSync(join(root, "dist", "app", "pairpac-app.cjs"))) return true;
  return newestSource(root) > statSync(stamp).mtimeMs;
}

function main() {
  if (needsBuild(ROOT)) {
    const started = new Date();
    const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.build.json")], { cwd: ROOT, stdio: "inherit" });
    if (tsc.status !== 0) {
      process.stderr.write("pairpac: the TypeScript build failed (see above); nothing was synthesized\n");
      process.exit(1);
    }
    const bundle = spawnSync(process.execPath, [join(ROOT, "scripts", "bundle-app.mjs")], { cwd: ROOT, stdio: "inherit" });
    if (bundle.status !== 0) {
      process.stderr.write("pairpac: bundling the app failed (see above); nothing was synthesized\n");
      process.exit(1);
    }
    const stamp = join(ROOT, STAMP_NAME);
    writeFileSync(stamp, `build started ${started.toISOString()}\n`);
    utimesSync(stamp, started, started); // a source saved during the build is newer, so the next run builds again
  }
  require("./app-launcher.cjs").loadApp().cli();
}

module.exports = { needsBuild, STAMP_NAME };

if (require.main === module) main();
