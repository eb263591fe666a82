/**
 * A block-style YAML writer for the documents PairPac renders (cloud-config, Compose). It writes only constructs that
 * YAML 1.1 readers (PyYAML, which cloud-init uses) and YAML 1.2 readers (go-yaml, which Compose uses) read the same:
 * block mappings and sequences, plain scalars that are safe in both, literal block scalars, and JSON strings
 * (a JSON string is a valid double-quoted YAML scalar). What is written as what is decided by the caller's `scalar`
 * function, so the one rule of each document lives with the document.
 *
 * Why not the `yaml` library: it decides styles itself and has to be told them node by node, and a synth renders
 * several documents: building and printing its document model took about a tenth of a one-branch synth (a CPU profile of
 * `node scripts/app-launcher.cjs`, 2026-12-03).
 */

/** How one string is written. */
export type ScalarStyle =
  /** As it is: the caller has checked it is safe as a plain scalar (or it is a placeholder replaced later). */
  | "plain"
  /** A literal block scalar (`|`), for multi-line text; falls back to `quoted` where a block cannot hold the text. */
  | "literal"
  /** Already quoted by the caller: written as it is. */
  | { readonly quoted: string };

/** Options of {@link emitYaml}. */
export interface EmitOptions {
  /** The style of a string value (mapping keys are always plain or JSON-quoted, see {@link emitYaml}). */
  readonly scalar: (value: string) => ScalarStyle;
  /** JSON-quotes a string (the fallback for text a literal block cannot hold). */
  readonly quote: (value: string) => string;
  /** Sequences whose items are all scalars are written in flow style on one line (`[a, b]`). */
  readonly flowScalarSequences?: boolean;
  /** Mapping keys written plain; any other key is written with `quote`. */
  readonly plainKey: (key: string) => boolean;
}

/**
 * Writes `value` (plain objects, arrays, strings, finite numbers, booleans, null) as a YAML document ending with a
 * newline. Undefined mapping values are left out, as JSON.stringify does.
 */
export function emitYaml(value: unknown, options: EmitOptions): string {
  const out: string[] = [];
  writeNode(value, 0, out, options, "top");
  return out.join("");
}

/** Where a node is written: at the start of the document, after `key:`, or after `- `. */
type Position = "top" | "value" | "item";

function isCollection(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === "object" && value !== null;
}

function isEmptyCollection(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return isCollection(value) && definedEntries(value as Record<string, unknown>).length === 0;
}

function definedEntries(map: Record<string, unknown>): [string, unknown][] {
  return Object.entries(map).filter(([, v]) => v !== undefined);
}

/**
 * Writes one node whose first line continues the current line (after `key:` or `- `, or at the top), `indent` being
 * the column of the collection that holds it.
 */
function writeNode(value: unknown, indent: number, out: string[], options: EmitOptions, position: Position): void {
  if (Array.isArray(value)) {
    if (value.length === 0) return void out.push(position === "top" ? "[]\n" : " []\n");
    if (options.flowScalarSequences && value.every((item) => !isCollection(item))) {
      const items = value.map((item) => inlineScalar(item, options));
      return void out.push(`${position === "top" ? "" : " "}[${items.join(", ")}]\n`);
    }
    // A sequence under a key is indented by two; the items of a sequence inside a sequence follow their `- `.
    const column = position === "value" ? indent + 2 : indent;
    value.forEach((item, i) => {
      const lead = i === 0 && position === "item" ? "" : `${i === 0 && position === "value" ? "\n" : ""}${" ".repeat(column)}`;
      out.push(`${lead}-`);
      writeItem(item, column, out, options);
    });
    return;
  }
  if (isCollection(value)) {
    const entries = definedEntries(value as Record<string, unknown>);
    if (entries.length === 0) return void out.push(position === "top" ? "{}\n" : " {}\n");
    const column = position === "top" ? indent : indent + 2;
    entries.forEach(([key, v], i) => {
      const name = options.plainKey(key) ? key : options.quote(key);
      const lead = i === 0 && position === "item" ? " " : `${i === 0 && position === "value" ? "\n" : ""}${" ".repeat(column)}`;
      out.push(`${lead}${name}:`);
      if (isCollection(v) && !isEmptyCollection(v)) writeNode(v, column, out, options, "value");
      else writeScalarAfter(v, column, out, options);
    });
    return;
  }
  if (position === "top") {
    out.push(`${inlineScalar(value, options)}\n`);
    return;
  }
  writeScalarAfter(value, indent, out, options);
}

/** Writes a sequence item after its `-` at `column`. */
function writeItem(item: unknown, column: number, out: string[], options: EmitOptions): void {
  if (Array.isArray(item) && item.length > 0 && !(options.flowScalarSequences && item.every((x) => !isCollection(x)))) {
    out.push(" ");
    writeNode(item, column + 2, out, options, "item");
  } else if (isCollection(item) && !isEmptyCollection(item)) {
    writeNode(item, column, out, options, "item");
  } else {
    writeScalarAfter(item, column, out, options);
  }
}

/** Writes ` <scalar>\n` (or a literal block whose lines are indented by `column + 2`) after a `key:` or `-`. */
function writeScalarAfter(value: unknown, column: number, out: string[], options: EmitOptions): void {
  if (isCollection(value)) {
    out.push(Array.isArray(value) ? " []\n" : " {}\n");
    return;
  }
  if (typeof value === "string") {
    const style = options.scalar(value);
    if (style === "literal") {
      const block = literalBlock(value, column + 2);
      out.push(block !== undefined ? ` ${block}` : ` ${options.quote(value)}\n`);
    } else {
      out.push(` ${style === "plain" ? value : style.quoted}\n`);
    }
    return;
  }
  out.push(` ${inlineScalar(value, options)}\n`);
}

/** A scalar on one line. */
function inlineScalar(value: unknown, options: EmitOptions): string {
  if (typeof value === "string") {
    const style = options.scalar(value);
    if (style === "plain") return value;
    if (style === "literal") return options.quote(value);
    return style.quoted;
  }
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new TypeError(`emitYaml: cannot write a value of type ${typeof value}`);
}

/**
 * A literal block scalar (header line and content lines, each indented by `column`), or undefined when the text
 * cannot be written as one without an indentation indicator: text that is blank, or whose first line starts
 * with a space or a tab, or that has blank lines with spaces before its first line.
 *
 * Chomping keeps the text exact: `|-` without a final line break, `|` with one, `|+` with more.
 */
function literalBlock(text: string, column: number): string | undefined {
  if (/^\s*$/.test(text)) return undefined;
  const lines = text.split("\n");
  const first = lines.findIndex((line) => line.length > 0);
  if (lines.slice(0, first).some((line) => line.length > 0) || /^[ \t]/.test(lines[first])) return undefined;
  let trailing = 0;
  while (trailing < lines.length && lines[lines.length - 1 - trailing] === "") trailing += 1;
  // "a\n" splits into ["a", ""]: one empty string per line break at the end.
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const content = lines.slice(0, lines.length - trailing);
  // A content line of spaces only must not be mistaken for the end of the block: it keeps its spaces after the indentation.
  const pad = " ".repeat(column);
  const body = content.map((line) => (line.length === 0 ? "\n" : `${pad}${line}\n`)).join("");
  return `|${chomp}\n${body}${"\n".repeat(Math.max(0, trailing - 1))}`;
}
