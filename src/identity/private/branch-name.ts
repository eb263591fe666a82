import { invalid } from "../../errors";

/**
 * Longest branch name PairPac accepts, in UTF-8 bytes. Derived from the tags: the branch is stored in tag values of
 * at most 256 characters; 512 bytes, base64url-encoded with its 4-character marker, need at most 687 characters, so
 * the branch never takes more than 3 tags and PairPac's own tags stay at 5 (10 free-form tags per resource is the
 * lowest OCI limit reported; AWS allows 50). Raising it later renames nothing.
 */
export const MAX_BRANCH_BYTES = 512;

/** Characters Git refuses anywhere in a ref name besides control characters and space (git check-ref-format rules 4, 5, 10). */
const GIT_FORBIDDEN_CHARACTERS = ["~", "^", ":", "?", "*", "[", "\\"];

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks that `branch` is a name `git check-ref-format --branch` accepts and that PairPac can map, and throws a
 * {@link PairPacError} naming the rule otherwise. PairPac is stricter than Git in four points: it rejects names
 * without any letter, digit or non-ASCII character (only separators such as `_` or `#-`), the name `@` (Git reads
 * it as HEAD), names longer than {@link MAX_BRANCH_BYTES} UTF-8 bytes, and strings that are not well-formed UTF-16.
 */
export function validateBranchName(branch: unknown, field: string = "branch"): string {
  if (typeof branch !== "string") {
    throw invalid(field, branch, "must be a string", "Pass the Git branch name as a string, e.g. \"main\".");
  }
  if (branch.length === 0) {
    throw invalid(field, branch, "must not be empty", "Pass the Git branch name, e.g. \"main\" (in CI, the branch that triggered the build).");
  }
  if (UNPAIRED_SURROGATE.test(branch)) {
    throw invalid(field, branch, "must be well-formed Unicode (it contains an unpaired UTF-16 surrogate)",
      "Pass the branch name exactly as Git prints it (git branch --show-current).");
  }
  const bytes = Buffer.byteLength(branch, "utf8");
  if (bytes > MAX_BRANCH_BYTES) {
    throw invalid(field, branch, `is ${bytes} bytes long in UTF-8; PairPac supports at most ${MAX_BRANCH_BYTES}`,
      "Use a shorter branch name (the branch must fit in the resources' tags).");
  }
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f]/.exec(branch);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw invalid(field, branch, `must not contain control characters (found U+${code})`,
      `Git does not allow them in branch names; rename the branch, e.g. to ${JSON.stringify(suggestBranchName(branch))}.`);
  }
  if (branch.includes(" ")) {
    throw invalid(field, branch, "must not contain spaces",
      `Git does not allow them in branch names; use "-" instead, e.g. ${JSON.stringify(suggestBranchName(branch))}.`);
  }
  for (const character of GIT_FORBIDDEN_CHARACTERS) {
    if (branch.includes(character)) {
      throw invalid(field, branch, `must not contain ${JSON.stringify(character)}`,
        `Git does not allow it in branch names; rename the branch, e.g. to ${JSON.stringify(suggestBranchName(branch))}.`);
    }
  }
  if (branch.includes("..")) {
    throw invalid(field, branch, "must not contain \"..\"",
      `Git does not allow it in branch names; rename the branch, e.g. to ${JSON.stringify(suggestBranchName(branch))}.`);
  }
  if (branch.includes("@{")) {
    throw invalid(field, branch, "must not contain \"@{\"",
      `Git reads it as a reflog expression; rename the branch, e.g. to ${JSON.stringify(suggestBranchName(branch))}.`);
  }
  if (branch === "@") {
    throw invalid(field, branch, "must not be \"@\"", "Git reads \"@\" as HEAD; pass the name of the branch itself, e.g. \"main\".");
  }
  if (branch === "HEAD") {
    throw invalid(field, branch, "must not be \"HEAD\"", "Pass the name of the checked-out branch (git branch --show-current), e.g. \"main\".");
  }
  if (branch.startsWith("-")) {
    throw invalid(field, branch, "must not start with \"-\"",
      `Git would read it as an option; rename the branch, e.g. to ${JSON.stringify(suggestBranchName(branch))}.`);
  }
  if (branch.startsWith("/") || branch.endsWith("/") || branch.includes("//")) {
    throw invalid(field, branch, "must not start or end with \"/\" or contain \"//\"",
      `Git does not allow empty name parts; use ${JSON.stringify(suggestBranchName(branch))}.`);
  }
  for (const part of branch.split("/")) {
    if (part.startsWith(".")) {
      throw invalid(field, branch, `must not have a part starting with "." (${JSON.stringify(part)})`,
        `Git does not allow it in branch names; rename the branch, e.g. to ${JSON.stringify(suggestBranchName(branch))}.`);
    }
    if (part.endsWith(".lock")) {
      throw invalid(field, branch, `must not have a part ending with ".lock" (${JSON.stringify(part)})`,
        `Git reserves it for lock files; rename the branch, e.g. to ${JSON.stringify(suggestBranchName(branch))}.`);
    }
  }
  if (branch.endsWith(".")) {
    throw invalid(field, branch, "must not end with \".\"",
      `Git does not allow it in branch names; rename the branch, e.g. to ${JSON.stringify(suggestBranchName(branch))}.`);
  }
  if (!/[A-Za-z0-9]|\P{ASCII}/u.test(branch)) {
    throw invalid(field, branch, "must contain a letter or digit (it is made only of separators)",
      "PairPac derives readable names from the branch; rename it, e.g. to \"main\" or \"feature/audio\".");
  }
  return branch;
}

/**
 * A valid branch name close to `branch`, for error messages: every character Git refuses becomes "-", runs of
 * "-", "." and "/" collapse, parts are stripped of leading dots and ".lock", and leading/trailing separators go.
 */
export function suggestBranchName(branch: string): string {
  const parts = branch
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020\u007f~^:?*[\\]|@\{/g, "-")
    .split("/")
    .map((part) => part.replace(/\.{2,}/g, ".").replace(/-{2,}/g, "-").replace(/^[.-]+/, "").replace(/[.-]+$/, "").replace(/(\.lock)+$/, "").replace(/[.-]+$/, ""))
    .filter((part) => part.length > 0);
  const candidate = parts.join("/");
  return candidate.length > 0 && candidate !== "@" && candidate !== "HEAD" && /[A-Za-z0-9]|\P{ASCII}/u.test(candidate) ? candidate : "main";
}
