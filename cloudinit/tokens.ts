/**
 * Default pattern of a cdktf string token as it appears inside a string, e.g. `${TfToken[TOKEN.12]}`.
 *
 * The cloudinit layer never imports cdktf; it only recognises tokens by this shape and carries them through untouched.
 */
export const DEFAULT_TOKEN_PATTERN: RegExp = /\$\{TfToken\[TOKEN\.\d+\]\}/g;

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
