import { invalid } from "../private/errors";
import { containsToken, literalText, rejectTokens } from "../tokens";
import { checkName, rejectControlCharacters } from "./private/checks";

/** A setting value: strings are quoted when needed, arrays become space-separated lists, booleans `yes`/`no`. */
export type DovecotValue = string | number | boolean | readonly string[];

/** A node of a Dovecot 2.4 configuration: a setting or a named section. */
export type DovecotNode = DovecotSetting | DovecotSection;

/** `key = value` */
export interface DovecotSetting {
  /** Setting name, e.g. `mail_driver`. */
  readonly key: string;
  /** The value. */
  readonly value: DovecotValue;
}

/** `type [name] { ... }`, e.g. `service imap-login { ... }` or `passdb passwd-file { ... }`. */
export interface DovecotSection {
  /** Section type, e.g. `service`, `inet_listener`, `passdb`, `protocol`, `remote`. */
  readonly section: string;
  /** Section name or filter argument, e.g. `imap-login` or `172.30.2.0/24`. */
  readonly name?: string;
  /** Settings and sub-sections. */
  readonly body: readonly DovecotNode[];
}

/** `key = value` node. */
export function setting(key: string, value: DovecotValue): DovecotSetting {
  return { key, value };
}

/** Section node. */
export function section(type: string, name: string | undefined, body: readonly DovecotNode[]): DovecotSection {
  return { section: type, name, body };
}

/** Settings from a record, in insertion order. */
export function settings(record: Readonly<Record<string, DovecotValue>>): DovecotSetting[] {
  return Object.entries(record).map(([key, value]) => ({ key, value }));
}

const KEY = /^[a-z_][a-z0-9_]*$/;
const SECTION_NAME = /^[A-Za-z0-9_.:/*-]+$/;
/** Values written bare: no whitespace, quotes, braces, `#`, backslash, and not starting with `<` (file include). */
const BARE = /^[^\s"'{}#\\<][^\s"'{}#\\]*$/;

/**
 * Renders a Dovecot 2.4 configuration. `dovecot_config_version` and `dovecot_storage_version` must be the first
 * settings (Dovecot 2.4 requires the config version on the first non-comment line), so they are parameters.
 *
 * Values that Dovecot would split, read as a comment, or treat as a file include (`<path`) are double-quoted with
 * `"` and `\` escaped. `%{...}` variables and `$ENV:` references are written as they are.
 *
 * @throws PairPacError for bad names, line breaks or control characters, or a Terraform token (secrets go to the
 *   passwd-file, see {@link renderPasswdFile}).
 */
export function renderDovecot(versions: { readonly config: string; readonly storage: string }, body: readonly DovecotNode[]): string {
  const lines = [
    `dovecot_config_version = ${versionValue("dovecot.config", versions.config)}`,
    `dovecot_storage_version = ${versionValue("dovecot.storage", versions.storage)}`,
  ];
  renderNodes(body, 0, lines, "dovecot");
  return lines.join("\n") + "\n";
}

/** The text of a Dovecot value. */
export function dovecotValue(field: string, value: DovecotValue): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalid(field, value, "must be a finite number", "Use e.g. 31993.");
    return String(value);
  }
  if (Array.isArray(value)) {
    return value
      .map((v, i) => {
        const s = dovecotValue(`${field}[${i}]`, v);
        if (s.startsWith('"')) {
          throw invalid(`${field}[${i}]`, v, "must be a single word inside a list", "Split it into separate list items.");
        }
        return s;
      })
      .join(" ");
  }
  if (typeof value !== "string") throw invalid(field, value, "must be a string, number, boolean or list", "Convert the value.");
  rejectControlCharacters(field, value, "Dovecot values are single lines.");
  rejectTokens(field, value, "Dovecot configuration holds no secrets; passwords go to the passwd-file");
  if (BARE.test(value)) return value;
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** One user of a Dovecot `passwd-file`. */
export interface PasswdFileUser {
  /** Login name, e.g. `team@main.example.org`. */
  readonly user: string;
  /** Password with scheme prefix, e.g. `{BLF-CRYPT}$2a$10$...`; may contain a Terraform token. */
  readonly password: string;
  /** Numeric uid of the mail files. */
  readonly uid: number;
  /** Numeric gid of the mail files. */
  readonly gid: number;
  /** Home directory. */
  readonly home: string;
}

/**
 * Renders a Dovecot `passwd-file` (`user:password:uid:gid::home::`), one user per line.
 *
 * The password must carry a scheme prefix (`{BLF-CRYPT}`, `{SHA512-CRYPT}`, `{ARGON2ID}`, ...): a `{PLAIN}` or
 * unprefixed password is rejected, so no clear-text password is ever stored. A token in the password must
 * resolve to a hash without `:` or line breaks (bcrypt, SHA-crypt and Argon2 hashes never contain them).
 *
 * @throws PairPacError for a `:` or line break in a field, a clear-text or unprefixed password, or a bad uid.
 */
export function renderPasswdFile(users: readonly PasswdFileUser[]): string {
  return (
    users
      .map((u, i) => {
        const field = `passwdFile[${i}]`;
        for (const [k, v] of [["user", u.user], ["home", u.home], ["password", u.password]] as const) {
          rejectControlCharacters(`${field}.${k}`, v, "Use a single line.");
          if (literalText(v).includes(":")) {
            throw invalid(`${field}.${k}`, v, "must not contain ':' (the passwd-file field separator)", "Remove the ':'.");
          }
        }
        rejectTokens(`${field}.user`, u.user, "the user name must be known at synth time");
        if (u.user.length === 0) throw invalid(`${field}.user`, u.user, "must not be empty", "Use e.g. \"team@main.example.org\".");
        const scheme = /^\{([A-Z0-9.-]+)\}/.exec(u.password);
        if (!scheme) {
          throw invalid(`${field}.password`, u.password, "must start with a hash scheme such as {BLF-CRYPT}", "Pass a hash, e.g. `{BLF-CRYPT}` + random_password.bcrypt_hash.");
        }
        if (["PLAIN", "CLEARTEXT", "CLEAR", "PLAIN-TRUNC"].includes(scheme[1])) {
          throw invalid(`${field}.password`, u.password, "must not be a clear-text scheme", "Use {BLF-CRYPT}, {SHA512-CRYPT} or {ARGON2ID}.");
        }
        if (u.password.length === scheme[0].length) {
          throw invalid(`${field}.password`, u.password, "must contain a hash after the scheme", "Append the hash.");
        }
        if (!containsToken(u.password) && /\s/.test(u.password)) {
          throw invalid(`${field}.password`, u.password, "must not contain whitespace", "Pass the hash only.");
        }
        for (const [k, v] of [["uid", u.uid], ["gid", u.gid]] as const) {
          if (!Number.isInteger(v) || v < 1 || v > 4294967294) {
            throw invalid(`${field}.${k}`, v, "must be a positive integer", "Use e.g. 1000.");
          }
        }
        return `${u.user}:${u.password}:${u.uid}:${u.gid}::${u.home}::`;
      })
      .join("\n") + "\n"
  );
}

function versionValue(field: string, v: string): string {
  if (!/^\d+\.\d+\.\d+$/.test(v)) throw invalid(field, v, "must be a version such as 2.4.1", "Use the oldest Dovecot version the file must work with.");
  return v;
}

function renderNodes(nodes: readonly DovecotNode[], depth: number, lines: string[], field: string): void {
  nodes.forEach((n, i) => {
    const here = `${field}[${i}]`;
    const pad = "  ".repeat(depth);
    if ("key" in n) {
      checkName(`${here}.key`, n.key, KEY, "a Dovecot setting name (lower case letters, digits, '_')", "mail_driver");
      if (n.key === "dovecot_config_version" || n.key === "dovecot_storage_version") {
        throw invalid(`${here}.key`, n.key, "is set by renderDovecot itself (it must come first)", "Pass it in `versions`.");
      }
      lines.push(`${pad}${n.key} = ${dovecotValue(`${here}(${n.key})`, n.value)}`);
      return;
    }
    checkName(`${here}.section`, n.section, KEY, "a Dovecot section type (lower case letters, digits, '_')", "service");
    let head = n.section;
    if (n.name !== undefined) {
      checkName(`${here}.name`, n.name, SECTION_NAME, "a section name without spaces, quotes or braces", "imap-login");
      head += ` ${n.name}`;
    }
    lines.push(`${pad}${head} {`);
    renderNodes(n.body, depth + 1, lines, `${here}(${head})`);
    lines.push(`${pad}}`);
  });
}
