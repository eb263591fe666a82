import { invalid } from "../private/errors";
import { absolutePath, octalMode, rejectNul } from "../private/validate";
import { containsToken } from "../tokens";

/**
 * What the Terraform run hands a running machine: the secrets and the configuration that changes during the life of
 * the machine (certificate, passwords, desktop registrations), as files with owner and mode, each naming the actions
 * that must follow when it changes. The machine's apply command (`apply-command.ts`) writes the files that differ and
 * runs only those actions. User-data holds none of this.
 *
 * The bundle travels as text, one record per line (the apply command parses it with bash):
 *
 * ```
 * pairpac-delivery 1 <machine>
 * applier <base64 of the applier script>
 * dir <mode> <owner>:<group> <path>
 * file <mode> <owner>:<group> <actions|-> <path> <base64 of the content>
 * prune <actions|-> <dir>
 * end <number of records>
 * ```
 *
 * `actions` is a comma-separated list of action tokens, each `<action>` or `<action>:<member>`. `prune` removes the
 * regular files directly in `dir` that no `file` record names (e.g. the one pages of a removed desktop). The `end`
 * line lets the applier refuse a cut-off bundle. The applier (`apply-command.ts`) is the script the machine's apply
 * command runs on the bundle: it comes with every bundle, so its logic and the machine's action table can change with
 * PairPac without changing the user-data.
 */

/** First word of a bundle's first line. */
export const BUNDLE_MAGIC = "pairpac-delivery";
/** Format version of the bundle text. */
export const BUNDLE_VERSION = 1;

/** An owner as the apply command takes it: a user and a group, by name or number. */
const ACCOUNT = /^([a-z_][a-z0-9_-]{0,31}|\d{1,10})$/;
/** An action token: `name` or `name:member` (lower case, digits, `-`). */
const ACTION_TOKEN = /^[a-z][a-z0-9-]{0,31}(:[a-z0-9][a-z0-9-]{0,31})?$/;
/** Characters the apply command accepts in a path (it refuses anything else before touching the file system). */
const SAFE_PATH = /^\/[A-Za-z0-9._@+/-]+$/;

/** Options of a delivered file or directory. */
export interface DeliveredFileOptions {
  /**
   * Owner as `"user:group"` (names or numeric ids, e.g. `"root:10000"` for a container's uid).
   * @default "root:root"
   */
  readonly owner?: string;
  /**
   * Octal mode, e.g. `"0640"`.
   * @default "0644" for files, "0755" for directories
   */
  readonly mode?: string;
  /**
   * Action tokens to run when the file's content changes (`"sshd"`, `"containers:nginx"`, ...); the machine's apply
   * command must know each action.
   * @default [] - nothing to reload (the program reads the file when it needs it)
   */
  readonly then?: readonly string[];
}

/** One record of a bundle. */
export interface DeliveryRecord {
  /** `dir`, `file` or `prune`. */
  readonly kind: "dir" | "file" | "prune";
  /** Absolute path (a directory for `dir` and `prune`). */
  readonly path: string;
  /** Four-digit octal mode (`dir`, `file`). */
  readonly mode?: string;
  /** `user:group` (`dir`, `file`). */
  readonly owner?: string;
  /** Action tokens (`file`, `prune`). */
  readonly then: readonly string[];
  /** Content (`file`): may contain Terraform tokens. */
  readonly content?: string;
}

function owner(field: string, value: unknown): string {
  if (typeof value !== "string" || value.split(":").length !== 2 || !value.split(":").every((p) => ACCOUNT.test(p))) {
    throw invalid(field, value, "must be \"user:group\" (names or numeric ids)", "Use e.g. \"root:root\" or \"root:10000\".");
  }
  return value;
}

function safePath(field: string, value: unknown): string {
  const path = absolutePath(field, value);
  if (!SAFE_PATH.test(path)) {
    throw invalid(field, path, "must contain only letters, digits and '._@+/-'", "Use a plain path such as /etc/pairpac/app.conf.");
  }
  return path;
}

function actions(field: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(field, value, "must be a list of action tokens", "Use e.g. [\"sshd\"].");
  value.forEach((a, i) => {
    if (typeof a !== "string" || !ACTION_TOKEN.test(a)) {
      throw invalid(`${field}[${i}]`, a, "must be an action token: lower-case name, optionally ':' and a member", "Use e.g. \"sshd\" or \"containers:nginx\".");
    }
  });
  return [...new Set(value as string[])];
}

/**
 * The bundle of one machine. Records keep the order they were added in (directories before their files); a path can
 * be delivered once.
 */
export class DeliveryBundle {
  /** Machine name, e.g. `gateway`: written into the first line, so a bundle never lands on the wrong machine. */
  public readonly machine: string;
  /** The applier script the machine's apply command runs on this bundle. */
  public readonly applier: string;
  private readonly list: DeliveryRecord[] = [];

  /** An empty bundle for `machine`, carrying `applier` (see `applierScript`). */
  public constructor(machine: string, applier: string) {
    if (typeof machine !== "string" || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(machine)) {
      throw invalid("delivery.machine", machine, "must be 1-63 lower-case letters, digits or '-'", "Use e.g. \"gateway\" or \"desktop-1\".");
    }
    if (typeof applier !== "string" || !applier.startsWith("#!") || containsToken(applier)) {
      throw invalid(`delivery(${machine}).applier`, applier, "must be a script without Terraform tokens", "Pass applierScript(machine, actions).");
    }
    this.machine = machine;
    this.applier = applier;
  }

  /** The records in order. */
  public get records(): readonly DeliveryRecord[] {
    return [...this.list];
  }

  /** The `file` records. */
  public get files(): readonly DeliveryRecord[] {
    return this.list.filter((r) => r.kind === "file");
  }

  /** Every action token some record names, in first-use order. */
  public get actionTokens(): readonly string[] {
    return [...new Set(this.list.flatMap((r) => r.then))];
  }

  /** A directory, created (or given this owner and mode) before the files below it. */
  public directory(path: string, options: Omit<DeliveredFileOptions, "then"> = {}): this {
    const field = `delivery(${this.machine}).dir(${String(path)})`;
    this.push({ kind: "dir", path: safePath(`${field}.path`, path), owner: owner(`${field}.owner`, options.owner ?? "root:root"), mode: octalMode(`${field}.mode`, options.mode ?? "0755"), then: [] });
    return this;
  }

  /** A file; `content` may contain Terraform tokens (the construct encodes it in Terraform). */
  public file(path: string, content: string, options: DeliveredFileOptions = {}): this {
    const field = `delivery(${this.machine}).file(${String(path)})`;
    if (typeof content !== "string") throw invalid(`${field}.content`, content, "must be a string", "Pass the file content.");
    rejectNul(`${field}.content`, content);
    this.push({
      kind: "file",
      path: safePath(`${field}.path`, path),
      owner: owner(`${field}.owner`, options.owner ?? "root:root"),
      mode: octalMode(`${field}.mode`, options.mode ?? "0644"),
      then: actions(`${field}.then`, options.then),
      content,
    });
    return this;
  }

  /** Removes the regular files directly in `dir` that this bundle does not deliver, then runs `then` if any went. */
  public prune(dir: string, then: readonly string[] = []): this {
    const field = `delivery(${this.machine}).prune(${String(dir)})`;
    this.push({ kind: "prune", path: safePath(`${field}.path`, dir), then: actions(`${field}.then`, then) });
    return this;
  }

  /**
   * The bundle text. `encode` turns a file's content into its base64 field: a literal for plain content, or (in the
   * construct) a Terraform `base64encode(...)` interpolation for content with tokens.
   * @default encode - base64 of the UTF-8 content (content must not contain tokens)
   */
  public render(encode: (content: string) => string = base64OfLiteral): string {
    const lines = [`${BUNDLE_MAGIC} ${BUNDLE_VERSION} ${this.machine}`, `applier ${base64OfLiteral(this.applier)}`];
    const list = (then: readonly string[]) => (then.length === 0 ? "-" : then.join(","));
    for (const r of this.list) {
      if (r.kind === "dir") lines.push(`dir ${r.mode} ${r.owner} ${r.path}`);
      else if (r.kind === "file") lines.push(`file ${r.mode} ${r.owner} ${list(r.then)} ${r.path} ${encode(r.content ?? "")}`);
      else lines.push(`prune ${list(r.then)} ${r.path}`);
    }
    lines.push(`end ${this.list.length + 1}`);
    return `${lines.join("\n")}\n`;
  }

  private push(record: DeliveryRecord): void {
    if (this.list.some((r) => r.path === record.path && r.kind !== "prune" && record.kind !== "prune")) {
      throw invalid(`delivery(${this.machine}).path`, record.path, "is delivered twice", "Deliver each path once.");
    }
    this.list.push(record);
  }
}

/** base64 of literal UTF-8 content (what {@link DeliveryBundle.render} uses without an encoder). */
export function base64OfLiteral(content: string): string {
  if (containsToken(content)) {
    throw invalid("delivery.content", content, "contains a Terraform token, which only Terraform can encode", "Render the bundle with an encoder for tokens (the construct does).");
  }
  return Buffer.from(content, "utf8").toString("base64");
}

/** A bundle record read back from its text (see {@link parseDeliveryBundle}). */
export interface ParsedDeliveryRecord extends DeliveryRecord {
  /** The content's base64 field as it stands in the text (a literal, or a Terraform expression in `cdk.tf.json`). */
  readonly encoded?: string;
}

/** A bundle read back from its text. */
export interface ParsedDeliveryBundle {
  /** Machine name from the first line. */
  readonly machine: string;
  /** The applier script from the second line. */
  readonly applier: string;
  /** The records in order; `content` is decoded when the base64 field is a literal. */
  readonly records: readonly ParsedDeliveryRecord[];
}

/**
 * Parses bundle text (a rendered bundle, or the `content` of the delivery's file provisioner in `cdk.tf.json`, where
 * content with tokens is a `${base64encode(...)}` expression that is left encoded). Used by tests and the end-to-end
 * harness; the machine's own parser is the apply command.
 */
export function parseDeliveryBundle(text: string): ParsedDeliveryBundle {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const head = /^pairpac-delivery (\d+) ([a-z0-9-]+)$/.exec(lines[0] ?? "");
  if (!head || Number(head[1]) !== BUNDLE_VERSION) {
    throw invalid("delivery.text", lines[0], `must start with "${BUNDLE_MAGIC} ${BUNDLE_VERSION} <machine>"`, "Pass a bundle rendered by DeliveryBundle.render.");
  }
  const end = /^end (\d+)$/.exec(lines[lines.length - 1] ?? "");
  if (!end || Number(end[1]) !== lines.length - 2) {
    throw invalid("delivery.text", lines[lines.length - 1], "must end with \"end <number of records>\"", "Pass a complete bundle.");
  }
  const applier = /^applier ([A-Za-z0-9+/]*={0,2})$/.exec(lines[1] ?? "");
  if (!applier) {
    throw invalid("delivery.text", lines[1], "must be the applier line (\"applier <base64>\")", "Pass a bundle rendered by DeliveryBundle.render.");
  }
  const records: ParsedDeliveryRecord[] = lines.slice(2, -1).map((line, i) => {
    const f = line.split(" ");
    const then = (s: string) => (s === "-" ? [] : s.split(","));
    if (f[0] === "dir" && f.length === 4) return { kind: "dir", mode: f[1], owner: f[2], path: f[3]!, then: [] };
    if (f[0] === "prune" && f.length === 3) return { kind: "prune", then: then(f[1]!), path: f[2]! };
    if (f[0] === "file" && f.length >= 6) {
      const encoded = f.slice(5).join(" ");
      const literal = /^[A-Za-z0-9+/]*={0,2}$/.test(encoded);
      return {
        kind: "file", mode: f[1], owner: f[2], then: then(f[3]!), path: f[4]!, encoded,
        ...(literal ? { content: Buffer.from(encoded, "base64").toString("utf8") } : {}),
      };
    }
    throw invalid(`delivery.text[${i + 2}]`, line, "is not a dir, file or prune record", "Pass a bundle rendered by DeliveryBundle.render.");
  });
  return { machine: head[2]!, applier: Buffer.from(applier[1]!, "base64").toString("utf8"), records };
}
