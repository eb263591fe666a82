#!/usr/bin/env node
// The smallest app the cdktf CLI accepts: one empty stack named "main" in $CDKTF_OUTDIR. The bench runs
// `cdktf synth --app "node bench/cli-floor-app.cjs"` to measure what the CLI costs by itself, apart from PairPac.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const outdir = process.env.CDKTF_OUTDIR || "cdktf.out";
fs.mkdirSync(path.join(outdir, "stacks", "main"), { recursive: true });
fs.writeFileSync(path.join(outdir, "stacks", "main", "cdk.tf.json"), `${JSON.stringify({ "//": { metadata: { stackName: "main" } }, terraform: { required_providers: {} } })}\n`);
const stack = { name: "main", constructPath: "main", synthesizedStackPath: "stacks/main/cdk.tf.json", workingDirectory: "stacks/main", annotations: [], dependencies: [] };
fs.writeFileSync(path.join(outdir, "manifest.json"), `${JSON.stringify({ version: "0.21.0", stacks: { main: stack } }, null, 2)}\n`);
