import { invalid } from "../errors";
import { MAX_BRANCH_BYTES, validateBranchName } from "./private/branch-name";
import {
  BRANCH_LABEL_TAG, BRANCH_TAG, MANAGED_BY_TAG, MANAGED_BY_VALUE, branchFromTagEntries, branchTagEntries,
} from "./private/branch-tags";
import {
  COMPARTMENT_RULE, DNS_LABEL_RULE, HASH_LENGTH, STACK_RULE, WORKSPACE_RULE, branchHash, nameFor,
} from "./private/name-rule";
import { MAX_PARENT_DOMAIN_LENGTH, normaliseParentDomain } from "./private/parent-domain";

/** Input of {@link BranchIdentity.of}. */
export interface BranchIdentityProps {
  /**
   * The Git branch name exactly as Git prints it (`git branch --show-current`), e.g. `main` or
   * `feature/Audio_fix`. Any name `git check-ref-format --branch` accepts, up to 512 UTF-8 bytes, except names
   * made only of separators and `@`.
   */
  readonly branch: string;
  /**
   * The domain under which every branch gets its own DNS zone, e.g. `pairpac.example.org`. At most 173
   * characters (room for the branch label and `_acme-challenge.`); upper case and one trailing dot are accepted
   * and normalised away.
   */
  readonly parentDomain: string;
}

/** Plain-object view of a {@link BranchIdentity}, e.g. for logs, outputs and snapshot tests. */
export interface BranchIdentityJson {
  /** {@link BranchIdentity.branch} */
  readonly branch: string;
  /** {@link BranchIdentity.parentDomain} */
  readonly parentDomain: string;
  /** {@link BranchIdentity.dnsLabel} */
  readonly dnsLabel: string;
  /** {@link BranchIdentity.zoneName} */
  readonly zoneName: string;
  /** {@link BranchIdentity.workspaceName} */
  readonly workspaceName: string;
  /** {@link BranchIdentity.compartmentName} */
  readonly compartmentName: string;
  /** {@link BranchIdentity.stackName} */
  readonly stackName: string;
  /** {@link BranchIdentity.tags} */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * The names of one branch's co-working space in every namespace it lives in, derived from the Git branch name
 * alone (pure: no I/O, same input, same names, on every machine and Node.js version).
 *
 * ## Mapping rules
 * Each namespace has an alphabet and a length limit:
 *
 * | name | alphabet | max | notes |
 * | --- | --- | --- | --- |
 * | {@link dnsLabel} | `a-z 0-9 -` | 63 | RFC 1035/1123 label |
 * | {@link workspaceName} | `a-z 0-9 - _` | 90 | HCP Terraform, and Terraform CLI (`name == url.PathEscape(name)`); `default` is reserved |
 * | {@link compartmentName} | `a-z 0-9 - _ .` | 100 | OCI compartment |
 * | {@link stackName} | `a-z 0-9 - _` | 90 | cdktf stack and directory name; Windows device names (`con`, `nul`, `com1`, ...) are reserved |
 *
 * 1. **Unchanged.** A branch that is already a valid name in a namespace is used as it is: it must be made of
 *    that alphabet, start and end with a letter or digit, fit the length, not be reserved, and **not contain
 *    `--`**. `main` → `main` everywhere; `release-1.2` → `release-1.2` as compartment.
 * 2. **Changed.** Every other branch becomes `<readable>--<hash>`, where `hash` is the first 8 hex digits of
 *    SHA-256 of the branch's UTF-8 bytes and `readable` is the branch with Latin letters up to U+024F stripped of
 *    accents (`ü` → `u`, `ß` → `ss`), upper case lowered, every other character outside the alphabet turned into
 *    `-`, runs of `-` collapsed, leading and trailing separators dropped, cut to `max - 10` characters and padded
 *    with `x` to at least 3. `Feature/Audio_fix` → label `feature-audio-fix--<hash>`, workspace
 *    `feature-audio_fix--<hash>`.
 *
 * All names are lower case, because DNS, HCP Terraform workspaces and directories on macOS/Windows ignore case:
 * `Main` is a changed name (`main--<hash>`), so it never meets `main`.
 *
 * ## Why two branches never share a name
 * - Unchanged names are the branch itself, so two different branches give two different unchanged names.
 * - A changed name always contains `--`; an unchanged name never does. So a branch literally named
 *   `feature-x--1a2b3c4d` is itself changed (it gets its own hash) and can never pose as the changed name of
 *   another branch, and `feature-x-1a2b3c4d` stays unchanged and differs from every changed name.
 * - Two changed names differ in their last 8 characters unless two branches have the same first 32 bits of
 *   SHA-256 *and* the same readable part; for k such branches the chance is about k² / 2³³.
 *
 * DNS labels never have `--` in positions 3-4 (reserved for `xn--` punycode): unchanged ones have no `--`,
 * readable parts have no `--` and at least 3 characters. Unicode is transliterated, never punycoded.
 *
 * ## Tags
 * {@link tags} fits AWS (≤ 50 tags, key ≤ 128, value ≤ 256 characters of `A-Z a-z 0-9 space _ . : / = + - @`, no
 * `aws:` prefix) and OCI free-form tags (key ≤ 100 characters without `.` or space, value ≤ 256); PairPac uses at
 * most 5 tags. `pairpac:branch` holds the branch verbatim when it only has the characters `A-Z a-z 0-9 _ . / = +
 * @ -`, otherwise `b64:` + base64url of its UTF-8 bytes (Git branch names never contain `:`, so the two forms
 * cannot be confused). Values longer than 256 characters continue in `pairpac:branch-1`, `pairpac:branch-2`.
 * {@link BranchIdentity.branchFromTags} reads the exact branch back.
 *
 * ## Rejected input
 * Every rejection is a PairPacError naming the value and the fix. Branch names must pass Git's ref rules
 * (`git check-ref-format --branch`): not empty, no control characters, space, `~ ^ : ? * [ \`, no `..` or `@{`,
 * not `HEAD`, not starting with `-`, no empty part (`/x`, `x/`, `x//y`), no part starting with `.` or ending in
 * `.lock`, not ending in `.`. PairPac also rejects `@`, names without any letter, digit or non-ASCII character
 * (only separators, e.g. `_`), names over 512 UTF-8 bytes, and unpaired UTF-16 surrogates. The parent domain
 * must be an ASCII host name with at least two labels of `a-z 0-9 -`, at most 173 characters.
 *
 * @example
 * const id = BranchIdentity.of({ branch: "feature/Audio_fix", parentDomain: "pairpac.example.org" });
 * id.zoneName;       // "feature-audio-fix--<hash>.pairpac.example.org"
 * BranchIdentity.branchFromTags(id.tags); // "feature/Audio_fix"
 */
export class BranchIdentity {
  /** Longest branch name accepted, in UTF-8 bytes. */
  public static readonly MAX_BRANCH_BYTES = MAX_BRANCH_BYTES;
  /** Longest parent domain accepted, in characters. */
  public static readonly MAX_PARENT_DOMAIN_LENGTH = MAX_PARENT_DOMAIN_LENGTH;
  /** Number of hex digits of the branch hash in changed names. */
  public static readonly HASH_LENGTH = HASH_LENGTH;
  /** Tag key holding the branch (continued in `pairpac:branch-1`, `-2`, ... when longer than 256 characters). */
  public static readonly BRANCH_TAG = BRANCH_TAG;
  /** Tag key holding the DNS label, a readable short form of the branch. */
  public static readonly BRANCH_LABEL_TAG = BRANCH_LABEL_TAG;
  /** Tag key whose value `pairpac` marks resources PairPac manages. */
  public static readonly MANAGED_BY_TAG = MANAGED_BY_TAG;

  /**
   * Validates the branch and the parent domain and derives every name.
   *
   * @throws PairPacError when the branch is not a valid Git branch name PairPac supports, or the parent domain is
   * not a usable host name; the message names the value and the fix.
   */
  public static of(props: BranchIdentityProps): BranchIdentity {
    if (typeof props !== "object" || props === null) {
      throw invalid("props", props, "must be an object with branch and parentDomain",
        "Call BranchIdentity.of({ branch: \"main\", parentDomain: \"pairpac.example.org\" }).");
    }
    return new BranchIdentity(validateBranchName(props.branch), normaliseParentDomain(props.parentDomain));
  }

  /**
   * Reads the original branch name back from a resource's tags (other tags are ignored).
   *
   * @throws PairPacError when the branch tags are missing, incomplete, altered, or do not hold a valid branch.
   */
  public static branchFromTags(tags: Record<string, string>): string {
    return branchFromTagEntries(tags);
  }

  /** The Git branch name, exactly as given. */
  public readonly branch: string;
  /** The parent domain, lower case, without trailing dot. */
  public readonly parentDomain: string;
  /** The branch's DNS label under {@link parentDomain}, e.g. `main` or `feature-audio-fix--1a2b3c4d`. */
  public readonly dnsLabel: string;
  /** The branch's DNS zone: `${dnsLabel}.${parentDomain}`. */
  public readonly zoneName: string;
  /** HCP Terraform and Terraform CLI workspace name. */
  public readonly workspaceName: string;
  /** OCI compartment name (unique within the parent compartment). */
  public readonly compartmentName: string;
  /** cdktf stack name; also a safe directory name (`cdktf.out/stacks/<stackName>`). */
  public readonly stackName: string;
  /** Tags for every resource of the branch, valid on AWS and as OCI free-form tags; they carry the branch. */
  public readonly tags: Readonly<Record<string, string>>;

  private constructor(branch: string, parentDomain: string) {
    const hash = branchHash(branch);
    this.branch = branch;
    this.parentDomain = parentDomain;
    this.dnsLabel = nameFor(branch, DNS_LABEL_RULE, hash);
    this.zoneName = `${this.dnsLabel}.${parentDomain}`;
    this.workspaceName = nameFor(branch, WORKSPACE_RULE, hash);
    this.compartmentName = nameFor(branch, COMPARTMENT_RULE, hash);
    this.stackName = nameFor(branch, STACK_RULE, hash);
    this.tags = Object.freeze(Object.fromEntries([
      [MANAGED_BY_TAG, MANAGED_BY_VALUE],
      [BRANCH_LABEL_TAG, this.dnsLabel],
      ...branchTagEntries(branch),
    ]));
    Object.freeze(this);
  }

  /** All names as a plain object. */
  public toJSON(): BranchIdentityJson {
    return {
      branch: this.branch,
      parentDomain: this.parentDomain,
      dnsLabel: this.dnsLabel,
      zoneName: this.zoneName,
      workspaceName: this.workspaceName,
      compartmentName: this.compartmentName,
      stackName: this.stackName,
      tags: { ...this.tags },
    };
  }
}
