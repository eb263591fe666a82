/** Fixed names and paths of the desktop role (one place, so units, scripts and tests agree). */
export const DESKTOP = {
  /** The unprivileged account that owns the session (not root, not the image's admin user). */
  user: "desktop",
  /**
   * Fixed uid, so files on a persistent home volume keep their owner when the machine is replaced (the image's admin
   * user takes 1000).
   */
  uid: 1500,
  /** Home directory (the data volume's mount point when there is one). */
  home: "/home/desktop",
  /** X display number of the virtual screen. */
  display: ":1",
  /** Runtime directory (XDG_RUNTIME_DIR): PulseAudio socket, X authority file. Created on every boot. */
  runtimeDir: "/run/pairpac-desktop",
  /** Root-owned configuration of the role. */
  etc: "/etc/pairpac/desktop",
  /** Files copied into the home directory when missing or still as last written (see the home unit). */
  stagedHome: "/etc/pairpac/desktop/home",
  /** Helper scripts run by the units. */
  lib: "/usr/local/lib/pairpac/desktop",
  /** Shared read-only data (wallpaper). */
  share: "/usr/local/share/pairpac",
} as const;

/** Below the home: SHA-256 of each staged file as last written into the home (see prepare-home.sh). */
export const HOME_STATE_DIR = ".local/state/pairpac/staged";

/** The tunnel's account and files. */
export const TUNNEL = {
  /** System account that runs the SSH client (no shell, no password). */
  user: "pairpac-tunnel",
  /** Its home directory: the tunnel unit's StateDirectory, created by systemd (cloud-init makes no home for system users). */
  home: "/var/lib/pairpac-tunnel",
  /** The home as a StateDirectory= name (below /var/lib). */
  stateDirectory: "pairpac-tunnel",
  /** Directory with the key and the pinned host key. */
  dir: "/etc/pairpac/tunnel",
  /** Private key (OpenSSH format, ed25519), mode 0600, owned by the tunnel user. */
  key: "/etc/pairpac/tunnel/id_ed25519",
  /** The gateway's pinned host key. */
  knownHosts: "/etc/pairpac/tunnel/known_hosts",
  /** Account on the gateway the desktops log in as. */
  remoteUser: "tunnel",
} as const;

/** Unit names of the role, in start order. */
export const UNITS = {
  home: "pairpac-desktop-home.service",
  display: "pairpac-desktop-display.service",
  bus: "pairpac-desktop-bus.service",
  audio: "pairpac-desktop-audio.service",
  session: "pairpac-desktop-session.service",
  vnc: "pairpac-desktop-vnc.service",
  tunnel: "pairpac-tunnel.service",
  mumble: "pairpac-desktop-mumble.service",
} as const;

/** Derived paths. */
export const PATHS = {
  xauthority: `${DESKTOP.runtimeDir}/Xauthority`,
  pulseSocket: `${DESKTOP.runtimeDir}/pulse/native`,
  /** The session's D-Bus (one bus for LXQt, its applications and the conference client). */
  busSocket: `${DESKTOP.runtimeDir}/bus`,
  /** The X server's socket (Xvfb creates it when it accepts clients). */
  xSocket: `/tmp/.X11-unix/X${DESKTOP.display.slice(1)}`,
  waitScript: `${DESKTOP.lib}/wait-for-socket.sh`,
  vncPassword: `${DESKTOP.etc}/vnc-password`,
  mumblePassword: `${DESKTOP.etc}/mumble-password`,
  audioScript: `${DESKTOP.etc}/audio.pa`,
  wallpaper: `${DESKTOP.share}/wallpaper.svg`,
  homeScript: `${DESKTOP.lib}/prepare-home.sh`,
  displayScript: `${DESKTOP.lib}/start-display.sh`,
  mumblePrepareScript: `${DESKTOP.lib}/prepare-mumble.sh`,
  mumbleStartScript: `${DESKTOP.lib}/start-mumble.sh`,
  mumbleDigestScript: `${DESKTOP.lib}/served-mumble-digest.sh`,
  /** The gateway's certificate chain as the Terraform run delivers it (public): the Mumble pin after a renewal. */
  gatewayCertificate: `${DESKTOP.etc}/gateway-certificate.pem`,
  recordScript: "/usr/local/bin/pairpac-record-conference",
} as const;

/** File in Mumble's data directory holding the pinned server certificate digest (written by prepare-mumble.sh). */
export const MUMBLE_PINNED_FILE = "pairpac-pinned-server-digest";

/**
 * How start-mumble.sh watches the conference client: every `intervalSec` it checks (with `ss`, no traffic) whether
 * Mumble has an established connection to the tunnel's local Mumble port; only when it has none does it read the
 * served certificate (one TLS handshake with the server) and compare it with the pinned digest. Connected clients
 * cause no polling; a certificate change is acted on within about 10 s of Mumble losing its connection.
 */
export const MUMBLE_WATCH = { intervalSec: 10 } as const;

/** PulseAudio names (see audio routing in `audio.ts`). */
export const AUDIO = {
  /** Null sink every desktop application plays into (the default sink). */
  appsSink: "apps",
  /** Null sink holding the whole conference: Mumble's output plus a copy of the applications. */
  conferenceSink: "conference",
} as const;
