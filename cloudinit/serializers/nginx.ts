import { invalid } from "../private/errors";
import { rejectTokens } from "../tokens";
import { checkName, rejectControlCharacters } from "./private/checks";

/** One argument of an nginx directive. Numbers are written as they are. */
export type NginxArg = string | number;

/** An nginx directive: `name args;` or, with `block`, `name args { ... }`. */
export interface NginxDirective {
  /** Directive name, e.g. `proxy_pass`, `location`, `server`. */
  readonly name: string;
  /** Arguments, quoted by the renderer when needed. */
  readonly args?: readonly NginxArg[];
  /** Nested directives: present for block directives (`server`, `location`, `map`, ...). */
  readonly block?: readonly NginxDirective[];
  /**
   * The name is data, not a directive name (an entry of a `map`, `types` or `geo` block): it is quoted like an
   * argument instead of being checked against the directive-name syntax.
   * @default false
   */
  readonly entry?: boolean;
}

/** `name args;` */
export function directive(name: string, ...args: NginxArg[]): NginxDirective {
  return { name, args };
}

/** `name args { children }` */
export function block(name: string, args: readonly NginxArg[], children: readonly NginxDirective[]): NginxDirective {
  return { name, args, block: children };
}

/** An entry of a `map` (or `types`, `geo`) block: `key value;`, the key quoted when needed (e.g. `"" close;`). */
export function mapEntry(key: string, ...values: NginxArg[]): NginxDirective {
  return { name: key, args: values, entry: true };
}

/** Every entry of `record` as a directive: `{ add_header: [...] }` style helper for simple `name value;` lists. */
export function directives(record: Readonly<Record<string, NginxArg | readonly NginxArg[]>>): NginxDirective[] {
  return Object.entries(record).map(([name, value]) => ({ name, args: Array.isArray(value) ? value : [value as NginxArg] }));
}

const NAME = /^[a-z_][a-z0-9_]*$/;
/** Arguments nginx reads as one bare word: no whitespace, quotes, `;`, braces, `#` or backslash. */
const BARE = /^[^\s"'`;{}#\\]+$/;

/**
 * Renders nginx configuration text (one directive per line, two-space indentation, ending with a newline).
 *
 * An argument that nginx would split or misread (whitespace, `;`, `{`, `}`, quotes, `#`, `\`, or empty) is
 * double-quoted with `"` and `\` escaped. `$name` stays a variable reference, as in any nginx config.
 *
 * @throws PairPacError for a bad directive name, a line break or other control character, or a Terraform token
 *   (nginx configuration holds no secrets; certificates go to files).
 */
export function renderNginx(config: readonly NginxDirective[]): string {
  const lines: string[] = [];
  renderList(config, 0, lines, "nginx");
  return lines.join("\n") + "\n";
}

/** The text of one nginx argument, quoted when needed. */
export function nginxArg(field: string, arg: NginxArg): string {
  if (typeof arg === "number") {
    if (!Number.isFinite(arg)) throw invalid(field, arg, "must be a finite number", "Use e.g. 443.");
    return String(arg);
  }
  if (typeof arg !== "string") {
    throw invalid(field, arg, "must be a string or number", "Convert the argument to a string.");
  }
  rejectControlCharacters(field, arg, "Write the value on one line without control characters.");
  rejectTokens(field, arg, "nginx configuration must not carry secrets");
  if (BARE.test(arg)) return arg;
  return `"${arg.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function renderList(list: readonly NginxDirective[], depth: number, lines: string[], field: string): void {
  list.forEach((d, i) => {
    const here = `${field}[${i}]`;
    const name = d.entry === true ? nginxArg(`${here}.name`, d.name) : checkName(`${here}.name`, d.name, NAME, "an nginx directive name (lower case letters, digits, '_')", "proxy_pass");
    const args = (d.args ?? []).map((a, j) => nginxArg(`${here}(${d.name}).args[${j}]`, a));
    const head = "  ".repeat(depth) + [name, ...args].join(" ");
    if (d.block === undefined) {
      lines.push(`${head};`);
      return;
    }
    lines.push(`${head} {`);
    renderList(d.block, depth + 1, lines, `${here}(${d.name})`);
    lines.push("  ".repeat(depth) + "}");
  });
}
