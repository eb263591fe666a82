/**
 * Test support: checks synthesized Terraform JSON against the provider schemas vendored in
 * test/fixtures/terraform-schemas/ with the project's own checker (test/support/tf-schema.ts). Any problem fails the
 * test. Pure Node: nothing outside the repository is read.
 */
import { type TerraformStack, Testing } from "cdktf";
import { checkTerraformJson, formatProblems, VENDORED_SCHEMA_DIR } from "./tf-schema";

/** Folder of the vendored provider schemas. */
export const SCHEMA_DIR = VENDORED_SCHEMA_DIR;

/** Checks `synthesized` (the string Testing.synth returns, or a parsed object); throws listing every problem. */
export function expectValidTerraform(synthesized: string | object): void {
  const config: unknown = typeof synthesized === "string" ? JSON.parse(synthesized) : synthesized;
  const problems = checkTerraformJson(config);
  if (problems.length > 0) {
    throw new Error(`synthesized Terraform does not conform to the provider schemas (${problems.length} problem(s)):\n${formatProblems(problems)}`);
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

