import { invalid } from "./errors";
import { rejectTokens } from "../tokens";

/** Linux user or group name as useradd accepts it by default (lower case, at most 32 characters). */
const NAME = /^[a-z_][a-z0-9_-]{0,31}$/;

/** Throws unless `value` is a non-empty string. */
export function requireString(field: string, value: unknown, fix: string): string {
  if (typeof value !== "string" || value.length === 0) {
    throw invalid(field, value, "must be a non-empty string", fix);
  }
  return value;
}

/** Throws if `value` contains a NUL character (no file or YAML scalar can carry it). */
export function rejectNul(field: string, value: string): void {
  if (value.includes("\0")) {
    throw invalid(field, value, "must not contain a NUL character", "Remove the NUL byte; use File.binary for binary content.");
  }
}

/** Throws if `value` contains a line break. */
export function rejectNewline(field: string, value: string, fix: string): void {
  if (/[\r\n]/.test(value)) {
    throw invalid(field, value, "must be a single line (contains a line break)", fix);
  }
}

/** Validates an absolute, normalised file system path without tokens. */
export function absolutePath(field: string, value: unknown): string {
  const path = requireString(field, value, "Use an absolute path such as /etc/pairpac/app.conf.");
  rejectTokens(field, path, "it must be known at synth time", "Use a literal path.");
  if (!path.startsWith("/") || path.endsWith("/") || /\/\.\.?(\/|$)/.test(path) || path.includes("//") || /[\0\r\n\t]/.test(path)) {
    throw invalid(field, path, "must be an absolute, normalised path (no '.', '..', '//', trailing '/' or control characters)", "Use an absolute path such as /etc/pairpac/app.conf.");
  }
  if (path.length > 4095) {
    throw invalid(field, path, "is longer than 4095 characters", "Use a shorter path.");
  }
  return path;
}

/** Validates a Linux user or group name. */
export function accountName(field: string, value: unknown): string {
  if (typeof value !== "string" || !NAME.test(value)) {
    throw invalid(field, value, "must be a Linux user/group name (lower case letter or '_' first, then [a-z0-9_-], at most 32 characters)", "Use e.g. \"pairpac\".");
  }
  return value;
}

/** Validates an octal file mode and returns it as four digits, e.g. `"640"` → `"0640"`. */
export function octalMode(field: string, value: unknown): string {
  if (typeof value !== "string" || !/^0?[0-7]{3,4}$/.test(value) || (value.length === 5 && !value.startsWith("0"))) {
    throw invalid(field, value, "must be an octal mode string of 3 or 4 digits (0-7)", "Use a string such as \"0640\" (numbers are rejected because 640 and 0o640 are easy to confuse).");
  }
  const digits = value.replace(/^0(?=[0-7]{4}$)/, "");
  return digits.padStart(4, "0");
}

/** Validates an owner in `user:group` or `user` form and returns `user:group`. */
export function ownerSpec(field: string, value: unknown): string {
  if (typeof value !== "string") {
    throw invalid(field, value, "must be a string \"user:group\"", "Use e.g. \"root:root\" or \"pairpac:pairpac\".");
  }
  const parts = value.split(":");
  if (parts.length > 2) {
    throw invalid(field, value, "must be \"user:group\" with exactly one ':'", "Use e.g. \"root:root\".");
  }
  const [user, group] = parts;
  accountName(field, user);
  accountName(field, group ?? user);
  return `${user}:${group ?? user}`;
}

/** Validates an integer within bounds. */
export function integerIn(field: string, value: unknown, min: number, max: number, fix: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, value, `must be an integer between ${min} and ${max}`, fix);
  }
  return value;
}

/** Validates a simple identifier used in file names, e.g. a script or source name. */
export function slug(field: string, value: unknown, fix: string): string {
  if (typeof value !== "string" || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(value)) {
    throw invalid(field, value, "must be 1-63 characters of lower-case letters, digits and '-', starting with a letter or digit", fix);
  }
  return value;
}
