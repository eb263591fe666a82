#!/usr/bin/env bash
# Checks every example app in examples/ the way a user runs it: compiled by its own tsconfig.json, synthesized by the
# cdktf CLI from its own cdktf.json (two branches each), and every synthesized stack checked against the provider
# schemas. Also checks the CI example (YAML parses, the helper and every `run:` block pass shellcheck).
# Exits non-zero on the first failure.
#
# How "pairpac" resolves: the library is built into dist/ and examples/node_modules/pairpac is a stub package whose
# package.json points "main"/"types" at ../../../dist/src/index.{js,d.ts}: the examples import it exactly as a user
# imports the installed package, and cdktf, constructs and the providers resolve from the repository's node_modules
# (one copy, so construct types match).
#
#   bash scripts/check-examples.sh            (SHARED_DIR=<dir> to point at the shared schemas and tools)
set -Eeuo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
SHARED="${SHARED_DIR:-$(cd .. && pwd)/shared}"
export CHECKPOINT_DISABLE=1
export PATH="$ROOT/node_modules/.bin:$PATH"
EXAMPLES=(aws-only mixed-clouds-hcp desktop-without-mail)
BRANCHES="main,feature/Example_Branch"
trap 'echo "check-examples FAILED at: ${BASH_COMMAND}" >&2' ERR
step() { printf '\n--> %s\n' "$*"; }

[ -f "$SHARED/tools/tf-schema-check.mjs" ] || { echo "missing $SHARED/tools/tf-schema-check.mjs (set SHARED_DIR)" >&2; exit 1; }

step "build the library (dist/)"
tsc -p tsconfig.build.json

step "stub package examples/node_modules/pairpac -> dist/"
rm -rf examples/node_modules
mkdir -p examples/node_modules/pairpac
node -e '
  const fs = require("node:fs");
  const root = JSON.parse(fs.readFileSync("package.json", "utf8"));
  const stub = { name: root.name, version: root.version, main: "../../../dist/src/index.js", types: "../../../dist/src/index.d.ts" };
  fs.writeFileSync("examples/node_modules/pairpac/package.json", JSON.stringify(stub, null, 2) + "\n");
'
(cd examples && node -e 'const p = require("pairpac"); if (typeof p.BranchStack !== "function") { throw new Error("pairpac does not export BranchStack"); }')

for ex in "${EXAMPLES[@]}"; do
  dir="examples/$ex"
  step "$ex: compile (tsc -p $dir)"
  for f in main.ts cdktf.json tsconfig.json; do
    [ -f "$dir/$f" ] || { echo "$dir has no $f" >&2; exit 1; }
  done
  rm -rf "$dir/dist" "$dir/cdktf.out"
  tsc -p "$dir"

  step "$ex: cdktf synth (branches $BRANCHES)"
  (cd "$dir" && env -u PAIRPAC_BRANCH PAIRPAC_BRANCHES="$BRANCHES" cdktf synth >/tmp/pairpac-example-"$ex".log 2>&1) || {
    cat /tmp/pairpac-example-"$ex".log >&2
    exit 1
  }
  count="$(find "$dir/cdktf.out/stacks" -mindepth 2 -maxdepth 2 -name cdk.tf.json | wc -l)"
  [ "$count" -eq 2 ] || { echo "$ex: expected 2 stacks in $dir/cdktf.out/stacks, found $count" >&2; exit 1; }
  [ -f "$dir/cdktf.out/stacks/main/cdk.tf.json" ] || { echo "$ex: no stack 'main'" >&2; exit 1; }

  step "$ex: schema check"
  node "$SHARED/tools/tf-schema-check.mjs" --strict --schemas "$SHARED/schemas" "$dir"/cdktf.out/stacks/*/cdk.tf.json
done

step "CI example: YAML, helper and run blocks (shellcheck)"
# shellcheck disable=SC2016 # JavaScript, not shell
node -e '
  const fs = require("node:fs");
  const YAML = require("yaml");
  const doc = YAML.parseDocument(fs.readFileSync("examples/ci/github-actions.yml", "utf8"), { prettyErrors: true });
  if (doc.errors.length > 0) { throw new Error(doc.errors.map(String).join("\n")); }
  const wf = doc.toJS();
  for (const key of ["name", "on", "jobs"]) if (!(key in wf)) throw new Error(`github-actions.yml: no "${key}"`);
  const out = "/tmp/pairpac-ci-run-blocks";
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out);
  let n = 0;
  for (const [job, def] of Object.entries(wf.jobs)) {
    if (!Array.isArray(def.steps) || def.steps.length === 0) throw new Error(`job ${job} has no steps`);
    for (const step of def.steps) {
      if (typeof step.run !== "string") continue;
      // GitHub expressions are replaced by a plain word, as the runner substitutes them before bash runs.
      const body = step.run.replace(/\$\{\{[^}]*\}\}/g, "expr");
      fs.writeFileSync(`${out}/${job}-${++n}.sh`, "#!/usr/bin/env bash\nset -eo pipefail\n" + body);
    }
  }
  if (n === 0) throw new Error("no run blocks found");
'
shellcheck examples/ci/pairpac-ci.sh /tmp/pairpac-ci-run-blocks/*.sh

echo
echo "examples: all ${#EXAMPLES[@]} compiled, synthesized and schema-checked; CI example checked"
