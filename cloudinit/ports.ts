import { invalid } from "./private/errors";

/** Loopback ports on the gateway that one desktop's reverse tunnel binds. */
export interface DesktopPorts {
  /** VNC: 5900 + index, on the gateway's 127.0.0.1. */
  readonly vnc: number;
  /** PulseAudio (TCP): 4700 + index, on the gateway's 127.0.0.1. */
  readonly audio: number;
}

/** Highest desktop index. */
export const MAX_DESKTOPS = 99;

/** The gateway loopback ports reserved for desktop `index` (1..99). */
export function desktopPorts(index: number): DesktopPorts {
  if (!Number.isInteger(index) || index < 1 || index > MAX_DESKTOPS) {
    throw invalid("desktop.index", index, `must be an integer between 1 and ${MAX_DESKTOPS}`, "Number desktops from 1.");
  }
  return { vnc: 5900 + index, audio: 4700 + index };
}

/** Gateway services reached by desktops through `ssh -L` to the gateway's loopback. */
export const GATEWAY_LOOPBACK_PORTS = {
  /** IMAP without TLS, only inside the SSH tunnel. */
  imap: 143,
  /** Mumble server (TCP). */
  mumble: 64738,
} as const;

/** A public port of the gateway. */
export interface GatewayPublicPort {
  /** Port number. */
  readonly port: number;
  /** Protocol. */
  readonly protocol: "tcp" | "udp";
  /** What it serves. */
  readonly description: string;
}

/** The gateway's public ports; SMTP (25) and IMAPS (993) only with mail. */
export function gatewayPublicPorts(options: { readonly mail: boolean }): GatewayPublicPort[] {
  const ports: GatewayPublicPort[] = [
    { port: 22, protocol: "tcp", description: "SSH (administration and desktop tunnels)" },
    { port: 80, protocol: "tcp", description: "HTTP (ACME and redirect to HTTPS)" },
    { port: 443, protocol: "tcp", description: "HTTPS (Guacamole, landing page, Mumble web)" },
    { port: 64738, protocol: "tcp", description: "Mumble (control)" },
    { port: 64738, protocol: "udp", description: "Mumble (voice)" },
  ];
  if (options.mail) {
    ports.push({ port: 25, protocol: "tcp", description: "SMTP (inbound mail)" }, { port: 993, protocol: "tcp", description: "IMAPS" });
  }
  // An ordinal comparison: localeCompare would load ICU's collator (about 12 ms, the first call of a synth).
  return ports.sort((a, b) => a.port - b.port || (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0));
}
