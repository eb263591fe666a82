import { invalid } from "../private/errors";
import { containsToken } from "../tokens";
import { checkName, rejectControlCharacters } from "./private/checks";

/** A value in an INI file: strings are quoted when needed, numbers and booleans are written as they are. */
export type IniValue = string | number | boolean;

/** The entries of one INI section, in insertion order. */
export type IniEntries = Readonly<Record<string, IniValue>>;

/**
 * An INI document: entries before the first section header, then named sections.
 *
 * The dialect is the one Qt's `QSettings` reads (Mumble's `murmur.ini` / `mumble_server_config.ini`):
 * a value that is not a plain word is double-quoted, `\` and `"` are backslash-escaped inside quotes, and a
 * line break can never be part of a value.
 */
export interface IniDocument {
  /** Entries written before the first `[section]` header. */
  readonly global?: IniEntries;
  /** Sections by name, written in insertion order. */
  readonly sections?: Readonly<Record<string, IniEntries>>;
}

/** Options of {@link renderIni}. */
export interface IniOptions {
  /**
   * A comment line written first (`; comment`).
   * @default - no comment
   */
  readonly comment?: string;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const SECTION = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Values written without quotes: nothing Qt would read as a list (`,`), comment (`;`, `#`) or escape (`\`). */
const PLAIN = /^[A-Za-z0-9_.:/@+-]+$/;

/**
 * Renders an {@link IniDocument} as text ending with a newline.
 *
 * Values that contain a Terraform token are always quoted; the token's value must not contain `"`, `\` or a
 * line break (PairPac's generated passwords never do).
 *
 * @throws PairPacError for a bad key or section name, a non-finite number, or a value with a line break or
 *   another control character.
 */
export function renderIni(doc: IniDocument, options: IniOptions = {}): string {
  const lines: string[] = [];
  if (options.comment !== undefined) {
    rejectControlCharacters("ini.comment", options.comment, "Use a single-line comment.");
    lines.push(`; ${options.comment}`);
  }
  renderEntries("ini.global", doc.global ?? {}, lines);
  for (const [name, entries] of Object.entries(doc.sections ?? {})) {
    checkName("ini.sections", name, SECTION, "a section name of letters, digits, '_', '.' and '-'", "Ice");
    if (lines.length > 0) lines.push("");
    lines.push(`[${name}]`);
    renderEntries(`ini.sections.${name}`, entries, lines);
  }
  return lines.join("\n") + "\n";
}

/** The text of one INI value as written after `key=`. */
export function iniValue(field: string, value: IniValue): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw invalid(field, value, "must be a finite number", "Use a plain number such as 64738.");
    }
    return String(value);
  }
  if (typeof value !== "string") {
    throw invalid(field, value, "must be a string, number or boolean", "Convert the value to a string.");
  }
  rejectControlCharacters(field, value, "INI values are single lines: replace line breaks with <br> (Mumble) or a space.");
  if (PLAIN.test(value) && !containsToken(value)) return value;
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function renderEntries(field: string, entries: IniEntries, lines: string[]): void {
  for (const [key, value] of Object.entries(entries)) {
    checkName(field, key, KEY, "a key of letters, digits, '_' and '.' (starting with a letter or '_')", "serverpassword");
    lines.push(`${key}=${iniValue(`${field}.${key}`, value)}`);
  }
}
