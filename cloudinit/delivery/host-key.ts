import { SshHostKeys } from "../elements/ssh-host-keys";
import { containsToken } from "../tokens";
import type { DeliveryBundle } from "./delivery-bundle";

/** An OpenSSH ed25519 key pair (Terraform tokens allowed). */
export interface HostKeyPair {
  /** Private key in OpenSSH format. */
  readonly privateKeyOpenssh: string;
  /** Public key line, `ssh-ed25519 AAAA...`. */
  readonly publicKeyOpenssh: string;
}

/** Where sshd reads its ed25519 host key (the path cloud-init writes `ssh_keys` to). */
export const HOST_KEY_PATH = "/etc/ssh/ssh_host_ed25519_key";

/**
 * Adds a machine's permanent host key to `bundle`, over the bootstrap key that cloud-init wrote to the same files, and
 * reloads sshd (the `sshd` action): new connections meet the permanent key, the delivering one keeps its session.
 */
export function permanentHostKey(bundle: DeliveryBundle, key: HostKeyPair): DeliveryBundle {
  // Validated like the user-data's host keys (token or OpenSSH text).
  SshHostKeys.of({ ed25519: { private: key.privateKeyOpenssh, public: key.publicKeyOpenssh } });
  return bundle
    .file(HOST_KEY_PATH, withNewline(key.privateKeyOpenssh), { mode: "0600", then: ["sshd"] })
    .file(`${HOST_KEY_PATH}.pub`, key.publicKeyOpenssh, { mode: "0644", then: ["sshd"] });
}

/** OpenSSH reads a private key only with its final newline (Terraform's `private_key_openssh` has it). */
function withNewline(text: string): string {
  return containsToken(text) || text.endsWith("\n") ? text : `${text}\n`;
}
