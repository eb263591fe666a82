// jest globalSetup / globalTeardown of `npm test` and `npm run test:conformance`: every temporary folder the tests
// make goes into one folder per run, removed at the end. cdktf's Testing.app() and Testing.synth() leave a
// `cdktf.outdir.*` folder in the system temporary folder per app (about 300 per run). os.tmpdir() reads TMPDIR, and the
// workers jest starts after the global setup inherit it.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const KEY = "PAIRPAC_JEST_TMPDIR";

async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-jest-"));
  // Traversable by other users, as the system's temporary folder is: the conformance tier's nginx workers and
  // unprivileged services read files the tests write below it (mkdtemp makes 0700).
  fs.chmodSync(dir, 0o755);
  process.env[KEY] = dir;
  process.env.TMPDIR = dir;
}

async function teardown() {
  const dir = process.env[KEY];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

module.exports = { setup, teardown };
