import { invalid } from "../../errors";
import { validateBranchName } from "./branch-name";

/** Tag key holding the (start of the) branch name. */
export const BRANCH_TAG = "pairpac:branch";
/** Tag key holding the branch's DNS label, a readable short form. */
export const BRANCH_LABEL_TAG = "pairpac:branch-label";
/** Tag key marking resources PairPac manages. */
export const MANAGED_BY_TAG = "pairpac:managed-by";
/** Value of {@link MANAGED_BY_TAG}. */
export const MANAGED_BY_VALUE = "pairpac";
/** Longest tag value AWS accepts (OCI free-form tags allow the same). */
export const MAX_TAG_VALUE_LENGTH = 256;
/** Marks a branch stored as base64url of its UTF-8 bytes. Git branch names never contain ":", so it is unambiguous. */
export const ENCODED_PREFIX = "b64:";

/**
 * Branch names made only of these characters are stored verbatim: the characters every AWS service and OCI accept
 * in tag values, restricted to ASCII (":" and " " are allowed by AWS but never occur in a branch name).
 */
const VERBATIM = /^[A-Za-z0-9_./=+@-]+$/;
const CONTINUATION = /^pairpac:branch-([0-9]+)$/;
const FIELD = "tags";
const FIX = "Pass the tags of a resource PairPac created (they carry pairpac:branch and, for long names, pairpac:branch-1, -2, ...).";

/**
 * The tag entries that carry `branch` exactly: the verbatim name when it only has tag-safe characters, otherwise
 * `b64:` + base64url(UTF-8), split into values of at most 256 characters under `pairpac:branch`,
 * `pairpac:branch-1`, `pairpac:branch-2`, ...
 */
export function branchTagEntries(branch: string): Array<[string, string]> {
  const value = VERBATIM.test(branch) ? branch : ENCODED_PREFIX + Buffer.from(branch, "utf8").toString("base64url");
  const entries: Array<[string, string]> = [];
  for (let start = 0, part = 0; start < value.length; start += MAX_TAG_VALUE_LENGTH, part++) {
    entries.push([part === 0 ? BRANCH_TAG : `${BRANCH_TAG}-${part}`, value.slice(start, start + MAX_TAG_VALUE_LENGTH)]);
  }
  return entries;
}

/**
 * Reads the branch back from tags written by {@link branchTagEntries}; other tags are ignored. Throws a
 * PairPacError when the branch tags are missing, incomplete, not in the canonical form or not a valid branch.
 */
export function branchFromTagEntries(tags: unknown): string {
  if (typeof tags !== "object" || tags === null || Array.isArray(tags)) {
    throw invalid(FIELD, tags, "must be an object mapping tag keys to values", FIX);
  }
  const record = tags as Record<string, unknown>;
  const head = record[BRANCH_TAG];
  if (!Object.prototype.hasOwnProperty.call(record, BRANCH_TAG) || typeof head !== "string") {
    throw invalid(FIELD, tags, `must contain a ${JSON.stringify(BRANCH_TAG)} tag with a string value`, FIX);
  }
  const parts = new Map<number, string>();
  for (const [key, value] of Object.entries(record)) {
    const match = CONTINUATION.exec(key);
    if (match === null) {
      continue;
    }
    const index = Number(match[1]);
    if (typeof value !== "string" || String(index) !== match[1] || index === 0) {
      throw invalid(FIELD, tags, `must not contain the malformed continuation tag ${JSON.stringify(key)} (continuations are ${JSON.stringify(`${BRANCH_TAG}-1`)}, -2, ... with string values)`, FIX);
    }
    parts.set(index, value);
  }
  let joined = head;
  for (let index = 1; index <= parts.size; index++) {
    const part = parts.get(index);
    if (part === undefined) {
      throw invalid(FIELD, tags, `must contain ${JSON.stringify(`${BRANCH_TAG}-${index}`)} (continuation tags are numbered from 1 without gaps)`, FIX);
    }
    joined += part;
  }
  let branch: string;
  if (joined.startsWith(ENCODED_PREFIX)) {
    const payload = joined.slice(ENCODED_PREFIX.length);
    const bytes = Buffer.from(payload, "base64url");
    if (!/^[A-Za-z0-9_-]*$/.test(payload) || bytes.toString("base64url") !== payload) {
      throw invalid(FIELD, tags, "must hold canonical base64url after \"b64:\" in the branch tags", FIX);
    }
    try {
      branch = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw invalid(FIELD, tags, "must hold a branch encoded as UTF-8", FIX);
    }
  } else {
    branch = joined;
  }
  validateBranchName(branch, `${FIELD}[${JSON.stringify(BRANCH_TAG)}] (decoded)`);
  const expected = branchTagEntries(branch);
  const canonical = expected.length === parts.size + 1 && expected.every(([key, value]) => record[key] === value);
  if (!canonical) {
    throw invalid(FIELD, tags, "must hold the branch in the form PairPac writes (verbatim when tag-safe, otherwise \"b64:\", split every 256 characters)", FIX);
  }
  return branch;
}
