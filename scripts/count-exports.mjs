#!/usr/bin/env node
// Counts the runtime exports of the package entry point (dist/src/index.js, so run `npm run -s build` first) and
// lists them, one a line, sorted; `--json` prints the sorted list as JSON. Type-only exports (interfaces, type
// aliases) do not exist at run time and are not counted. test/public-surface.test.ts pins the same list.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "src", "index.js");
const require = createRequire(import.meta.url);
let api;
try {
  api = require(entry);
} catch (e) {
  console.error(`count-exports: cannot load ${entry} (${e.message}); run \`npm run -s build\` first.`);
  process.exit(1);
}
const names = Object.keys(api).filter((name) => name !== "__esModule").sort();
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(names, null, 2));
} else {
  for (const name of names) console.log(name);
  console.log(`${names.length} runtime exports`);
}
