import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { absolutePath, accountName, rejectNewline, rejectNul } from "../private/validate";
import { containsToken } from "../tokens";

/** Options of {@link User.create}. */
export interface UserOptions {
  /**
   * Supplementary groups (must exist or be created with {@link Group.of}; cloud-init creates missing ones).
   * @default []
   */
  readonly groups?: readonly string[];
  /**
   * Login shell.
   * @default "/bin/bash"
   */
  readonly shell?: string;
  /**
   * Sudo rights: `true` for passwordless sudo (`ALL=(ALL) NOPASSWD:ALL`), or one sudoers rule such as
   * `"ALL=(ALL) NOPASSWD:/usr/bin/systemctl"` (a string: cloud-init 22.4's schema takes no list).
   * @default false
   */
  readonly sudo?: boolean | string;
  /**
   * OpenSSH public keys allowed to log in (may be Terraform tokens); options such as `restrict,permitlisten=...` may precede a key.
   * @default []
   */
  readonly sshAuthorizedKeys?: readonly string[];
  /**
   * Lock the password (no password login possible).
   * @default true
   */
  readonly lockPassword?: boolean;
  /**
   * Home directory.
   * @default - /home/<name> (none for system users)
   */
  readonly homeDir?: string;
  /**
   * Create a system account (low UID, no home directory unless `homeDir` is set).
   * @default false
   */
  readonly system?: boolean;
  /**
   * Primary group.
   * @default - a group named like the user
   */
  readonly primaryGroup?: string;
  /**
   * Fixed numeric UID (e.g. to match files on a persistent data volume).
   * @default - allocated by useradd
   */
  readonly uid?: number;
  /**
   * Comment (GECOS) field.
   * @default - none
   */
  readonly gecos?: string;
}

/** Options of {@link User.system}. */
export type SystemUserOptions = Omit<UserOptions, "system" | "sudo" | "lockPassword">;

/** A Linux user created by cloud-init (`users`). The distribution's default user is always kept. */
export class User implements CloudInitElement {
  /** A system account (no login shell by default, no sudo, locked password). */
  public static system(name: string, options: SystemUserOptions = {}): User {
    return new User(name, { shell: "/usr/sbin/nologin", ...options, system: true, lockPassword: true, sudo: false });
  }

  /** A regular (or, with `system: true`, system) account. */
  public static create(name: string, options: UserOptions = {}): User {
    return new User(name, options);
  }

  /** Login name. */
  public readonly name: string;
  /** The cloud-init user object without `name`, in cloud-init's key names. */
  public readonly fields: Readonly<Record<string, unknown>>;

  private constructor(name: string, options: UserOptions) {
    this.name = accountName("user.name", name);
    const field = `user(${name})`;
    const groups = options.groups ?? [];
    const shell = absolutePath(`${field}.shell`, options.shell ?? "/bin/bash");
    const sudo = options.sudo ?? false;
    const keys = options.sshAuthorizedKeys ?? [];
    const lockPassword = options.lockPassword ?? true;
    const system = options.system ?? false;
    if (!Array.isArray(groups)) {
      throw invalid(`${field}.groups`, groups, "must be an array of group names", "Use e.g. [\"docker\"].");
    }
    groups.forEach((g, i) => accountName(`${field}.groups[${i}]`, g));
    if (typeof lockPassword !== "boolean") {
      throw invalid(`${field}.lockPassword`, lockPassword, "must be a boolean", "Use true (default) or false.");
    }
    if (typeof system !== "boolean") {
      throw invalid(`${field}.system`, system, "must be a boolean", "Use true or false.");
    }
    let sudoValue: string | undefined;
    if (sudo === true) {
      sudoValue = "ALL=(ALL) NOPASSWD:ALL";
    } else if (typeof sudo === "string") {
      if (sudo.trim() === "") {
        throw invalid(`${field}.sudo`, sudo, "must be a non-empty sudoers rule", "Use e.g. \"ALL=(ALL) NOPASSWD:/usr/bin/systemctl\".");
      }
      rejectNewline(`${field}.sudo`, sudo, "Pass one rule (cloud-init 22.4, the oldest supported schema, takes one rule as a string).");
      sudoValue = sudo;
    } else if (sudo !== false) {
      throw invalid(`${field}.sudo`, sudo, "must be a boolean or one sudoers rule string", "Use true for passwordless sudo.");
    }
    keys.forEach((key, i) => {
      const keyField = `${field}.sshAuthorizedKeys[${i}]`;
      if (typeof key !== "string" || key.trim() === "") {
        throw invalid(keyField, key, "must be a non-empty OpenSSH public key", "Use e.g. \"ssh-ed25519 AAAA... comment\".");
      }
      rejectNul(keyField, key);
      if (!containsToken(key)) {
        rejectNewline(keyField, key, "Pass one key per array element.");
        if (!/(^|[\s,"])(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) AAAA[A-Za-z0-9+/=]+/.test(key)) {
          throw invalid(keyField, key, "is not an OpenSSH public key line", "Use the content of a .pub file, e.g. \"ssh-ed25519 AAAA... comment\".");
        }
      }
    });
    const fields: Record<string, unknown> = {};
    if (options.gecos !== undefined) {
      rejectNewline(`${field}.gecos`, options.gecos, "Use a single line.");
      if (options.gecos.includes(":")) {
        throw invalid(`${field}.gecos`, options.gecos, "must not contain ':' (passwd field separator)", "Remove the colon.");
      }
      fields.gecos = options.gecos;
    }
    if (options.primaryGroup !== undefined) {
      fields.primary_group = accountName(`${field}.primaryGroup`, options.primaryGroup);
    }
    if (groups.length > 0) {
      fields.groups = [...new Set(groups)].sort();
    }
    if (options.homeDir !== undefined) {
      fields.homedir = absolutePath(`${field}.homeDir`, options.homeDir);
    }
    fields.shell = shell;
    fields.lock_passwd = lockPassword;
    if (sudoValue !== undefined) {
      fields.sudo = sudoValue;
    }
    if (system) {
      fields.system = true;
    }
    if (options.uid !== undefined) {
      if (!Number.isInteger(options.uid) || options.uid < 1 || options.uid > 60000) {
        throw invalid(`${field}.uid`, options.uid, "must be an integer between 1 and 60000", "Use e.g. 2000, or omit it.");
      }
      fields.uid = options.uid;
    }
    if (keys.length > 0) {
      fields.ssh_authorized_keys = [...keys];
    }
    this.fields = fields;
  }

  /** Adds the `users` entry. */
  public contribute(target: ElementTarget): void {
    target.addUser({ name: this.name, fields: this.fields });
  }
}
