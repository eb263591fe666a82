/**
 * Serializer for systemd unit files and drop-ins (systemd.syntax(7), systemd.service(5) "Command lines").
 *
 * Values are written one `Key=value` per line. What would change the meaning of a file is rejected (line breaks,
 * a trailing backslash that would continue the line, leading/trailing blanks systemd would strip) or escaped (command
 * line arguments: quoting, `%` specifiers and `$` variable references).
 */
import { invalid } from "../private/errors";
import { DEFAULT_TOKEN_PATTERN, splitTokens } from "../tokens";

/** A value in a unit section: arrays repeat the key once per element; booleans become `yes`/`no`. */
export type UnitValue = string | number | boolean | readonly (string | number)[];

/** Sections of a unit file in order, each an ordered map of keys; `undefined` values are skipped. */
export type UnitSections = Readonly<Record<string, Readonly<Record<string, UnitValue | undefined>>>>;

/** Options of {@link serializeUnit} and {@link quoteExecArgv}. */
export interface SystemdSerializeOptions {
  /**
   * Pattern of Terraform tokens, carried through verbatim (their resolved value must not need systemd escaping:
   * host names, IP addresses, device paths, base64 are fine).
   * @default DEFAULT_TOKEN_PATTERN
   */
  readonly tokenPattern?: RegExp;
}

const SECTION_NAME = /^[A-Za-z][A-Za-z0-9 _-]*$/;
const KEY_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Characters that never need quoting in a command-line word (no quotes, backslash, blanks, `%`, `$`, `;`). */
const BARE_WORD = /^[A-Za-z0-9_@+=:,./-]+$/;

/** Escapes `%` as `%%` so systemd does not expand it as a specifier. */
export function escapeSpecifiers(value: string): string {
  return value.replace(/%/g, "%%");
}

/** Escapes one literal piece for use inside a double-quoted command-line word. */
function escapeInQuotes(text: string, dollar: boolean): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (ch === "\\") out += "\\\\";
    else if (ch === "\"") out += "\\\"";
    else if (ch === "%") out += "%%";
    else if (ch === "$" && dollar) out += "$$";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out;
}

/**
 * Quotes one command-line argument for ExecStart= and friends: bare when it only has safe characters, else in
 * double quotes with `\\`, `"` and control characters C-escaped, `%` as `%%` and `$` as `$$`.
 */
export function quoteExecArg(arg: string, options: SystemdSerializeOptions & { readonly field?: string } = {}): string {
  const field = options.field ?? "execArg";
  if (typeof arg !== "string") {
    throw invalid(field, arg, "must be a string", "Pass every argument as a string.");
  }
  if (arg.includes("\0")) {
    throw invalid(field, arg, "must not contain a NUL character", "Remove the NUL byte.");
  }
  if (BARE_WORD.test(arg)) {
    return arg;
  }
  const parts = splitTokens(arg, options.tokenPattern ?? DEFAULT_TOKEN_PATTERN);
  return `"${parts.map((p) => (p.token ? p.text : escapeInQuotes(p.text, true))).join("")}"`;
}

/**
 * Renders an argv array as a systemd command line (systemd.service(5), "Command lines").
 * The executable must not start with a systemd prefix character (`@`, `-`, `:`, `+`, `!`), which would change how it runs.
 */
export function quoteExecArgv(argv: readonly string[], options: SystemdSerializeOptions & { readonly field?: string } = {}): string {
  const field = options.field ?? "execStart";
  if (!Array.isArray(argv) || argv.length === 0) {
    throw invalid(field, argv, "must be a non-empty argv array", "Use e.g. [\"/usr/bin/docker\", \"compose\", \"up\"].");
  }
  argv.forEach((arg, i) => {
    if (typeof arg !== "string") {
      throw invalid(`${field}[${i}]`, arg, "must be a string", "Pass every argument as a string.");
    }
  });
  const executable = argv[0];
  if (executable === "" || /^[@\-:+!]/.test(executable)) {
    throw invalid(`${field}[0]`, executable, "must be a non-empty executable path that does not start with @, -, :, + or ! (systemd prefixes)",
      "Use an absolute path such as /usr/bin/env.");
  }
  // The executable may not be a variable and may not contain specifiers (systemd.service(5), "Command lines"), so it is
  // kept to plain path characters instead of being escaped.
  if (!BARE_WORD.test(executable)) {
    throw invalid(`${field}[0]`, executable, "must be a plain path or program name (letters, digits and _@+=:,./-; no blanks, quotes, %, $)",
      "Use the path of the executable only, e.g. /usr/bin/docker; pass arguments as further elements.");
  }
  return argv.map((arg, i) => quoteExecArg(arg, { ...options, field: `${field}[${i}]` })).join(" ");
}

/**
 * Quotes a value for a setting that takes one quoted string, such as `Environment="KEY=value"`: double quotes with
 * `\\` and `"` escaped, `%` as `%%`. Line breaks are rejected (use EnvironmentFile= for such values).
 */
export function quoteUnitString(field: string, value: string, options: SystemdSerializeOptions = {}): string {
  if (/[\r\n\0]/.test(value)) {
    throw invalid(field, value, "must not contain a line break or NUL (it would break the unit file)", "Write such values to a file and use EnvironmentFile=.");
  }
  const parts = splitTokens(value, options.tokenPattern ?? DEFAULT_TOKEN_PATTERN);
  return `"${parts.map((p) => (p.token ? p.text : escapeInQuotes(p.text, false))).join("")}"`;
}

/** Renders one raw value, rejecting what systemd would misread. */
function renderValue(field: string, value: string | number | boolean): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw invalid(field, value, "must be a finite number", "Use a plain number.");
    }
    return String(value);
  }
  if (typeof value !== "string") {
    throw invalid(field, value, "must be a string, number, boolean or array of them", "Use a plain value.");
  }
  if (/[\r\n\0]/.test(value)) {
    throw invalid(field, value, "must not contain a line break or NUL (systemd reads one setting per line)", "Split it into several values (an array) or write the data to a separate file.");
  }
  if (value.endsWith("\\")) {
    throw invalid(field, value, "must not end with a backslash (systemd would join the next line)", "Remove or double the trailing backslash.");
  }
  if (value !== value.trim()) {
    throw invalid(field, value, "must not start or end with blanks (systemd strips them)", "Trim the value or quote it.");
  }
  return value;
}

/**
 * Serializes unit sections, e.g. `{ Unit: { Description: "x" }, Service: { ExecStart: "/bin/true" } }`, to the text of
 * a unit file. Raw string values are written as given (you may use specifiers on purpose); use {@link quoteExecArgv},
 * {@link quoteUnitString} and {@link escapeSpecifiers} for literal text.
 */
export function serializeUnit(sections: UnitSections): string {
  const lines: string[] = [];
  const names = Object.keys(sections);
  if (names.length === 0) {
    throw invalid("unit", sections, "must have at least one section", "Add e.g. a [Unit] section.");
  }
  for (const section of names) {
    if (!SECTION_NAME.test(section)) {
      throw invalid(`unit.${section}`, section, "is not a valid section name", "Use a name such as Unit, Service, Install.");
    }
    if (lines.length > 0) lines.push("");
    lines.push(`[${section}]`);
    const entries = sections[section];
    for (const key of Object.keys(entries)) {
      const field = `unit.${section}.${key}`;
      if (!KEY_NAME.test(key)) {
        throw invalid(field, key, "is not a valid setting name", "Use a name such as ExecStart or X-Custom.");
      }
      const value = entries[key];
      if (value === undefined) continue;
      const values = Array.isArray(value) ? value : [value as string | number | boolean];
      values.forEach((v, i) => lines.push(`${key}=${renderValue(Array.isArray(value) ? `${field}[${i}]` : field, v)}`));
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Escapes a path like `systemd-escape --path`: `/srv/pair-data` → `srv-pair\x2ddata` (the mount unit name without suffix).
 */
export function escapeUnitPath(path: string): string {
  const trimmed = path.split("/").filter((p) => p.length > 0).join("/");
  if (trimmed === "") return "-";
  let out = "";
  const bytes = Buffer.from(trimmed, "utf8");
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const ch = String.fromCharCode(b);
    if (ch === "/") out += "-";
    else if (/[A-Za-z0-9:_]/.test(ch) || (ch === "." && i > 0)) out += ch;
    else out += `\\x${b.toString(16).padStart(2, "0")}`;
  }
  return out;
}
