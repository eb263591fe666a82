import { invalid } from "../private/errors";
import { rejectTokens } from "../tokens";
import { checkName, rejectControlCharacters } from "./private/checks";

/** A keyword's value: one word, several words (space-separated), a number or a yes/no boolean. */
export type SshdValue = string | number | boolean | readonly string[];

/** One `Match` block: its criteria and the keywords that apply inside it. */
export interface SshdMatch {
  /** Criteria, e.g. `{ User: "tunnel" }`. */
  readonly criteria: Readonly<Record<string, string>>;
  /** Keywords inside the block, in order. */
  readonly settings: Readonly<Record<string, SshdValue>>;
}

/** An sshd_config file or drop-in: global keywords first, then Match blocks (sshd requires that order). */
export interface SshdConfig {
  /** Keywords outside any Match block. */
  readonly global: Readonly<Record<string, SshdValue>>;
  /** Match blocks, in order. */
  readonly matches?: readonly SshdMatch[];
}

const KEYWORD = /^[A-Z][A-Za-z0-9]*$/;
const WORD = /^[^\s"#\\]+$/;

/**
 * Renders an sshd_config (drop-in). A word containing whitespace is double-quoted; `"`, `\` and `#` inside a
 * word are rejected (sshd has no escape for them).
 *
 * @throws PairPacError for a bad keyword, a line break or control character, an unquotable word, or a token.
 */
export function renderSshdConfig(config: SshdConfig): string {
  const lines: string[] = [];
  keywords("sshd.global", config.global, "", lines);
  (config.matches ?? []).forEach((m, i) => {
    const crit = Object.entries(m.criteria).map(([k, v]) => {
      checkName(`sshd.matches[${i}].criteria`, k, KEYWORD, "a Match criterion such as User or Address", "User");
      return `${k} ${word(`sshd.matches[${i}].criteria.${k}`, v)}`;
    });
    if (crit.length === 0) throw invalid(`sshd.matches[${i}].criteria`, m.criteria, "must not be empty", "Add e.g. { User: \"tunnel\" }.");
    lines.push(`Match ${crit.join(" ")}`);
    keywords(`sshd.matches[${i}].settings`, m.settings, "  ", lines);
  });
  return lines.join("\n") + "\n";
}

function keywords(field: string, record: Readonly<Record<string, SshdValue>>, pad: string, lines: string[]): void {
  for (const [k, v] of Object.entries(record)) {
    checkName(field, k, KEYWORD, "an sshd keyword in CamelCase", "PasswordAuthentication");
    if (k.toLowerCase() === "match") throw invalid(field, k, "must not be Match (use `matches`)", "Move it to `matches`.");
    const values = Array.isArray(v) ? v : [v];
    if (values.length === 0) throw invalid(`${field}.${k}`, v, "must not be an empty list", "Give at least one value.");
    lines.push(`${pad}${k} ${values.map((x, i) => word(`${field}.${k}[${i}]`, typeof x === "boolean" ? (x ? "yes" : "no") : String(x))).join(" ")}`);
  }
}

function word(field: string, value: string): string {
  rejectControlCharacters(field, value, "sshd_config values are single lines.");
  rejectTokens(field, value, "sshd_config holds no secrets");
  if (value.length === 0) throw invalid(field, value, "must not be empty", "Give a value.");
  if (WORD.test(value)) return value;
  if (/["\\#]/.test(value)) {
    throw invalid(field, value, "must not contain '\"', '\\' or '#'", "sshd_config cannot escape these characters; choose another value.");
  }
  return `"${value}"`;
}

/** Options of one `authorized_keys` line. */
export interface AuthorizedKeyOptions {
  /** Flags without value, e.g. `restrict`, `port-forwarding`. */
  readonly flags?: readonly string[];
  /** `permitlisten="host:port"` values. */
  readonly permitListen?: readonly string[];
  /** `permitopen="host:port"` values. */
  readonly permitOpen?: readonly string[];
  /** `command="..."`. */
  readonly command?: string;
  /** `from="pattern-list"`. */
  readonly from?: string;
}

/**
 * Renders one `authorized_keys` line: options, then the public key (which may be a Terraform token; it must resolve
 * to a single `type base64 [comment]` line, as `tls_private_key.public_key_openssh` does).
 *
 * @throws PairPacError for a bad flag, a `"`, `\` or line break in an option value, or a host:port that is not one.
 */
export function renderAuthorizedKey(publicKey: string, options: AuthorizedKeyOptions = {}): string {
  const opts: string[] = [];
  for (const f of options.flags ?? []) {
    checkName("authorizedKey.flags", f, /^[a-z][a-z0-9-]*$/, "an option flag such as restrict", "restrict");
    opts.push(f);
  }
  const quoted = (field: string, v: string) => {
    rejectControlCharacters(field, v, "Use a single line.");
    rejectTokens(field, v, "options must be known at synth time");
    if (/["\\]/.test(v)) throw invalid(field, v, "must not contain '\"' or '\\'", "Remove them.");
    return `"${v}"`;
  };
  const hostPort = (field: string, v: string) => {
    if (!/^[A-Za-z0-9.*-]+:(\d{1,5}|\*)$/.test(v) && !/^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(v)) {
      throw invalid(field, v, "must be host:port", "Use e.g. \"127.0.0.1:5901\".");
    }
    return quoted(field, v);
  };
  (options.permitListen ?? []).forEach((v, i) => opts.push(`permitlisten=${hostPort(`authorizedKey.permitListen[${i}]`, v)}`));
  (options.permitOpen ?? []).forEach((v, i) => opts.push(`permitopen=${hostPort(`authorizedKey.permitOpen[${i}]`, v)}`));
  if (options.from !== undefined) opts.push(`from=${quoted("authorizedKey.from", options.from)}`);
  if (options.command !== undefined) opts.push(`command=${quoted("authorizedKey.command", options.command)}`);
  const key = publicKey.trim();
  rejectControlCharacters("authorizedKey.publicKey", key, "Pass one OpenSSH public key line.");
  if (key.length === 0) throw invalid("authorizedKey.publicKey", publicKey, "must not be empty", "Pass an OpenSSH public key.");
  return (opts.length > 0 ? opts.join(",") + " " : "") + key;
}
