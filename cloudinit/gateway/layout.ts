/** Where the gateway keeps things. Persistent data lives below {@link GATEWAY_DATA_DIR} (the data volume). */
export const GATEWAY_DATA_DIR = "/srv/pairpac";

/** Paths of the gateway's files. */
export const GATEWAY_PATHS = {
  /** Compose project file. */
  compose: "/etc/pairpac/compose.yaml",
  /** Certificate chain as delivered by Terraform (root's copy; Postfix reads it). */
  tlsChain: "/etc/pairpac/tls/fullchain.pem",
  /** Private key as delivered by Terraform (root's copy, 0600; Postfix reads it). */
  tlsKey: "/etc/pairpac/tls/privkey.pem",
  /** Per-service copies of the certificate (delivered), owned by the service's uid: `<dir>/<service>/{fullchain,privkey}.pem`. */
  tlsCopies: "/etc/pairpac/tls",
  /** GUACAMOLE_HOME template directory (mounted read-only). */
  guacamoleHome: "/etc/pairpac/guacamole",
  /** Mumble server configuration (QSettings INI). */
  mumbleIni: "/etc/pairpac/mumble/mumble-server.ini",
  /** Mumble superuser password as an env file (root only; read by Compose). */
  mumbleEnv: "/etc/pairpac/mumble/superuser.env",
  /** Dovecot configuration directory (mounted at /etc/dovecot). */
  dovecotDir: "/etc/pairpac/dovecot",
  /** nginx configuration, mounted read-only at /etc/nginx/nginx.conf in the nginx container. */
  nginxConf: "/etc/pairpac/nginx/nginx.conf",
  /** Landing page root (mounted read-only at the same path in the nginx container). */
  webRoot: "/var/www/pairpac",
  /** Root-owned authorized keys of the tunnel user. */
  tunnelKeys: "/etc/ssh/pairpac_tunnel_keys",
  /**
   * The tunnel user's `PermitListen` (one line, delivered: it changes with the desktops), included from the Match
   * block of the sshd drop-in. Not in sshd_config.d, whose files sshd reads at the top level.
   */
  tunnelListen: "/etc/ssh/pairpac_tunnel_listen.conf",
  /** sshd drop-in. */
  sshdDropIn: "/etc/ssh/sshd_config.d/10-pairpac.conf",
  /** nftables ruleset (replaces the distribution's /etc/nftables.conf, which would flush Docker's rules). */
  nftables: "/etc/nftables.conf",
  /** Mumble data (SQLite). */
  mumbleData: `${GATEWAY_DATA_DIR}/mumble`,
  /** Mail store. */
  mailData: `${GATEWAY_DATA_DIR}/mail`,
} as const;
