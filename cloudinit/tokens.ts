/**
 * Terraform tokens inside strings: the one place that knows what a cdktf string token looks like.
 *
 * The cloudinit layer never imports cdktf; it only recognises tokens by their shape (`${TfToken[TOKEN.12]}`) and
 * carries them through untouched. The constructs use the same helpers, so both layers agree on what a token is.
 */
import { invalid } from "./private/errors";

/**
 * Default pattern of a cdktf string token as it appears inside a string, e.g. `${TfToken[TOKEN.12]}`.
 */
export const DEFAULT_TOKEN_PATTERN: RegExp = /\$\{TfToken\[TOKEN\.\d+\]\}/g;

/** One piece of a string split by {@link splitTokens}: literal text or one whole token. */
export interface TokenPart {
  /** The text of the piece. */
  readonly text: string;
  /** True when the piece is a token. */
  readonly token: boolean;
}

/** Returns a fresh global copy of `pattern`, so `lastIndex` state never leaks between callers. */
export function globalPattern(pattern: RegExp = DEFAULT_TOKEN_PATTERN): RegExp {
  const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
  return new RegExp(pattern.source, flags);
}

/** True when `value` contains at least one token matching `pattern`. */
export function containsToken(value: string, pattern: RegExp = DEFAULT_TOKEN_PATTERN): boolean {
  return globalPattern(pattern).test(value);
}

/** All token occurrences in `value`, in order (duplicates kept). */
export function findTokens(value: string, pattern: RegExp = DEFAULT_TOKEN_PATTERN): string[] {
  return value.match(globalPattern(pattern)) ?? [];
}

/** Splits `value` into literal text and tokens, in order, so escaping can leave every token untouched. */
export function splitTokens(value: string, pattern: RegExp = DEFAULT_TOKEN_PATTERN): TokenPart[] {
  const parts: TokenPart[] = [];
  const re = globalPattern(pattern);
  let last = 0;
  for (let m = re.exec(value); m !== null; m = re.exec(value)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (m.index > last) parts.push({ text: value.slice(last, m.index), token: false });
    parts.push({ text: m[0], token: true });
    last = m.index + m[0].length;
  }
  if (last < value.length) parts.push({ text: value.slice(last), token: false });
  return parts;
}

/** The literal text of `value` with every token left out, e.g. to check a separator that no token may bring in. */
export function literalText(value: string, pattern: RegExp = DEFAULT_TOKEN_PATTERN): string {
  return value.replace(globalPattern(pattern), "");
}

/**
 * Throws a PairPacError when `value` contains a token: for values that must be known when rendering (paths, names,
 * text drawn or published) or that must not carry a secret (configuration files readable by others).
 *
 * @param field path of the value, e.g. `compose.services.web.environment.PW`
 * @param value the value to check
 * @param why why no token is allowed, e.g. `the page is public`
 * @param fix what to do instead, a full sentence
 */
export function rejectTokens(field: string, value: string, why: string, fix: string = "Pass a literal value, or write the value to a file of its own."): void {
  if (containsToken(value)) {
    throw invalid(field, value, `must not contain a Terraform token (${why})`, fix);
  }
}
