import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { containsToken } from "../tokens";

/** One host key pair (OpenSSH formats; Terraform tokens allowed). */
export interface SshHostKeyPair {
  /** Private key, `-----BEGIN OPENSSH PRIVATE KEY-----` (or PEM for rsa/ecdsa). */
  readonly private: string;
  /** Public key line, e.g. `ssh-ed25519 AAAA...`. */
  readonly public: string;
}

/** Host keys by type; at least one. */
export interface SshHostKeysOptions {
  /** Ed25519 host key. @default - none */
  readonly ed25519?: SshHostKeyPair;
  /** ECDSA host key. @default - none */
  readonly ecdsa?: SshHostKeyPair;
  /** RSA host key. @default - none */
  readonly rsa?: SshHostKeyPair;
}

const PUBLIC_PREFIX: Record<string, RegExp> = {
  ed25519: /^ssh-ed25519 AAAA[A-Za-z0-9+/=]+( .*)?$/,
  ecdsa: /^ecdsa-sha2-nistp(256|384|521) AAAA[A-Za-z0-9+/=]+( .*)?$/,
  rsa: /^ssh-rsa AAAA[A-Za-z0-9+/=]+( .*)?$/,
};

/**
 * Fixed SSH host keys (`ssh_keys`), so the machine keeps its identity across replacements and clients can pin it.
 * Only the given key types are used: cloud-init generates no others.
 */
export class SshHostKeys implements CloudInitElement {
  /** Host keys by type, e.g. `{ ed25519: { private, public } }`. */
  public static of(keys: SshHostKeysOptions): SshHostKeys {
    return new SshHostKeys(keys);
  }

  /** Key types given, sorted. */
  public readonly types: readonly string[];
  private readonly keys: SshHostKeysOptions;

  private constructor(keys: SshHostKeysOptions) {
    const types = Object.keys(keys).filter((t) => keys[t as keyof SshHostKeysOptions] !== undefined).sort();
    if (types.length === 0) {
      throw invalid("sshHostKeys", keys, "must contain at least one key pair", "Pass e.g. { ed25519: { private, public } }.");
    }
    for (const type of types) {
      if (!(type in PUBLIC_PREFIX)) {
        throw invalid(`sshHostKeys.${type}`, type, "is not a supported key type", "Use ed25519, ecdsa or rsa.");
      }
      const pair = keys[type as keyof SshHostKeysOptions] as SshHostKeyPair;
      if (typeof pair.private !== "string" || (!containsToken(pair.private) && !/^-----BEGIN (OPENSSH|RSA|EC) PRIVATE KEY-----\r?\n[\s\S]+-----END (OPENSSH|RSA|EC) PRIVATE KEY-----\s*$/.test(pair.private))) {
        throw invalid(`sshHostKeys.${type}.private`, pair.private, "is not an OpenSSH/PEM private key", "Pass the private key text (e.g. tls_private_key.private_key_openssh).");
      }
      if (typeof pair.public !== "string" || (!containsToken(pair.public) && !PUBLIC_PREFIX[type].test(pair.public.trim()))) {
        throw invalid(`sshHostKeys.${type}.public`, pair.public, `is not an ${type} OpenSSH public key line`, "Pass the public key (e.g. tls_private_key.public_key_openssh).");
      }
    }
    this.types = types;
    this.keys = keys;
  }

  /** Sets `ssh_keys` and `ssh_genkeytypes`. */
  public contribute(target: ElementTarget): void {
    const value: Record<string, string> = {};
    for (const type of this.types) {
      const pair = this.keys[type as keyof SshHostKeysOptions] as SshHostKeyPair;
      value[`${type}_private`] = pair.private;
      value[`${type}_public`] = pair.public;
    }
    target.setSingleton("ssh_keys", value);
    target.setSingleton("ssh_genkeytypes", [...this.types]);
  }
}
