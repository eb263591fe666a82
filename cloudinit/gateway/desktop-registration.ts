/** What the gateway needs to know about one desktop (contracts.md §4). Values may be Terraform tokens. */
export interface DesktopRegistration {
  /** Desktop number, 1..99: selects its loopback ports (`desktopPorts(index)`). */
  readonly index: number;
  /** Display name, e.g. `Desktop-1`: letters, digits, space, `-`, `_`, `.`. */
  readonly name: string;
  /** The desktop's tunnel key (OpenSSH ed25519 public key line). */
  readonly tunnelPublicKey: string;
  /** VNC password, 8 characters from [A-Za-z0-9-_.] (VNC uses at most 8). */
  readonly vncPassword: string;
}
