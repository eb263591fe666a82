import { Password } from "@cdktf/provider-random/lib/password";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { Construct } from "constructs";
import type { HostKeyPair } from "../cloudinit/delivery/host-key";
import { invalid } from "../src/errors";
import { stackRandomProvider, stackTlsProvider } from "./private/stack-providers";
import { TokenLengths } from "./private/token-lengths";

/**
 * Longest `private_key_openssh` of an ED25519 key as it appears in user-data (a bootstrap host key). The tls provider
 * writes it with an empty comment, so its length is fixed: 234 bytes of key (magic, cipher and KDF "none", one public
 * key, the private section padded to 136 bytes) are 312 base64 characters in 5 lines, with the PEM armour 387
 * characters (measured the same with `ssh-keygen -t ed25519 -C ''`). 400 leaves a margin.
 */
export const ED25519_PRIVATE_OPENSSH_MAX = 400;
/** The OpenSSH halves of a generated key, as the roles take a key pair. */
export function opensshKeyPair(key: PrivateKey): HostKeyPair {
  return { privateKeyOpenssh: key.privateKeyOpenssh, publicKeyOpenssh: key.publicKeyOpenssh };
}

/** Longest `public_key_openssh` of an ED25519 key (`ssh-ed25519 <68 base64>` and a newline). */
export const ED25519_PUBLIC_OPENSSH_MAX = 100;
/** bcrypt hashes (`$2a$10$` + 53 characters) are 60 characters. */
export const BCRYPT_HASH_LENGTH = 60;

/** Properties of {@link Credentials}. */
export interface CredentialsProps {
  /**
   * Length of every generated password (letters and digits only, so a password is safe in XML, INI, env files and
   * URLs without escaping: 24 characters are about 143 bits).
   * @default 24
   */
  readonly passwordLength?: number;
}

/**
 * Generates the secrets of a machine with Terraform (`random_password`, `tls_private_key`) and declares their
 * worst-case lengths for the user-data size estimate. No secret is ever a literal in the synthesized JSON; every
 * value is a token.
 */
export class Credentials extends Construct {
  private readonly passwordLength: number;

  public constructor(scope: Construct, id: string, props: CredentialsProps = {}) {
    super(scope, id);
    this.passwordLength = props.passwordLength ?? 24;
    if (!Number.isInteger(this.passwordLength) || this.passwordLength < 16 || this.passwordLength > 128) {
      throw invalid("credentials.passwordLength", props.passwordLength, "must be an integer between 16 and 128", "Use 24.");
    }
    stackTlsProvider(this);
    stackRandomProvider(this);
  }

  /**
   * A random password of letters and digits (`random_password`, `special = false`), length declared.
   * @param length exact length; shorter than the default only where a protocol demands it (VNC: 8)
   */
  public password(id: string, length: number = this.passwordLength): Password {
    if (!Number.isInteger(length) || length < 8 || length > 128) {
      throw invalid(`credentials.${id}.length`, length, "must be an integer between 8 and 128", "Use the default length.");
    }
    const min = length >= 16 ? 2 : 1;
    const password = new Password(this, id, { length, special: false, minLower: min, minUpper: min, minNumeric: min });
    TokenLengths.declare(this, password.result, length);
    TokenLengths.declare(this, password.bcryptHash, BCRYPT_HASH_LENGTH);
    return password;
  }

  /** An ED25519 key pair (`tls_private_key`), OpenSSH lengths declared. */
  public ed25519Key(id: string): PrivateKey {
    const key = new PrivateKey(this, id, { algorithm: "ED25519" });
    TokenLengths.declare(this, key.privateKeyOpenssh, ED25519_PRIVATE_OPENSSH_MAX);
    TokenLengths.declare(this, key.publicKeyOpenssh, ED25519_PUBLIC_OPENSSH_MAX);
    return key;
  }
}
