import { invalid } from "../../private/errors";
import { rejectTokens } from "../../tokens";

/** A value Qt's QSettings reads from an INI file: a list is written as comma-separated plain words. */
export type QtIniValue = string | number | boolean | readonly string[];

/** Sections by name, entries by key (a key may contain `\` for Qt sub-groups, e.g. `apps\1\desktop`). */
export type QtIniDocument = Readonly<Record<string, Readonly<Record<string, QtIniValue>>>>;

const SECTION = /^[A-Za-z0-9_.-]+$/;
const KEY = /^[A-Za-z0-9_]+(\\[A-Za-z0-9_]+)*$/;
/** What Qt reads back unchanged without quotes (no list separator, comment or escape characters). */
const PLAIN = /^[A-Za-z0-9_.:/@+#-]*$/;

function scalar(field: string, value: string | number | boolean): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalid(field, value, "must be a finite number", "Use a plain number.");
    return String(value);
  }
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (typeof value !== "string" || /[\u0000-\u001f\u007f]/.test(value)) {
    throw invalid(field, value, "must be a single-line string", "Remove line breaks and control characters.");
  }
  rejectTokens(field, value, "LXQt reads its settings as written", "Write such values to a separate file.");
  return PLAIN.test(value) ? value : `"${value.replace(/\\/g, "\\\\").replace(/"/g, "\\\"")}"`;
}

/**
 * Renders an INI file in the dialect of Qt's QSettings (LXQt's configuration files): lists as `a, b, c`, keys with
 * `\` sub-groups, strings quoted when Qt would otherwise misread them.
 */
export function renderQtIni(doc: QtIniDocument): string {
  const out: string[] = [];
  for (const [section, entries] of Object.entries(doc)) {
    if (!SECTION.test(section)) throw invalid("qtIni.section", section, "is not a section name", "Use letters, digits, '_', '.', '-'.");
    if (out.length > 0) out.push("");
    out.push(`[${section}]`);
    for (const [key, value] of Object.entries(entries)) {
      const field = `qtIni.${section}.${key}`;
      if (!KEY.test(key)) throw invalid(field, key, "is not a key", "Use letters, digits, '_' and '\\' between groups.");
      if (Array.isArray(value)) {
        const items = (value as readonly string[]).map((v, i) => {
          if (typeof v !== "string" || v === "" || !PLAIN.test(v)) {
            throw invalid(`${field}[${i}]`, v, "must be a plain word (list items are not quoted)", "Use letters, digits and '_.:/@+#-'.");
          }
          return v;
        });
        out.push(`${key}=${items.join(", ")}`);
      } else {
        out.push(`${key}=${scalar(field, value as string | number | boolean)}`);
      }
    }
  }
  return `${out.join("\n")}\n`;
}
