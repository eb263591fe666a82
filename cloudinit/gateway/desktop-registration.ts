/**
 * What the gateway needs to know about one desktop: the gateway authorizes its tunnel key for exactly its loopback
 * ports and offers its connections in Guacamole. Values may be Terraform tokens.
 */
export interface DesktopRegistration {
  /** Desktop number, 1..99: selects its loopback ports (`desktopPorts(index)`). */
  readonly index: number;
  /** Display name, e.g. `Desktop-1`: letters, digits, space, `-`, `_`, `.`. */
  readonly name: string;
  /** The desktop's tunnel key (OpenSSH ed25519 public key line). */
  readonly tunnelPublicKey: string;
  /** VNC password, 8 characters from [A-Za-z0-9-_.] (VNC uses at most 8). */
  readonly vncPassword: string;
  /**
   * Offer the desktop's sound in Guacamole (PulseAudio through the tunnel, about 1.4 Mbit/s per viewer while sound
   * plays). The desktop must be rendered with the same setting (`DesktopRoleProps.guacamoleAudio`).
   * @default false - viewers hear the desktop in the conference (Mumble), not in Guacamole
   */
  readonly guacamoleAudio?: boolean;
}
