/**
 * Loopback ports on a desktop machine: what its services listen on and where its SSH tunnel forwards to.
 *
 * - `vnc` (x11vnc) and `pulseAudio` (PulseAudio's native protocol over TCP) listen on the desktop's 127.0.0.1; the
 *   tunnel publishes them on the gateway's 127.0.0.1 at `desktopPorts(index).vnc` / `.audio` (`ssh -R`).
 * - `imap` and `mumble` are local ends of `ssh -L` forwards to the gateway's `GATEWAY_LOOPBACK_PORTS` (IMAP 143,
 *   Mumble 64738 TCP). IMAP uses 10143 because the unprivileged tunnel user cannot bind ports below 1024.
 */
export const DESKTOP_LOCAL_PORTS = {
  /** x11vnc on 127.0.0.1. */
  vnc: 5900,
  /** PulseAudio `module-native-protocol-tcp` on 127.0.0.1 (read by Guacamole's guacd through the tunnel). */
  pulseAudio: 4713,
  /** Local end of the IMAP forward (gateway 127.0.0.1:143). */
  imap: 10143,
  /** Local end of the Mumble forward (gateway 127.0.0.1:64738, TCP only). */
  mumble: 64738,
} as const;
