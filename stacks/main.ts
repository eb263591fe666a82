/**
 * The PairPac cdktf app: one {@link BranchStack} per Git branch, configured from the environment and cdktf
 * context (see README "Settings"). Run with `npm run synth` (or `npx cdktf synth`).
 *
 * Nothing is written unless every stack builds and validates: the app synthesizes into a fresh folder next to
 * the output folder and moves it into place at the end.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "cdktf";
import { resolveBranches, type GitBranchReader } from "../src/settings/branch-source";
import { loadSettings } from "../src/settings/settings";
import { BranchStack } from "./branch-stack";
import { stackPropsFromSettings } from "./settings-to-props";
import { formatSummary } from "./summary";

/** Options of {@link runApp}; every field has a default suited to the command line. */
export interface RunAppOptions {
  /**
   * Environment variables to read settings from.
   * @default process.env
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Output folder.
   * @default $CDKTF_OUTDIR, else "cdktf.out"
   */
  readonly outdir?: string;
  /**
   * cdktf context (what `cdktf.json` → `context` holds).
   * @default the CLI's context, else the `context` of ./cdktf.json
   */
  readonly context?: Record<string, unknown>;
  /**
   * Reads the current Git branch.
   * @default `git rev-parse --abbrev-ref HEAD` in the working directory
   */
  readonly git?: GitBranchReader;
}

/** The result of one run: the stacks that were written. */
export interface RunAppResult {
  /** The output folder. */
  readonly outdir: string;
  /** One stack per branch, in order. */
  readonly stacks: readonly BranchStack[];
  /** Where the branch names came from. */
  readonly branchSource: string;
  /** Settings whose value is an embedded placeholder. */
  readonly placeholders: readonly string[];
}

/** Reads the current branch with Git; undefined outside a repository. */
export const gitBranch: GitBranchReader = () => {
  try {
    // Required here, not at the top: child_process (with net and stream) costs about 20 ms to load, and a synth
    // whose branches are given (PAIRPAC_BRANCH, PAIRPAC_BRANCHES, CI variables) never starts Git.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
    return execFileSync("git", ["rev-parse", "--abbrev-ref", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
};

function defaultContext(): Record<string, unknown> {
  if (process.env.CDKTF_CONTEXT_JSON) return JSON.parse(process.env.CDKTF_CONTEXT_JSON) as Record<string, unknown>;
  try {
    const config = JSON.parse(fs.readFileSync("cdktf.json", "utf8")) as { context?: Record<string, unknown> };
    return config.context ?? {};
  } catch {
    return {};
  }
}

/**
 * True when the cdktf CLI started this app: it adds `cdktfRelativeModules` to the context it passes in
 * CDKTF_CONTEXT_JSON (cdktf-cli 0.21, @cdktf/cli-core synth-stack.js).
 */
function ranByCdktfCli(context: Record<string, unknown>): boolean {
  return Object.prototype.hasOwnProperty.call(context, "cdktfRelativeModules");
}

/**
 * Moves a complete synth from `staging` into `outdir` without touching what Terraform keeps beside each stack's
 * cdk.tf.json (`.terraform/`, `.terraform.lock.hcl`, a local state): every synthesized file replaces its old copy,
 * the manifest is written last. A stack directory of an earlier run whose stack is gone is removed, except under
 * the cdktf CLI, which removes those itself after reading the manifest (and fails when one is already gone).
 */
function commitOutput(staging: string, outdir: string, options: { underCdktfCli: boolean }): void {
  if (!fs.existsSync(outdir)) {
    fs.renameSync(staging, outdir); // nothing to keep: the staged synth becomes the output folder
    return;
  }
  const stagedStacks = path.join(staging, "stacks");
  const stacksDir = path.join(outdir, "stacks");
  fs.mkdirSync(stacksDir, { recursive: true });
  const fresh = fs.existsSync(stagedStacks) ? fs.readdirSync(stagedStacks) : [];
  /** Moves a file or a directory's contents over `target`, leaving what only `target` has. */
  const moveOver = (source: string, target: string): void => {
    if (fs.statSync(source).isDirectory() && fs.existsSync(target) && fs.statSync(target).isDirectory()) {
      for (const entry of fs.readdirSync(source)) moveOver(path.join(source, entry), path.join(target, entry));
    } else {
      fs.rmSync(target, { recursive: true, force: true });
      fs.renameSync(source, target);
    }
  };
  for (const name of fresh) moveOver(path.join(stagedStacks, name), path.join(stacksDir, name));
  if (!options.underCdktfCli) {
    for (const old of fs.readdirSync(stacksDir)) {
      if (!fresh.includes(old)) fs.rmSync(path.join(stacksDir, old), { recursive: true, force: true });
    }
  }
  for (const entry of fs.readdirSync(staging)) {
    if (entry !== "stacks" && entry !== "manifest.json") moveOver(path.join(staging, entry), path.join(outdir, entry));
  }
  fs.renameSync(path.join(staging, "manifest.json"), path.join(outdir, "manifest.json"));
}

/** Builds and synthesizes the app; throws (writing nothing) on a bad setting or a failed validation. */
export function runApp(options: RunAppOptions = {}): RunAppResult {
  const env = options.env ?? process.env;
  const outdir = path.resolve(options.outdir ?? env.CDKTF_OUTDIR ?? "cdktf.out");
  const context = options.context ?? defaultContext();
  const choice = resolveBranches(env, options.git ?? gitBranch);
  const settings = loadSettings({ env, context: (key) => context[key] });

  const staging = `${outdir}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    const app = new App({ outdir: staging, context });
    const stacks = choice.branches.map((branch) => {
      const props = stackPropsFromSettings(branch, settings);
      return new BranchStack(app, props.identity.stackName, props);
    });
    app.synth();
    commitOutput(staging, outdir, { underCdktfCli: ranByCdktfCli(context) });
    return { outdir, stacks, branchSource: choice.source, placeholders: settings.placeholders };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** The command line: synthesizes from the environment, prints the summary; on an error prints it and sets exit code 1. */
export function cli(): void {
  try {
    const result = runApp();
    process.stdout.write(formatSummary(result));
  } catch (e) {
    process.stderr.write(`pairpac: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) cli();
