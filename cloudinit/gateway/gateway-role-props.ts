import type { HostKeyPair } from "../delivery/host-key";
import type { Os } from "../os";
import type { DesktopRegistration } from "./desktop-registration";

/** A Guacamole login. */
export interface GuacamoleUser {
  /** Login name, e.g. `team`. */
  readonly name: string;
  /**
   * SHA-256 of the password as 64 hex digits (e.g. Terraform's `sha256(random_password.result)`): Guacamole compares
   * hashes (`encoding="sha256"`), so no clear-text Guacamole password is stored on the gateway.
   */
  readonly passwordSha256: string;
  /** `collaborate` gets full control and the watch connections; `watch` only the read-only connections. */
  readonly access: "collaborate" | "watch";
}

/** Mail settings of the gateway. */
export interface GatewayMailProps {
  /**
   * Local part of the one mailbox; the address is `<user>@<domain>`.
   * @default "team"
   */
  readonly user?: string;
  /** bcrypt hash of the mailbox password (`random_password.bcrypt_hash`, `$2a$...`); stored as `{BLF-CRYPT}`. */
  readonly passwordBcrypt: string;
}

/**
 * Everything the gateway role renders from. Strings may be Terraform tokens unless a field says otherwise. The
 * certificate, the permanent host key, the desktops, the logins and the passwords go into the delivery bundle, not
 * into user-data (see `describeGatewayRole`).
 */
export interface GatewayRoleProps {
  /**
   * Operating system (selects package names).
   * @default Os.UBUNTU_24_04
   */
  readonly os?: Os;
  /** The branch's DNS zone, e.g. `main.example.org` (literal, not a token): site name, mail domain, Mumble host. */
  readonly domain: string;
  /**
   * Title of the landing page.
   * @default - "PairPac: <domain>"
   */
  readonly title?: string;
  /** The ACME certificate: full chain PEM (leaf first) and private key PEM. */
  readonly certificate: {
    /** Full chain PEM, leaf first. */
    readonly certificatePem: string;
    /** Private key PEM. */
    readonly privateKeyPem: string;
  };
  /** The permanent SSH host key (OpenSSH ed25519) that desktops pin: delivered, never in user-data. */
  readonly hostKey: HostKeyPair;
  /**
   * The bootstrap SSH host key (OpenSSH ed25519) in user-data: it authenticates the new machine to the Terraform run
   * for the first delivery only, which replaces it with {@link GatewayRoleProps.hostKey}.
   */
  readonly bootstrapHostKey: HostKeyPair;
  /** Registered desktops (any order; rendered sorted by index). */
  readonly desktops: readonly DesktopRegistration[];
  /** Guacamole logins; at least one with `collaborate` access. */
  readonly guacamoleUsers: readonly GuacamoleUser[];
  /** Mumble passwords (tokens). */
  readonly mumble: {
    /** Password every Mumble client needs to join. */
    readonly serverPassword: string;
    /** Password of the Mumble SuperUser (channel administration). */
    readonly superuserPassword: string;
  };
  /**
   * Mail (Dovecot + Postfix); `undefined` switches mail off (no ports 25/993, no containers).
   * @default - no mail
   */
  readonly mail?: GatewayMailProps;
  /**
   * The data volume's device (from the placement); without it, data stays on the root disk under /srv/pairpac.
   * @default - no data volume
   */
  readonly dataVolumeDevice?: string;
  /**
   * File-system label the data volume is formatted and mounted by: the label of the placement's data volume
   * (`MachineContext.dataVolumeLabel`).
   * @default "pairpac-data" (GATEWAY_DATA_LABEL)
   */
  readonly dataVolumeLabel?: string;
}
