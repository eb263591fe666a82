import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { CloudConfig } from "./cloud-config";
import { invalid } from "./private/errors";
import { DEFAULT_TOKEN_PATTERN, globalPattern } from "./tokens";
import { UserDataBudget } from "./user-data-budget";

/** Options of {@link estimateUserData} and {@link checkBudget}. */
export interface EstimateOptions {
  /**
   * Worst-case length of each token's value as it appears in the rendered text (after quoting: a PEM of n lines in a
   * JSON string adds n characters for `\n`), keyed by the token string.
   * @default - empty: every token uses defaultTokenLength
   */
  readonly tokenLengths?: ReadonlyMap<string, number>;
  /**
   * Length assumed for tokens missing from tokenLengths.
   * @default 256
   */
  readonly defaultTokenLength?: number;
  /**
   * Pattern of tokens.
   * @default DEFAULT_TOKEN_PATTERN
   */
  readonly tokenPattern?: RegExp;
}

/** Result of {@link estimateUserData}. */
export interface UserDataEstimate {
  /** Bytes of the text with stand-ins (UTF-8). */
  readonly rawBytes: number;
  /** Bytes after gzip (level 6): what AWS counts. */
  readonly gzipBytes: number;
  /** Length of the base64 of the gzip bytes: what Terraform's base64gzip yields and OCI counts. */
  readonly base64Bytes: number;
  /** Number of token occurrences replaced. */
  readonly tokenCount: number;
}

/** One contributor's share in a {@link BudgetReport}. */
export interface ContributorSize {
  /** Contributor name. */
  readonly contributor: string;
  /** Size of a document holding only this contributor's elements, in the budget's measure. */
  readonly bytes: number;
}

/** Result of {@link checkBudget}. */
export interface BudgetReport extends UserDataEstimate {
  /** Machine name. */
  readonly machine: string;
  /** The budget checked. */
  readonly budget: UserDataBudget;
  /** Size in the budget's measure. */
  readonly size: number;
  /** Limit after subtracting reserved bytes. */
  readonly limit: number;
  /** Per-contributor sizes, largest first. */
  readonly contributors: readonly ContributorSize[];
}

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A deterministic, practically incompressible stand-in of `length` base64 characters, derived from the token. */
function standIn(token: string, length: number): string {
  let out = "";
  for (let counter = 0; out.length < length; counter++) {
    const block = createHash("sha256").update(`${token}#${counter}`).digest();
    for (const byte of block) {
      if (out.length >= length) break;
      out += BASE64_ALPHABET[byte & 63];
    }
  }
  return out;
}

/**
 * Estimates the encoded size of rendered user data: each token is replaced by an incompressible stand-in of its
 * declared worst-case length (the same token always by the same stand-in), then gzip (level 6, like Go's default used
 * by Terraform's base64gzip) and base64. Node uses zlib, Terraform Go's compress/flate: at the same level their output
 * sizes differ by a small percentage, so keep some headroom; the plan-time precondition in Terraform is the exact guard.
 */
export function estimateUserData(rendered: string, options: EstimateOptions = {}): UserDataEstimate {
  const defaultLength = options.defaultTokenLength ?? 256;
  if (!Number.isInteger(defaultLength) || defaultLength < 0) {
    throw invalid("estimate.defaultTokenLength", defaultLength, "must be a non-negative integer", "Use e.g. 256.");
  }
  const lengths = options.tokenLengths ?? new Map<string, number>();
  for (const [token, length] of lengths) {
    if (!Number.isInteger(length) || length < 0) {
      throw invalid(`estimate.tokenLengths[${token}]`, length, "must be a non-negative integer", "Declare the worst-case length in characters.");
    }
  }
  let tokenCount = 0;
  const text = rendered.replace(globalPattern(options.tokenPattern ?? DEFAULT_TOKEN_PATTERN), (token) => {
    tokenCount++;
    return standIn(token, lengths.get(token) ?? defaultLength);
  });
  const raw = Buffer.from(text, "utf8");
  const gz = gzipSync(raw, { level: 6 });
  return {
    rawBytes: raw.length,
    gzipBytes: gz.length,
    base64Bytes: 4 * Math.ceil(gz.length / 3),
    tokenCount,
  };
}

/**
 * Renders `doc`, estimates its size and checks it against `budget`. Throws a PairPacError naming the machine, the
 * size, the limit and the largest contributors when it does not fit.
 */
export function checkBudget(doc: CloudConfig, budget: UserDataBudget, options: EstimateOptions & {
  /** Bytes of the limit used by other metadata (e.g. OCI's ssh_authorized_keys). @default 0 */
  readonly reservedBytes?: number;
} = {}): BudgetReport {
  const reserved = options.reservedBytes ?? 0;
  const limit = budget.limitBytes - reserved;
  const render = (d: CloudConfig): string => d.render({ tokenPattern: options.tokenPattern });
  const estimate = estimateUserData(render(doc), options);
  const size = budget.sizeOf(estimate);
  // Each contributor is rendered and compressed on its own: only done when the breakdown is asked for (the error
  // message, or a caller reading `contributors`), since it costs one render per contributor.
  let contributors: BudgetReport["contributors"] | undefined;
  const breakdown = (): BudgetReport["contributors"] => {
    contributors ??= doc.contributions()
      .map((c) => ({ contributor: c.contributor, bytes: budget.sizeOf(estimateUserData(render(doc.only(c.contributor)), options)) }))
      .sort((a, b) => b.bytes - a.bytes || (a.contributor < b.contributor ? -1 : 1));
    return contributors;
  };
  if (size > limit) {
    const top = breakdown().slice(0, 5).map((c) => `${c.contributor} ${c.bytes} B`).join(", ");
    throw invalid(`${doc.machine}.userData`, size,
      `is ${size} bytes (${budget.measure === "gzip" ? "gzip" : "base64 of gzip"}, ${estimate.tokenCount} token(s) at worst-case length) but ${budget.name} allows ${limit}${reserved > 0 ? ` (${budget.limitBytes} minus ${reserved} reserved)` : ""}`,
      `Largest contributors (each measured alone): ${top}. Move large content out of user data or switch optional features off.`);
  }
  return {
    ...estimate, machine: doc.machine, budget, size, limit,
    get contributors() {
      return breakdown();
    },
  };
}
