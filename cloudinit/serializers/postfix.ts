import { invalid } from "../private/errors";
import { rejectTokens } from "../tokens";
import { checkName, rejectControlCharacters } from "./private/checks";

/** A `main.cf` parameter value: a string, or a list written comma-separated. */
export type PostfixValue = string | number | readonly string[];

/** One row of `master.cf`. `-` means "default" in the columns that allow it. */
export interface MasterService {
  /** Service name or `host:port`, e.g. `smtp`, `pickup`. */
  readonly service: string;
  /** Transport type. */
  readonly type: "inet" | "unix" | "unix-dgram" | "fifo" | "pass";
  /** private column (`y`, `n` or `-`). */
  readonly private?: "y" | "n" | "-";
  /** unpriv column. */
  readonly unpriv?: "y" | "n" | "-";
  /** chroot column. */
  readonly chroot?: "y" | "n" | "-";
  /** wakeup column, e.g. `60`, `1000?` or `-`. */
  readonly wakeup?: string;
  /** maxproc column, e.g. `1`, `0` or `-`. */
  readonly maxproc?: string;
  /** Daemon command, e.g. `smtpd`. */
  readonly command: string;
  /** Command arguments, e.g. `["-o", "syslog_name=postfix/submission"]`. */
  readonly args?: readonly string[];
}

const PARAM = /^[a-z][a-z0-9_]*$/;

/**
 * Renders Postfix `main.cf`. Lists are joined with `, `. `$name` references are kept (they are Postfix's own
 * parameter expansion).
 *
 * @throws PairPacError for a bad parameter name; a value with a line break or control character (it would start
 *   a new parameter), a leading space (a continuation line), or `=` (use a lookup table file instead of an inline
 *   table); a Terraform token (main.cf holds no secrets).
 */
export function renderPostfixMain(params: Readonly<Record<string, PostfixValue>>): string {
  const lines = Object.entries(params).map(([name, value]) => {
    checkName("postfix.main", name, PARAM, "a Postfix parameter name (lower case letters, digits, '_')", "mynetworks");
    return `${name} = ${postfixValue(`postfix.main.${name}`, value)}`.trimEnd();
  });
  return lines.join("\n") + "\n";
}

/** The text of a main.cf value. */
export function postfixValue(field: string, value: PostfixValue): string {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0) throw invalid(field, value, "must be a non-negative integer", "Use e.g. 26214400.");
    return String(value);
  }
  if (Array.isArray(value)) {
    return value
      .map((v, i) => {
        const s = postfixValue(`${field}[${i}]`, v);
        if (/[\s,]/.test(s)) throw invalid(`${field}[${i}]`, v, "must not contain whitespace or ',' inside a list item", "Split it into list items.");
        return s;
      })
      .join(", ");
  }
  if (typeof value !== "string") throw invalid(field, value, "must be a string, integer or list", "Convert the value.");
  rejectControlCharacters(field, value, "Postfix values are single logical lines.");
  rejectTokens(field, value, "main.cf holds no secrets");
  if (/^\s|\s$/.test(value)) throw invalid(field, value, "must not start or end with whitespace", "Trim the value.");
  if (value.includes("=")) {
    throw invalid(field, value, "must not contain '='", "Put key=value data into a lookup table file (texthash:/etc/postfix/...).");
  }
  return value;
}

/**
 * Renders `master.cf` rows, one per line.
 *
 * @throws PairPacError for whitespace, a line break or a control character in any column or argument (master.cf
 *   splits on whitespace), or a bad service name.
 */
export function renderPostfixMaster(services: readonly MasterService[]): string {
  const lines = services.map((s, i) => {
    const field = `postfix.master[${i}]`;
    checkName(`${field}.service`, s.service, /^[A-Za-z0-9_.:[\]-]+$/, "a service name or host:port without spaces", "smtp");
    checkName(`${field}.command`, s.command, /^[a-z][a-z0-9_-]*$/, "a daemon command name", "smtpd");
    const cols = [s.service, s.type, s.private ?? "-", s.unpriv ?? "-", s.chroot ?? "-", s.wakeup ?? "-", s.maxproc ?? "-", s.command];
    cols.slice(5, 7).forEach((c, j) => checkName(`${field}.${j === 0 ? "wakeup" : "maxproc"}`, c, /^(-|\d+\??)$/, "'-' or a number", "-"));
    const args = (s.args ?? []).map((a, j) => {
      rejectControlCharacters(`${field}.args[${j}]`, a, "Use single-line arguments.");
      rejectTokens(`${field}.args[${j}]`, a, "master.cf holds no secrets");
      if (a.length === 0 || /\s/.test(a)) {
        throw invalid(`${field}.args[${j}]`, a, "must be a non-empty word without whitespace", "Split the argument or avoid spaces.");
      }
      return a;
    });
    return [...cols, ...args].join(" ");
  });
  return lines.join("\n") + "\n";
}

/**
 * Renders a Postfix lookup table source (`key value` per line) for `texthash:` (read directly, no `postmap`).
 *
 * @throws PairPacError for an empty key, whitespace in a key, or a line break / control character anywhere.
 */
export function renderPostfixTable(entries: Readonly<Record<string, string>>): string {
  const lines = Object.entries(entries).map(([key, value]) => {
    rejectControlCharacters("postfix.table", key, "Use a single-line key.");
    rejectControlCharacters(`postfix.table.${key}`, value, "Use a single-line value.");
    if (key.length === 0 || /\s/.test(key) || key.startsWith("#")) {
      throw invalid("postfix.table", key, "must be a non-empty key without whitespace, not starting with '#'", "Use e.g. team@main.example.org.");
    }
    if (value.trim().length === 0) throw invalid(`postfix.table.${key}`, value, "must not be empty", "Use e.g. OK.");
    return `${key} ${value.trim()}`;
  });
  return lines.join("\n") + "\n";
}
