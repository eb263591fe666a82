import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { containsToken } from "../tokens";

/**
 * Authorizes one more public key for the image's admin user (top-level `ssh_authorized_keys`, which cloud-init gives
 * the default user): the key the Terraform run delivers with, when it is not the admin key the cloud's metadata
 * already carries (an administrator who brings their own key keeps it, and the run still has one of its own).
 */
export class DeliveryLogin implements CloudInitElement {
  /** Authorizes `publicKey` (an OpenSSH public key line; token allowed). */
  public static authorize(publicKey: string): DeliveryLogin {
    return new DeliveryLogin(publicKey);
  }

  /** The public key line. */
  public readonly publicKey: string;

  private constructor(publicKey: string) {
    if (typeof publicKey !== "string" || (!containsToken(publicKey) && !/^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( \S.*)?$/.test(publicKey.trim()))) {
      throw invalid("deliveryLogin.publicKey", publicKey, "is not an OpenSSH public key line", "Pass e.g. tls_private_key.public_key_openssh.");
    }
    this.publicKey = publicKey;
  }

  /** Sets `ssh_authorized_keys`. */
  public contribute(target: ElementTarget): void {
    target.setSingleton("ssh_authorized_keys", [this.publicKey]);
  }
}
