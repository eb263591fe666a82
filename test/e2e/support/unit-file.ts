// Reading systemd unit files and their command lines the way systemd does, for running rendered
// services without a running systemd (see service-runner.ts).

/** One parsed unit file: section name → key → values in order (repeated keys accumulate). */
export type UnitSections = Map<string, Map<string, string[]>>;

/** Parses a unit file (systemd.syntax: comments, line continuations, repeated keys, empty resets). */
export function parseUnitFile(text: string, into: UnitSections = new Map()): UnitSections {
  const lines = text.split("\n");
  let section: Map<string, string[]> | undefined;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    while (line.endsWith("\\") && i + 1 < lines.length) {
      const next = lines[++i];
      if (/^\s*[#;]/.test(next)) continue; // comment lines inside a continuation are skipped
      line = line.slice(0, -1) + " " + next.trim();
    }
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      section = into.get(header[1]) ?? new Map<string, string[]>();
      into.set(header[1], section);
      continue;
    }
    const eq = line.indexOf("=");
    if (eq < 0 || !section) throw new Error(`unit file line ${i + 1} is not "Key=Value" inside a section: ${line}`);
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (value === "") {
      section.set(key, []); // an empty assignment resets a list setting
    } else {
      section.set(key, [...(section.get(key) ?? []), value]);
    }
  }
  return into;
}

/** Last value of a key (for single-valued settings), if set. */
export function unitValue(unit: UnitSections, section: string, key: string): string | undefined {
  const values = unit.get(section)?.get(key);
  return values && values.length > 0 ? values[values.length - 1] : undefined;
}

/** All values of a key. */
export function unitValues(unit: UnitSections, section: string, key: string): string[] {
  return unit.get(section)?.get(key) ?? [];
}

const C_ESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"', "'": "'", s: " " };

/** Splits a systemd word list (quotes and C escapes as in systemd.syntax), e.g. Environment= values. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    let word = "";
    let quote: string | undefined;
    for (; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote) {
          quote = undefined;
          continue;
        }
      } else if (/\s/.test(c)) {
        break;
      } else if (c === '"' || c === "'") {
        quote = c;
        continue;
      }
      if (c === "\\") {
        const n = text[++i];
        if (n === undefined) throw new Error(`trailing backslash in ${JSON.stringify(text)}`);
        if (n === "x") {
          word += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
          i += 2;
        } else if (/[0-7]/.test(n)) {
          word += String.fromCharCode(parseInt(text.slice(i, i + 3), 8));
          i += 2;
        } else if (n in C_ESCAPES) {
          word += C_ESCAPES[n];
        } else {
          throw new Error(`unknown escape \\${n} in ${JSON.stringify(text)}`);
        }
        continue;
      }
      word += c;
    }
    if (quote) throw new Error(`unterminated quote in ${JSON.stringify(text)}`);
    words.push(word);
  }
  return words;
}

/** Values systemd substitutes for `%` specifiers, for one service run. */
export interface SpecifierContext {
  readonly unitName: string; // e.g. "pairpac-tunnel.service"
  readonly user: string;
  readonly uid: number;
  readonly home: string;
  readonly hostname: string;
}

function expandSpecifiers(text: string, ctx: SpecifierContext): string {
  const prefix = ctx.unitName.replace(/\.[^.]+$/, "");
  const instance = prefix.includes("@") ? prefix.slice(prefix.indexOf("@") + 1) : "";
  const table: Record<string, string> = {
    "%": "%",
    n: ctx.unitName,
    N: prefix,
    p: prefix.split("@")[0],
    i: instance,
    I: instance,
    u: ctx.user,
    U: String(ctx.uid),
    h: ctx.home,
    H: ctx.hostname,
    t: "/run",
    S: "/var/lib",
    C: "/var/cache",
    L: "/var/log",
    E: "/etc",
    T: "/tmp",
    V: "/var/tmp",
  };
  return text.replace(/%(.)/g, (_m, c: string) => {
    if (!(c in table)) throw new Error(`specifier %${c} is not supported by the e2e harness (in ${JSON.stringify(text)})`);
    return table[c];
  });
}

/** One command of ExecStart= (or ExecStartPre=) after systemd's parsing. */
export interface ParsedCommand {
  /** Prefix characters systemd allows before the path (`-`, `@`, `:`, `+`, `!`, `!!`). */
  readonly prefixes: string;
  /** argv, with argv[0] the executable (for `@`, argv[0] is what systemd would pass as argv[0]). */
  readonly argv: string[];
  readonly executable: string;
}

/**
 * Parses one ExecStart= value: prefixes, quoting, `%` specifiers, then `$VAR` (whole word, split
 * on white space) and `${VAR}` (inside a word) from `env`, as described in systemd.service(5).
 */
export function parseExecLine(value: string, ctx: SpecifierContext, env: Readonly<Record<string, string>>): ParsedCommand {
  const m = /^([-@:+!]*)(.*)$/s.exec(value.trim());
  const prefixes = m?.[1] ?? "";
  const rest = expandSpecifiers(m?.[2] ?? "", ctx);
  const noEnv = prefixes.includes(":");
  const words: string[] = [];
  for (const word of splitWords(rest)) {
    if (!noEnv && /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(word)) {
      words.push(...splitWords(env[word.slice(1)] ?? ""));
    } else if (!noEnv) {
      words.push(word.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_x, n: string) => env[n] ?? ""));
    } else {
      words.push(word);
    }
  }
  if (words.length === 0) throw new Error(`empty command line: ${JSON.stringify(value)}`);
  const executable = words[0];
  const argv = prefixes.includes("@") ? words.slice(1) : words;
  return { prefixes, argv, executable };
}

/** Environment of a unit's [Service] from Environment= lines (EnvironmentFile= is read by the caller). */
export function unitEnvironment(unit: UnitSections): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of unitValues(unit, "Service", "Environment")) {
    for (const assignment of splitWords(line)) {
      const eq = assignment.indexOf("=");
      if (eq <= 0) throw new Error(`Environment= entry without "=": ${assignment}`);
      env[assignment.slice(0, eq)] = assignment.slice(eq + 1);
    }
  }
  return env;
}

/** Parses an EnvironmentFile (KEY=VALUE lines, `#` comments, optional quotes). */
export function parseEnvironmentFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const eq = line.indexOf("=");
    if (eq <= 0) throw new Error(`EnvironmentFile line without "=": ${line}`);
    let value = line.slice(eq + 1).trim();
    if (/^(".*"|'.*')$/s.test(value)) value = splitWords(value)[0] ?? "";
    env[line.slice(0, eq).trim()] = value;
  }
  return env;
}

/** systemd time span (RestartSec=, e.g. "5", "5s", "500ms", "1min 30s") in milliseconds. */
export function parseTimeSpan(text: string): number {
  const units: Record<string, number> = {
    "": 1000, us: 0.001, usec: 0.001, ms: 1, msec: 1, s: 1000, sec: 1000, second: 1000, seconds: 1000,
    m: 60_000, min: 60_000, minute: 60_000, minutes: 60_000, h: 3_600_000, hr: 3_600_000, hour: 3_600_000, hours: 3_600_000,
  };
  let total = 0;
  const re = /(\d+(?:\.\d+)?)\s*([a-z]*)/gy;
  const s = text.trim();
  let matched = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (!(m[2] in units)) throw new Error(`unknown time unit "${m[2]}" in ${JSON.stringify(text)}`);
    total += Number(m[1]) * units[m[2]];
    matched = re.lastIndex;
    while (s[re.lastIndex] === " ") re.lastIndex++;
  }
  if (matched !== s.length || s === "") throw new Error(`not a systemd time span: ${JSON.stringify(text)}`);
  return total;
}
