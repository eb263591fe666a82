#!/usr/bin/env node
// Starts the bundled cdktf app (dist/app/pairpac-app.cjs, made by scripts/bundle-app.mjs) with a V8 code cache kept
// beside it, so a synth does not compile the bundle again. Falls back to dist/stacks/main.js when there is no
// bundle (a tsc-only build). `node scripts/app-launcher.cjs` is what `npm run synth` and `cdktf synth` run.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

const ROOT = path.join(__dirname, "..");
const BUNDLE = path.join(ROOT, "dist", "app", "pairpac-app.cjs");
const UNBUNDLED = path.join(ROOT, "dist", "stacks", "main.js");

/** Writes `data` to `file` through a temporary file and a rename, so a concurrent reader never sees half a cache. */
function writeAtomically(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(tmp, { force: true }); // a read-only checkout runs without a cache
  }
}

/**
 * Loads the bundle as a CommonJS module and returns its exports. The bundle is compiled with the cached data in
 * `<bundle>.v8cache` when V8 accepts it; otherwise a fresh cache is written when the process exits (V8 rejects a cache
 * made by another Node version or for another bundle, so a stale one costs one normal compile).
 */
function loadBundle(file = BUNDLE) {
  const cacheFile = `${file}.v8cache`;
  const source = fs.readFileSync(file, "utf8");
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once("exit", () => writeAtomically(cacheFile, script.createCachedData()));
  }
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const localRequire = (id) => mod.require(id);
  localRequire.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  localRequire.main = process.mainModule;
  localRequire.cache = Module._cache;
  script.runInThisContext()(mod.exports, localRequire, mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

/** The app's exports (`cli`, `runApp`, ...): the bundle when it exists, else the tsc output. */
function loadApp() {
  return fs.existsSync(BUNDLE) ? loadBundle(BUNDLE) : require(UNBUNDLED);
}

module.exports = { loadApp, loadBundle, BUNDLE, UNBUNDLED };

if (require.main === module) loadApp().cli();
