/**
 * Test support: checks synthesized Terraform JSON against the provider schemas with the project's schema checker
 * (`tf-schema-check.mjs --strict`). Any error or warning fails the test; a missing checker is a failure too.
 * The checker and schemas live in `<repo>/../shared` unless PAIRPAC_SHARED_DIR points elsewhere.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type TerraformStack, Testing } from "cdktf";

/** Folder holding tools/tf-schema-check.mjs and schemas/. */
export const SHARED_DIR = process.env.PAIRPAC_SHARED_DIR ?? resolve(__dirname, "..", "..", "..", "shared");

/** Runs the strict schema check on `synthesized` (the string Testing.synth returns, or an object). */
export function expectValidTerraform(synthesized: string | object): void {
  const tool = join(SHARED_DIR, "tools", "tf-schema-check.mjs");
  const schemas = join(SHARED_DIR, "schemas");
  if (!existsSync(tool) || !existsSync(schemas)) {
    throw new Error(`tf-schema-check not found at ${tool} (schemas ${schemas}); set PAIRPAC_SHARED_DIR`);
  }
  const dir = mkdtempSync(join(tmpdir(), "pairpac-tf-"));
  try {
    const file = join(dir, "cdk.tf.json");
    writeFileSync(file, typeof synthesized === "string" ? synthesized : JSON.stringify(synthesized));
    const run = spawnSync(process.execPath, [tool, "--strict", "--schemas", schemas, file], { encoding: "utf8" });
    if (run.status !== 0 || !/0 error\(s\), 0 warning\(s\)/.test(run.stdout + run.stderr)) {
      throw new Error(`tf-schema-check failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Synthesized Terraform JSON of a stack, parsed (loose typing for assertions). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TfJson = Record<string, any>;

/** Synthesizes `stack` with cdktf's validations on, checks it against the provider schemas, returns it parsed. */
export function synthChecked(stack: TerraformStack): TfJson {
  const text = Testing.synth(stack, true);
  expectValidTerraform(text);
  return JSON.parse(text) as TfJson;
}

