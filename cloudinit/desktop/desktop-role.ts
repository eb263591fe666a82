import { CloudConfig } from "../cloud-config";
import type { CloudInitElement } from "../element";
import { DataVolume } from "../elements/data-volume";
import { File } from "../elements/file";
import { Locale } from "../elements/locale";
import { Packages } from "../elements/packages";
import { SwapFile } from "../elements/swap-file";
import { Timezone } from "../elements/timezone";
import { User } from "../elements/user";
import { applierScript, applyCommandFile, checkBundleActions, type DeliveryAction } from "../delivery/apply-command";
import { DeliveryBundle } from "../delivery/delivery-bundle";
import { permanentHostKey, type HostKeyPair } from "../delivery/host-key";
import { SshHostKeys } from "../elements/ssh-host-keys";
import { Os } from "../os";
import { desktopPorts } from "../ports";
import { invalid } from "../private/errors";
import { containsToken } from "../tokens";
import { Bundle } from "./bundle";
import { audioFiles, audioUnit, RECORD_LAUNCHER } from "./private/audio";
import { homeFiles, homeUnit } from "./private/home";
import { DESKTOP, PATHS, TUNNEL, UNITS } from "./private/layout";
import { CLAWS_ACCOUNTRC, clawsAccountrc, mailFiles } from "./private/mail";
import { mumbleFiles, mumblePinCommand, mumbleUnit } from "./private/mumble";
import { busUnit, displayUnit, lxqtConfigFiles, sessionScripts, sessionUnit, vncUnit } from "./private/session";
import { tunnelKeyContent, tunnelKnownHosts, tunnelUnit } from "./private/tunnel";
import { renderWallpaperSvg } from "./private/wallpaper";
import { ScreenSize } from "./screen-size";

/** The space's mailbox, reached by the desktop's mail client through the tunnel. */
export interface DesktopMailProps {
  /** E-mail address of the mailbox, e.g. `team@main.example.org`. */
  readonly address: string;
  /** IMAP login name (token allowed). */
  readonly user: string;
  /** IMAP password (token allowed; must not contain a line break). */
  readonly password: string;
}

/** Everything the desktop role renders from: plain values or Terraform tokens, no cdktf types. */
export interface DesktopRoleProps {
  /** Desktop number, 1-99: selects the gateway ports `desktopPorts(index)`. */
  readonly index: number;
  /**
   * Operating system of the machine.
   * @default Os.UBUNTU_24_04
   */
  readonly os?: Os;
  /** Name of the co-working space (drawn on the wallpaper, names the mail account). Known at synth time. */
  readonly spaceName: string;
  /** The space's landing page URL (drawn on the wallpaper). Known at synth time. */
  readonly landingUrl: string;
  /** Gateway host name or public IP address the tunnel connects to (token allowed). */
  readonly gatewayHost: string;
  /**
   * Gateway SSH port.
   * @default 22
   */
  readonly gatewaySshPort?: number;
  /** The gateway's SSH host public key, `ssh-ed25519 AAAA...` (token allowed): pinned in known_hosts. */
  readonly gatewayHostPublicKey: string;
  /** This desktop's tunnel private key in OpenSSH format (token allowed, multi-line; delivered, not in user-data). */
  readonly tunnelPrivateKey: string;
  /** This desktop's permanent SSH host key (OpenSSH ed25519; delivered, not in user-data), pinned by the Terraform run. */
  readonly hostKey: HostKeyPair;
  /**
   * The bootstrap SSH host key (OpenSSH ed25519) in user-data: it authenticates the new machine to the Terraform run
   * for its first delivery only, which replaces it with {@link DesktopRoleProps.hostKey}.
   */
  readonly bootstrapHostKey: HostKeyPair;
  /**
   * The gateway's certificate chain (PEM, token allowed; public): delivered, so the desktop's Mumble trusts a renewed
   * certificate before it next connects.
   * @default - the desktop trusts what the gateway's Mumble server presents through the tunnel when Mumble starts
   */
  readonly gatewayCertificatePem?: string;
  /** VNC password, at most 8 characters (VNC authentication ignores the rest; token allowed). */
  readonly vncPassword: string;
  /** Password of the gateway's Mumble server (token allowed). */
  readonly mumblePassword: string;
  /**
   * Channel path the desktop joins, e.g. `"Conference"` or `"Space/Desktops"`.
   * @default "" - the root channel
   */
  readonly mumbleChannel?: string;
  /**
   * Offer the desktop's sound in Guacamole: PulseAudio listens on 127.0.0.1:4713 and the tunnel publishes it on the
   * gateway. Costs about 1.4 Mbit/s per viewer while sound plays (guacd sends uncompressed audio/L16). Must match the
   * gateway's registration of this desktop (`DesktopRegistration.guacamoleAudio`).
   * @default false - no PulseAudio listener and no audio forward; the desktop is heard in the conference (Mumble)
   */
  readonly guacamoleAudio?: boolean;
  /**
   * The space's mailbox; without it no mail client is installed.
   * @default - no mail client
   */
  readonly mail?: DesktopMailProps;
  /**
   * Optional application bundles.
   * @default []
   */
  readonly bundles?: readonly Bundle[];
  /**
   * Size of the virtual screen.
   * @default ScreenSize.HD (1280x720)
   */
  readonly screen?: ScreenSize;
  /**
   * Time zone (IANA name).
   * @default "Etc/UTC"
   */
  readonly timezone?: string;
  /**
   * Locale of the machine and the session.
   * @default "en_US.UTF-8"
   */
  readonly locale?: string;
  /**
   * Swap file size in MiB (with earlyoom, keeps a 1 GiB machine responsive).
   * @default 2048
   */
  readonly swapMb?: number;
  /**
   * Device of a persistent block volume for the home directory (from the placement; token allowed). The volume is
   * formatted only when blank and mounted by label at the home directory.
   * @default - the home directory is on the root disk
   */
  readonly dataVolumeDevice?: string;
  /**
   * File-system label the data volume is formatted and mounted by: the label of the placement's data volume
   * (`MachineContext.dataVolumeLabel`).
   * @default "pairpac-home"
   */
  readonly dataVolumeLabel?: string;
}

/** A rendered desktop role: the document, the delivery bundles and the desktop's name. */
export interface DesktopRole {
  /** The cloud-init document: no secret, the same for any password or gateway certificate. */
  readonly cloudConfig: CloudConfig;
  /** The first delivery to a new instance: its permanent SSH host key (authenticated by the bootstrap host key). */
  readonly bootstrap: DeliveryBundle;
  /** Every later delivery: tunnel key, passwords, mail account, the gateway's certificate. */
  readonly delivery: DeliveryBundle;
  /** Desktop name in the conference and on the wallpaper, e.g. `"Desktop-1"`. */
  readonly name: string;
}

const LOCALE = /^[A-Za-z]{2,3}(_[A-Z]{2})?(\.[A-Za-z0-9-]+)?(@[a-z]+)?$/;
const TIMEZONE = /^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/;

function plain(field: string, value: unknown, fix: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw invalid(field, value, "must be a non-empty string", fix);
  }
  return value;
}

function singleLine(field: string, value: string): string {
  if (!containsToken(value) && /[\r\n]/.test(value)) {
    throw invalid(field, value, "must be a single line", "Remove the line break.");
  }
  return value;
}

/**
 * Renders a desktop machine: LXQt on a virtual screen as the unprivileged user `desktop`, x11vnc and PulseAudio on
 * 127.0.0.1, a Mumble client in the conference, a browser and (with `mail`) a mail client, optional bundles, and the
 * self-healing SSH tunnel that publishes VNC and audio on the gateway and brings IMAP and Mumble back.
 */
export function renderDesktopRole(props: DesktopRoleProps): CloudConfig {
  return describeDesktopRole(props).cloudConfig;
}

/** Like {@link renderDesktopRole}, also returning the desktop's name. */
export function describeDesktopRole(props: DesktopRoleProps): DesktopRole {
  const ports = desktopPorts(props.index);
  const os = props.os ?? Os.UBUNTU_24_04;
  const name = `Desktop-${props.index}`;
  const screen = props.screen ?? ScreenSize.HD;
  const timezone = props.timezone ?? "Etc/UTC";
  const locale = props.locale ?? "en_US.UTF-8";
  const swapMb = props.swapMb ?? 2048;
  const bundles = props.bundles ?? [];
  const channel = props.mumbleChannel ?? "";
  const sshPort = props.gatewaySshPort ?? 22;
  const label = props.dataVolumeLabel ?? "pairpac-home";
  const guacamoleAudio = props.guacamoleAudio ?? false;

  const spaceName = singleLine("desktop.spaceName", plain("desktop.spaceName", props.spaceName, "Pass the space's name."));
  const landingUrl = singleLine("desktop.landingUrl", plain("desktop.landingUrl", props.landingUrl, "Pass e.g. \"https://main.example.org/\"."));
  const gatewayHost = plain("desktop.gatewayHost", props.gatewayHost, "Pass the gateway's public IP or host name.");
  if (!containsToken(gatewayHost) && !/^[A-Za-z0-9.:-]+$/.test(gatewayHost)) {
    throw invalid("desktop.gatewayHost", gatewayHost, "must be a host name or IP address", "Pass e.g. \"203.0.113.7\".");
  }
  const hostKey = singleLine("desktop.gatewayHostPublicKey", plain("desktop.gatewayHostPublicKey", props.gatewayHostPublicKey,
    "Pass the gateway's SSH host public key, e.g. \"ssh-ed25519 AAAA...\"."));
  const privateKey = plain("desktop.tunnelPrivateKey", props.tunnelPrivateKey, "Pass the tunnel key's private_key_openssh.");
  const vncPassword = singleLine("desktop.vncPassword", plain("desktop.vncPassword", props.vncPassword, "Pass an 8-character password."));
  if (!containsToken(vncPassword) && [...vncPassword].length > 8) {
    throw invalid("desktop.vncPassword", "(hidden)", "must be at most 8 characters (VNC authentication ignores the rest)", "Generate it with length 8.");
  }
  const mumblePassword = singleLine("desktop.mumblePassword", plain("desktop.mumblePassword", props.mumblePassword, "Pass the Mumble server password."));
  if (typeof channel !== "string" || /[\r\n]/.test(channel) || containsToken(channel)) {
    throw invalid("desktop.mumbleChannel", channel, "must be a single-line channel path known at synth time", "Use e.g. \"Conference\".");
  }
  if (!Number.isInteger(sshPort) || sshPort < 1 || sshPort > 65535) {
    throw invalid("desktop.gatewaySshPort", sshPort, "must be a port number 1-65535", "Use 22.");
  }
  if (typeof locale !== "string" || !LOCALE.test(locale)) {
    throw invalid("desktop.locale", locale, "is not a locale name", "Use e.g. \"en_US.UTF-8\" or \"de_DE.UTF-8\".");
  }
  if (typeof timezone !== "string" || !TIMEZONE.test(timezone)) {
    throw invalid("desktop.timezone", timezone, "is not an IANA time zone name", "Use e.g. \"Europe/Berlin\" or \"Etc/UTC\".");
  }
  if (!Number.isInteger(swapMb) || swapMb < 256 || swapMb > 16384) {
    throw invalid("desktop.swapMb", swapMb, "must be an integer between 256 and 16384", "Use e.g. 2048.");
  }
  if (!(screen instanceof ScreenSize)) {
    throw invalid("desktop.screen", screen, "must be a ScreenSize", "Use ScreenSize.of(1920, 1080) or ScreenSize.HD.");
  }
  bundles.forEach((b, i) => {
    if (!(b instanceof Bundle)) {
      throw invalid(`desktop.bundles[${i}]`, b, "must be a Bundle", `Use one of ${Bundle.all().map((x) => `Bundle.${x.id.toUpperCase()}`).join(", ")}.`);
    }
  });
  if (typeof guacamoleAudio !== "boolean") {
    throw invalid("desktop.guacamoleAudio", guacamoleAudio, "must be true or false", "Use true to offer the desktop's sound in Guacamole, or leave it out.");
  }
  if (!/^[A-Za-z0-9_-]{1,16}$/.test(label)) {
    throw invalid("desktop.dataVolumeLabel", label, "must be 1-16 letters, digits, '-' or '_' (ext4 label)", "Use e.g. \"pairpac-home\".");
  }

  const mounts = props.dataVolumeDevice === undefined ? [] : [DESKTOP.home];
  const doc = new CloudConfig({ machine: `desktop-${props.index}`, os });

  // Base system: packages without recommends, memory guard, security updates, time and language.
  doc.add("system",
    File.text("/etc/apt/apt.conf.d/90pairpac-no-recommends", "APT::Install-Recommends \"false\";\nAPT::Install-Suggests \"false\";\n"),
    File.text("/etc/apt/apt.conf.d/20auto-upgrades", "APT::Periodic::Update-Package-Lists \"1\";\nAPT::Periodic::Unattended-Upgrade \"1\";\n"),
    File.text("/etc/default/earlyoom", earlyoomDefaults()),
    ...(os.family === "ubuntu" ? [File.text("/etc/needrestart/conf.d/50-pairpac-desktop.conf", NEEDRESTART_OVERRIDE)] : []),
    Packages.of("earlyoom", "unattended-upgrades", "openssl", "sqlite3", "python3"),
    SwapFile.of({ sizeMb: swapMb }),
    Timezone.of(timezone),
    Locale.of(locale),
  );

  // Accounts and the home directory (on the data volume when there is one).
  const accounts: CloudInitElement[] = [
    User.create(DESKTOP.user, { uid: DESKTOP.uid, homeDir: DESKTOP.home, shell: "/bin/bash", lockPassword: true, gecos: `PairPac ${name}` }),
    User.system(TUNNEL.user, { homeDir: TUNNEL.home }),
    ...homeFiles(),
    homeUnit(mounts),
  ];
  if (props.dataVolumeDevice !== undefined) {
    accounts.push(DataVolume.of({ device: props.dataVolumeDevice, label, mountPoint: DESKTOP.home, fsType: "ext4" }));
  }
  doc.add("accounts", ...accounts);

  // The desktop session.
  const quickLaunch = [
    "/usr/share/applications/pcmanfm-qt.desktop",
    "/usr/share/applications/qterminal.desktop",
    "/usr/share/applications/org.kde.falkon.desktop",
    ...(props.mail ? ["/usr/share/applications/claws-mail.desktop"] : []),
    "/usr/share/applications/info.mumble.Mumble.desktop",
    RECORD_LAUNCHER,
  ];
  doc.add("session",
    Packages.of("lxqt-desktop", "openbox", "papirus-icon-theme", "fonts-dejavu-core", "xvfb", "xauth", "dbus-daemon", "falkon"),
    File.text(PATHS.wallpaper, renderWallpaperSvg({ screen, spaceName, landingUrl, desktopName: name })),
    ...sessionScripts(),
    ...lxqtConfigFiles({ screen, locale, mounts, quickLaunch }),
    displayUnit(screen),
    busUnit(locale),
    sessionUnit({ screen, locale, mounts, quickLaunch }),
  );

  doc.add("vnc", Packages.of("x11vnc"), vncUnit());

  doc.add("audio", Packages.of("pulseaudio", "pulseaudio-utils"), ...audioFiles({ guacamoleAudio }), audioUnit(mounts, { guacamoleAudio }));

  doc.add("mumble", Packages.of("mumble", "iproute2"), ...mumbleFiles(), mumbleUnit({ name, channel, locale, mounts }));

  const tunnel = { gatewayHost, gatewaySshPort: sshPort, remoteVncPort: ports.vnc, ...(guacamoleAudio ? { remoteAudioPort: ports.audio } : {}) };
  doc.add("tunnel",
    Packages.of("openssh-client"),
    tunnelKnownHosts({ ...tunnel, hostPublicKey: hostKey }),
    tunnelUnit(tunnel),
  );

  const account = props.mail === undefined ? undefined : {
    address: singleLine("desktop.mail.address", plain("desktop.mail.address", props.mail.address, "Pass the mailbox address.")),
    user: singleLine("desktop.mail.user", plain("desktop.mail.user", props.mail.user, "Pass the IMAP user name.")),
    password: singleLine("desktop.mail.password", plain("desktop.mail.password", props.mail.password, "Pass the IMAP password.")),
    displayName: `${spaceName} (${name})`,
    accountName: spaceName,
  };
  if (account !== undefined) {
    doc.add("mail", Packages.of("claws-mail"), ...mailFiles(account));
  }

  for (const bundle of bundles) {
    doc.add(`bundle-${bundle.id}`, Packages.of(...bundle.packages));
  }

  const actions = desktopDeliveryActions(name);
  const applier = applierScript(doc.machine, actions);
  doc.add("delivery",
    // Only until the first delivery, which installs the permanent host key over it.
    SshHostKeys.of({ ed25519: { private: props.bootstrapHostKey.privateKeyOpenssh, public: props.bootstrapHostKey.publicKeyOpenssh } }),
    applyCommandFile(doc.machine),
  );
  const bootstrap = permanentHostKey(new DeliveryBundle(doc.machine, applier), props.hostKey);
  const desktopOwner = `${DESKTOP.user}:${DESKTOP.user}`;
  const delivery = new DeliveryBundle(doc.machine, applier)
    .file(TUNNEL.key, tunnelKeyContent(privateKey), { owner: `${TUNNEL.user}:${TUNNEL.user}`, mode: "0600", then: ["tunnel"] })
    .file(PATHS.vncPassword, `${vncPassword}\n`, { owner: desktopOwner, mode: "0600", then: ["vnc"] })
    .file(PATHS.mumblePassword, `${mumblePassword}\n`, { owner: desktopOwner, mode: "0600", then: ["mumble"] });
  if (props.gatewayCertificatePem !== undefined) {
    const pem = plain("desktop.gatewayCertificatePem", props.gatewayCertificatePem, "Pass the gateway's certificate chain (BranchCertificate.certificatePem).");
    delivery.file(PATHS.gatewayCertificate, pem, { mode: "0644", then: ["mumble-pin"] });
  }
  if (account !== undefined) {
    // Staged: prepare-home.sh writes it into the home as long as nobody changed the home's copy.
    delivery.file(CLAWS_ACCOUNTRC, clawsAccountrc(account), { mode: "0600", then: ["home"] });
  }
  checkBundleActions(bootstrap, actions);
  checkBundleActions(delivery, actions);
  return { cloudConfig: doc, bootstrap, delivery, name };
}

/**
 * What a desktop's apply command can run after a delivery, in this order: sshd (host key), the home's staged files,
 * the tunnel (its key), x11vnc (its password), the Mumble pin (a renewed gateway certificate, no restart) and Mumble
 * (its password). Each unit is restarted, which also starts one that waited for its file at the first boot; without
 * waiting (`--no-block`): the units restart by themselves until what they need is there (the tunnel, for Mumble, is
 * itself being restarted), so a start that fails once must not fail the delivery.
 */
export function desktopDeliveryActions(name: string): DeliveryAction[] {
  return [
    { name: "sshd", command: ["systemctl", "reload-or-restart", "ssh.service"] },
    { name: "home", command: [PATHS.homeScript] },
    { name: "tunnel", command: ["systemctl", "restart", "--no-block", UNITS.tunnel] },
    { name: "vnc", command: ["systemctl", "restart", "--no-block", UNITS.vnc] },
    { name: "mumble-pin", command: mumblePinCommand(name) },
    { name: "mumble", command: ["systemctl", "restart", "--no-block", UNITS.mumble] },
  ];
}

/**
 * Ubuntu's needrestart (24.04 restarts services by itself after unattended upgrades) must not restart the session's
 * units: a glibc or Qt update would end Xvfb, LXQt and every open application. They use the new libraries after the
 * next reboot. needrestart reads conf.d/*.conf as Perl after needrestart.conf; `override_rc` maps regular
 * expressions over unit names to 0 (never restart) or 1.
 */
const NEEDRESTART_OVERRIDE = [
  "# PairPac desktop: never restart the desktop session's units automatically (see needrestart.conf, override_rc).",
  "$nrconf{override_rc}->{qr(^pairpac-desktop-)} = 0;",
  "",
].join("\n");

/**
 * earlyoom for a 1 GiB machine with a 2 GiB swap file. earlyoom acts only when *both* available memory and free swap
 * are below their limits, so the swap limit decides. The old `-s 10` waited until 90 % of the swap (1.8 GiB) was in
 * use: with 1 GiB of RAM the machine thrashes long before that. The numbers, reasoned (not measured on a VM here):
 * - `-s 50`: the swap is there to park what idles (a paused office document, background tabs, a few hundred MiB);
 *   once half of it (1 GiB, as much as the RAM) is in use, the working set no longer fits and every switch between
 *   applications pages. Kill then.
 * - `-m 10`: about 100 MiB available is where the kernel starts evicting the page cache of the running programs'
 *   code, which is what makes the session stall; above it, swapping alone is tolerable.
 * - `-r 3600`: a memory report per hour in the journal, to measure real use later.
 * It prefers killing browser and office processes and avoids the display, the D-Bus, the sound server, the tunnel,
 * sshd and Mumble. systemd splits $EARLYOOM_ARGS at blanks and does not honour quotes, so the patterns contain
 * neither; earlyoom matches them against the 15-character process name (comm).
 */
function earlyoomDefaults(): string {
  return [
    "# PairPac desktop: earlyoom options (see earlyoom(1) and cloudinit/desktop/desktop-role.ts).",
    "EARLYOOM_ARGS=\"-m 10 -s 50 -r 3600 --prefer ^(falkon|QtWebEngineProc|soffice[.]bin|gimp) --avoid ^(systemd|sshd|ssh|Xvfb|x11vnc|dbus-daemon|pulseaudio|mumble)\"",
    "",
  ].join("\n");
}
