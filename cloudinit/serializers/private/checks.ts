import { invalid } from "../../private/errors";

/** Control characters other than tab and line breaks (C0 and DEL). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Throws when `value` holds a control character; line breaks and tabs are rejected too unless allowed. */
export function rejectControlCharacters(field: string, value: string, fix: string, allow: { newline?: boolean; tab?: boolean } = {}): void {
  if (CONTROL.test(value)) {
    throw invalid(field, value, "must not contain control characters", fix);
  }
  if (!allow.newline && /[\r\n\u2028\u2029\u0085]/.test(value)) {
    throw invalid(field, value, "must be a single line (contains a line break)", fix);
  }
  if (!allow.tab && value.includes("\t")) {
    throw invalid(field, value, "must not contain a tab character", fix);
  }
}

/** Throws unless `name` matches `pattern`. */
export function checkName(field: string, name: unknown, pattern: RegExp, what: string, example: string): string {
  if (typeof name !== "string" || !pattern.test(name)) {
    throw invalid(field, name, `must be ${what}`, `Use e.g. ${JSON.stringify(example)}.`);
  }
  return name;
}
