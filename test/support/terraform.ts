/**
 * Test support: checks synthesized Terraform JSON against the provider schemas vendored in
 * test/fixtures/terraform-schemas/ with the project's own checker (test/support/tf-schema.ts). Any problem fails the
 * test. Pure Node: nothing outside the repository is read.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { type TerraformStack, Testing } from "cdktf";
import { CONFORMANCE } from "./tier";
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


/**
 * `terraform -chdir=DIR console` with `input`, for the tests that let Terraform itself read or evaluate what PairPac
 * synthesizes. They run in the conformance tier only (jest.conformance.config.js), which needs the Terraform CLI on
 * PATH (1.10 or later; these machines have 1.11, which no registry here can install; nothing is downloaded: the
 * configurations use no provider). A missing binary fails the test with this dependency named, never skips it.
 */
export function terraformConsole(dir: string, input: string): string {
  requireTerraform();
  return execFileSync("terraform", [`-chdir=${dir}`, "console"], { input, encoding: "utf8", env: TERRAFORM_ENV });
}

const TERRAFORM_ENV = { ...process.env, CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: "/dev/null", TF_IN_AUTOMATION: "1" };

function requireTerraform(): void {
  try {
    execFileSync("terraform", ["version"], { stdio: "ignore", env: TERRAFORM_ENV });
  } catch (e) {
    throw new Error(`this conformance test needs the Terraform CLI (1.10+) on PATH to evaluate the synthesized configuration, and it is missing or does not run: ${(e as Error).message}`);
  }
}

/** Result of {@link terraformRun}. */
export interface TerraformRun {
  /** Exit status. */
  readonly status: number;
  /** Standard output and standard error, without colours. */
  readonly output: string;
}

/**
 * `terraform -chdir=DIR <args>` (init, plan, apply, destroy, show, state) with `-no-color` added where Terraform takes
 * it; returns the exit status and the output instead of throwing, so a test can assert on a refusal. Same
 * requirement as {@link terraformConsole}: a missing binary fails the test naming it.
 */
export function terraformRun(dir: string, args: readonly string[]): TerraformRun {
  requireTerraform();
  const withColourFlag = ["init", "plan", "apply", "destroy", "show"].includes(args[0]) ? [args[0], "-no-color", ...args.slice(1)] : [...args];
  const result = spawnSync("terraform", [`-chdir=${dir}`, ...withColourFlag], { encoding: "utf8", env: TERRAFORM_ENV, input: "" });
  if (result.error !== undefined) throw result.error;
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** `test` in the conformance tier; in `npm test` (Node only) the Terraform-evaluating tests are not registered. */
export const conformanceTest: typeof test = CONFORMANCE ? test : ((() => undefined) as unknown as typeof test);
