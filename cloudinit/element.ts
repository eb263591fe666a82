import type { Os } from "./os";

/** One `write_files` entry as the renderer emits it. */
export interface WriteFileEntry {
  /** Absolute path. */
  readonly path: string;
  /** File content (text, or base64 text when `encoding` says so). */
  readonly content: string;
  /** `user:group`. */
  readonly owner: string;
  /** Four-digit octal mode, e.g. `"0640"`. */
  readonly permissions: string;
  /** Written in the final stage, after packages and users exist. */
  readonly defer: boolean;
  /** cloud-init encoding of `content`; absent for plain text. */
  readonly encoding?: "b64" | "gz+b64";
}

/** One `users` entry (cloud-init user object, already in cloud-init's key names). */
export interface UserEntry {
  /** Login name. */
  readonly name: string;
  /** Remaining cloud-init keys (`groups`, `shell`, `sudo`, ...). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** A systemd unit or drop-in as collected by {@link ElementTarget.addUnit}. */
export interface UnitEntry {
  /** Unit name, e.g. `pairpac-tunnel.service`. */
  readonly unitName: string;
  /** Where the file goes, e.g. `/etc/systemd/system/pairpac-tunnel.service`. */
  readonly path: string;
  /** Serialized unit file. */
  readonly content: string;
  /** Run `systemctl enable --now <unit>` from runcmd. */
  readonly enable: boolean;
  /** Run `systemctl try-restart <unit>` from runcmd (drop-ins for units that may already run). */
  readonly restart?: boolean;
}

/**
 * What an element writes into a {@link CloudConfig}. Implemented by the document; elements only call it.
 * Every method may throw a PairPacError on a conflict with an earlier contributor.
 */
export interface ElementTarget {
  /** Operating system of the machine being rendered (selects package names). */
  readonly os: Os;
  /** Adds a `write_files` entry. */
  writeFile(entry: WriteFileEntry): void;
  /** Adds distribution packages (already resolved for {@link ElementTarget.os}). */
  installPackages(names: readonly string[]): void;
  /** Adds a user. */
  addUser(entry: UserEntry): void;
  /** Adds a group with optional members. */
  addGroup(name: string, members: readonly string[]): void;
  /** Adds a systemd unit file or drop-in. */
  addUnit(entry: UnitEntry): void;
  /** Appends a runcmd entry (argv form). */
  runCommand(argv: readonly string[]): void;
  /** Sets a top-level cloud-init key that can have only one value (timezone, locale, swap, ...). */
  setSingleton(key: string, value: unknown): void;
  /** Adds an apt source under `apt.sources.<name>`. */
  addAptSource(name: string, source: Readonly<Record<string, string>>): void;
  /** Adds kernel parameters to the merged sysctl drop-in. */
  addSysctl(settings: Readonly<Record<string, string>>): void;
}

/** Anything that can be added to a {@link CloudConfig}: every element in `cloudinit/elements/`. */
export interface CloudInitElement {
  /** Writes this element into the document. Called once per {@link CloudConfig.add}. */
  contribute(target: ElementTarget): void;
}
