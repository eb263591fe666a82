/**
 * Which Git branch (or branches) the app synthesizes.
 *
 * Order: `PAIRPAC_BRANCHES` (comma-separated, several stacks), `PAIRPAC_BRANCH`, the CI variables of
 * GitHub Actions (`GITHUB_HEAD_REF` for pull requests, else `GITHUB_REF_NAME` when `GITHUB_REF_TYPE` is
 * `branch`), GitLab CI (`CI_MERGE_REQUEST_SOURCE_BRANCH_NAME`, `CI_COMMIT_BRANCH`, `CI_COMMIT_REF_NAME`),
 * HCP Terraform (`TFC_CONFIGURATION_VERSION_GIT_BRANCH`), then `git rev-parse --abbrev-ref HEAD` (skipped on a
 * detached HEAD), then `main`.
 */
import { invalid } from "../errors";

/** Where a branch name came from, for the summary printed after synth. */
export interface BranchChoice {
  /** The branch names, in order, without duplicates. */
  readonly branches: readonly string[];
  /** The variable or command the names came from. */
  readonly source: string;
}

/** Reads the current branch from Git; returns undefined when there is no repository or HEAD is detached. */
export type GitBranchReader = () => string | undefined;

const CI_VARIABLES: readonly (readonly [string, (env: Record<string, string | undefined>) => boolean])[] = [
  ["GITHUB_HEAD_REF", () => true],
  ["GITHUB_REF_NAME", (env) => env.GITHUB_REF_TYPE === undefined || env.GITHUB_REF_TYPE === "branch"],
  ["CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", () => true],
  ["CI_COMMIT_BRANCH", () => true],
  ["CI_COMMIT_REF_NAME", (env) => env.CI_COMMIT_TAG === undefined],
  ["TFC_CONFIGURATION_VERSION_GIT_BRANCH", () => true],
];

/** Resolves the branch or branches to synthesize (see the module comment for the order). */
export function resolveBranches(env: Readonly<Record<string, string | undefined>>, git: GitBranchReader): BranchChoice {
  const many = env.PAIRPAC_BRANCHES;
  if (many !== undefined) {
    const branches = many.split(",").map((b) => b.trim());
    if (branches.some((b) => b === "")) {
      throw invalid("PAIRPAC_BRANCHES", many, "must be a comma-separated list of non-empty branch names", "Use e.g. PAIRPAC_BRANCHES=main,feature/audio.");
    }
    const unique = [...new Set(branches)];
    if (unique.length !== branches.length) {
      throw invalid("PAIRPAC_BRANCHES", many, "lists a branch twice", "List each branch once.");
    }
    if (env.PAIRPAC_BRANCH !== undefined) {
      throw invalid("PAIRPAC_BRANCH", env.PAIRPAC_BRANCH, "is set together with PAIRPAC_BRANCHES", "Set only one of them.");
    }
    return { branches: unique, source: "PAIRPAC_BRANCHES" };
  }
  if (env.PAIRPAC_BRANCH !== undefined) {
    if (env.PAIRPAC_BRANCH.trim() === "") {
      throw invalid("PAIRPAC_BRANCH", env.PAIRPAC_BRANCH, "is set but empty", "Unset it to detect the branch, or set a branch name.");
    }
    return { branches: [env.PAIRPAC_BRANCH.trim()], source: "PAIRPAC_BRANCH" };
  }
  for (const [name, applies] of CI_VARIABLES) {
    const v = env[name];
    if (v !== undefined && v.trim() !== "" && applies(env)) return { branches: [v.trim()], source: name };
  }
  const fromGit = git();
  if (fromGit !== undefined && fromGit !== "" && fromGit !== "HEAD") return { branches: [fromGit], source: "git rev-parse --abbrev-ref HEAD" };
  return { branches: ["main"], source: "default" };
}
