import { GATEWAY_LOOPBACK_PORTS } from "../ports";

/**
 * The gateway's port plan. Public ports are opened in the firewall and published by Docker; everything else binds to
 * loopback or to the private Docker bridges.
 */
export const GATEWAY_PORTS = {
  /** SSH: administration and the desktops' tunnels (public). */
  ssh: 22,
  /** SMTP, inbound mail to Postfix (public, with mail). */
  smtp: 25,
  /** HTTP: redirect to HTTPS (public). */
  http: 80,
  /** HTTPS: nginx (public). */
  https: 443,
  /** IMAPS: Dovecot (public, with mail). */
  imaps: 993,
  /** Mumble server, TCP and UDP (public). */
  mumble: 64738,
  /** Plain IMAP on the gateway's 127.0.0.1, forwarded to desktops inside SSH (`GATEWAY_LOOPBACK_PORTS` in cloudinit/ports.ts). */
  imapLoopback: GATEWAY_LOOPBACK_PORTS.imap,
  /** Dovecot LMTP on 127.0.0.1, used by Postfix. */
  lmtpLoopback: 24,
  /** Guacamole web application (Tomcat) on 127.0.0.1, proxied by nginx. */
  guacamoleLoopback: 8080,
  /** mumble-web + websockify on 127.0.0.1, proxied by nginx. */
  mumbleWebLoopback: 64737,
  /** guacd, bound to the gateway address of the `guac` bridge only. */
  guacd: 4822,
} as const;

/** Ports inside the containers. */
export const CONTAINER_PORTS = {
  /** Dovecot IMAPS (the image runs rootless on high ports). */
  dovecotImaps: 31993,
  /** Dovecot IMAP without TLS. */
  dovecotImap: 31143,
  /** Dovecot LMTP. */
  dovecotLmtp: 31024,
  /** Guacamole web application (Tomcat). */
  guacamole: 8080,
  /** mumble-web with websockify. */
  mumbleWeb: 8080,
} as const;

/**
 * Private Docker bridges with fixed addresses, so guacd (host network) can bind to the `guac` bridge's gateway and
 * Dovecot can recognise connections that come through the loopback publication.
 */
export const GATEWAY_NETWORKS = {
  /** Guacamole web app ↔ guacd. Bridge interface `pp-guac`. */
  guac: {
    /** Subnet of the bridge. */
    subnet: "172.30.1.0/24",
    /** The host's address on the bridge (guacd binds to it). */
    gateway: "172.30.1.1",
    /** Name of the bridge interface. */
    bridge: "pp-guac",
  },
  /** Mumble, mumble-web, Dovecot. Bridge interface `pp-apps`. */
  apps: {
    /** Subnet of the bridge. */
    subnet: "172.30.2.0/24",
    /** The host's address on the bridge. */
    gateway: "172.30.2.1",
    /** Name of the bridge interface. */
    bridge: "pp-apps",
  },
} as const;
