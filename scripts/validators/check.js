#!/usr/bin/env node
// Checks that every validator of the conformance tier is installed (scripts/validators/tools.txt); exits 1 naming each
// missing command and its package. Used by test/conformance/global-setup.js, install.sh and .ci/run.
"use strict";
const { existsSync, readFileSync } = require("node:fs");
const { delimiter, join } = require("node:path");

/** [command, package] pairs from tools.txt. */
function tools() {
  return readFileSync(join(__dirname, "tools.txt"), "utf8").split("\n").map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#")).map((l) => l.split(/\s+/));
}

/** The validators that are not on PATH (nor in /usr/sbin, /sbin, where Debian puts daemons). */
function missingValidators() {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/sbin"];
  return tools().filter(([command]) => !dirs.some((d) => d !== "" && existsSync(join(d, command))));
}

/** An error message naming every missing validator, or undefined. */
function missingMessage() {
  const missing = missingValidators();
  if (missing.length === 0) return undefined;
  const packages = [...new Set(missing.map(([, p]) => p))];
  return `conformance tier: missing validator(s): ${missing.map(([c, p]) => `${c} (Debian package ${p})`).join(", ")}.\n`
    + `Install them with: sudo scripts/validators/install.sh   (or: apt-get install ${packages.join(" ")})`;
}

module.exports = { tools, missingValidators, missingMessage };

if (require.main === module) {
  const message = missingMessage();
  if (message !== undefined) {
    console.error(message);
    process.exit(1);
  }
  console.log(`all ${tools().length} validators installed`);
}
