/**
 * One row per logical package: the Debian package names that provide it on each operating-system family.
 * `null` means "not available on that family" (using it there is an error).
 *
 * Rows are sorted by logical name. Role owners add the rows they need; put a comment next to each row saying where
 * the names were checked.
 */
export interface PackageRow {
  /** Package names on Ubuntu 24.04 (noble). */
  readonly ubuntu: readonly string[] | null;
  /** Package names on Debian 13 (trixie). */
  readonly debian: readonly string[] | null;
}

/** The package table: logical name to per-OS package names. Keep the keys sorted. */
export const PACKAGE_TABLE: Readonly<Record<string, PackageRow>> = {
  // Compilers and make. Debian trixie checked with apt-cache policy (desktop helper); Ubuntu main.
  "build-essential": { ubuntu: ["build-essential"], debian: ["build-essential"] },
  // Mail client as a .deb on both (Thunderbird is a snap on Ubuntu). Debian trixie checked with apt-cache policy (desktop helper) (4.3.1); Ubuntu noble universe 4.2.0 (packages.ubuntu.com).
  "claws-mail": { ubuntu: ["claws-mail"], debian: ["claws-mail"] },
  // dbus-run-session for the desktop session bus. Debian trixie checked with apt-cache policy (desktop helper) (dbus 1.16 split: dbus-bin, dbus-daemon); Ubuntu noble has the same split.
  "dbus-daemon": { ubuntu: ["dbus-daemon"], debian: ["dbus-daemon"] },
  // Ubuntu noble: docker.io ships the engine and the `docker` CLI. Debian trixie: docker.io 26.1 has no CLI, that is
  // `docker-cli` (measured in a trixie root built with mmdebstrap).
  "docker": { ubuntu: ["docker.io"], debian: ["docker.io", "docker-cli"] },
  // Compose v2: Ubuntu packages it as docker-compose-v2 (universe, focal..oracular); Debian trixie's docker-compose 2.26
  // is the v2 binary and CLI plugin (measured on trixie).
  "docker-compose": { ubuntu: ["docker-compose-v2"], debian: ["docker-compose"] },
  // e2fsprogs (mkfs.ext4, e2label) is priority "required" in both distributions.
  "e2fsprogs": { ubuntu: ["e2fsprogs"], debian: ["e2fsprogs"] },
  // Same name in both (Debian trixie checked with mmdebstrap; Ubuntu main).
  "earlyoom": { ubuntu: ["earlyoom"], debian: ["earlyoom"] },
  // Web browser as a .deb on both (Firefox/Chromium are snaps on Ubuntu). Debian trixie checked with apt-cache policy (desktop helper) (25.04); Ubuntu noble universe (KDE Gear; not re-checked in this session).
  "falkon": { ubuntu: ["falkon"], debian: ["falkon"] },
  // Default UI font. Debian trixie checked with apt-cache policy (desktop helper); Ubuntu main.
  "fonts-dejavu-core": { ubuntu: ["fonts-dejavu-core"], debian: ["fonts-dejavu-core"] },
  // Debian trixie checked with apt-cache policy (desktop helper) (25.0); Ubuntu noble universe.
  "gcompris-qt": { ubuntu: ["gcompris-qt"], debian: ["gcompris-qt"] },
  // Debian trixie checked with apt-cache policy (desktop helper) (2.0); Ubuntu universe.
  "geany": { ubuntu: ["geany"], debian: ["geany"] },
  // Debian trixie checked with apt-cache policy (desktop helper) (3.0); Ubuntu universe.
  "gimp": { ubuntu: ["gimp"], debian: ["gimp"] },
  // Debian trixie checked with apt-cache policy (desktop helper); Ubuntu main.
  "git": { ubuntu: ["git"], debian: ["git"] },
  // Debian trixie checked with apt-cache policy (desktop helper) (3.11); Ubuntu universe.
  "gpodder": { ubuntu: ["gpodder"], debian: ["gpodder"] },
  // Debian trixie checked with apt-cache policy (desktop helper) (1.4); Ubuntu universe.
  "inkscape": { ubuntu: ["inkscape"], debian: ["inkscape"] },
  // ss, with which the desktop's Mumble watcher sees whether the client is connected; priority important in both
  // distributions (on every cloud image), listed so the role can rely on it.
  "iproute2": { ubuntu: ["iproute2"], debian: ["iproute2"] },
  // Debian trixie checked with apt-cache policy (desktop helper); Ubuntu universe (KDE Gear).
  "kalzium": { ubuntu: ["kalzium"], debian: ["kalzium"] },
  // Debian trixie checked with apt-cache policy (desktop helper); Ubuntu universe (KDE Gear).
  "kgeography": { ubuntu: ["kgeography"], debian: ["kgeography"] },
  // Debian trixie checked with apt-cache policy (desktop helper); Ubuntu universe (KDE Gear).
  "kmines": { ubuntu: ["kmines"], debian: ["kmines"] },
  // Debian trixie checked with apt-cache policy (desktop helper); Ubuntu universe (KDE Gear).
  "kpat": { ubuntu: ["kpat"], debian: ["kpat"] },
  // Debian trixie checked with apt-cache policy (desktop helper); Ubuntu universe (KDE Gear).
  "ksudoku": { ubuntu: ["ksudoku"], debian: ["ksudoku"] },
  // Office suite without the full metapackage. Debian trixie checked with apt-cache policy (desktop helper) (25.2); Ubuntu main.
  "libreoffice": { ubuntu: ["libreoffice-writer", "libreoffice-calc", "libreoffice-impress"], debian: ["libreoffice-writer", "libreoffice-calc", "libreoffice-impress"] },
  // The LXQt core components one by one (Ubuntu's lxqt-core metapackage differs from Debian's). Debian trixie checked with apt-cache policy (desktop helper) (LXQt 2.1); Ubuntu noble universe has LXQt 1.4 (liblxqt 1.4.0, packages.ubuntu.com; Lubuntu's components).
  "lxqt-desktop": { ubuntu: ["lxqt-session", "lxqt-panel", "lxqt-runner", "lxqt-config", "lxqt-qtplugin", "lxqt-notificationd", "lxqt-globalkeys", "lxqt-policykit", "lxqt-themes", "pcmanfm-qt", "qterminal", "featherpad"], debian: ["lxqt-session", "lxqt-panel", "lxqt-runner", "lxqt-config", "lxqt-qtplugin", "lxqt-notificationd", "lxqt-globalkeys", "lxqt-policykit", "lxqt-themes", "pcmanfm-qt", "qterminal", "featherpad"] },
  // Mumble client 1.5: Ubuntu noble 1.5.517, Debian trixie 1.5.735 (apt-cache policy); both read mumble_settings.json.
  "mumble": { ubuntu: ["mumble"], debian: ["mumble"] },
  // nftables: same package in both (nft + nftables.service; trixie 1.1.3 checked with apt-cache).
  "nftables": { ubuntu: ["nftables"], debian: ["nftables"] },
  // Window manager of the LXQt session. Debian trixie checked with apt-cache policy (desktop helper); Ubuntu universe.
  "openbox": { ubuntu: ["openbox"], debian: ["openbox"] },
  // ssh for the desktop tunnel; same name everywhere (priority standard).
  "openssh-client": { ubuntu: ["openssh-client"], debian: ["openssh-client"] },
  // openssl CLI: same package name in both distributions.
  "openssl": { ubuntu: ["openssl"], debian: ["openssl"] },
  // Icon theme of the desktop. Debian trixie checked with apt-cache policy (desktop helper); Ubuntu universe.
  "papirus-icon-theme": { ubuntu: ["papirus-icon-theme"], debian: ["papirus-icon-theme"] },
  // Light Qt PDF viewer. Debian trixie checked with apt-cache policy (desktop helper) (0.5.0); Ubuntu universe.
  "pdf-viewer": { ubuntu: ["qpdfview"], debian: ["qpdfview"] },
  // Postfix: same package in both (trixie 3.10 checked with apt-cache; Ubuntu noble main).
  "postfix": { ubuntu: ["postfix"], debian: ["postfix"] },
  // Sound server of the desktop (null sinks, TCP for Guacamole). Debian trixie checked with apt-cache policy (desktop helper) (17.0); Ubuntu noble main (16.1).
  "pulseaudio": { ubuntu: ["pulseaudio"], debian: ["pulseaudio"] },
  // parecord for conference recordings. Debian trixie checked with apt-cache policy (desktop helper); Ubuntu main.
  "pulseaudio-utils": { ubuntu: ["pulseaudio-utils"], debian: ["pulseaudio-utils"] },
  // Present on every cloud image (cloud-init needs it); listed so roles can rely on it.
  "python3": { ubuntu: ["python3"], debian: ["python3"] },
  // Debian trixie checked with apt-cache policy (desktop helper); Ubuntu main.
  "python3-venv": { ubuntu: ["python3-venv"], debian: ["python3-venv"] },
  // sqlite3 CLI (Mumble's certificate trust). Debian trixie checked with apt-cache policy (desktop helper); Ubuntu main.
  "sqlite3": { ubuntu: ["sqlite3"], debian: ["sqlite3"] },
  // Installed by default on Ubuntu cloud images; Debian trixie has it (checked with mmdebstrap).
  "unattended-upgrades": { ubuntu: ["unattended-upgrades"], debian: ["unattended-upgrades"] },
  // Debian trixie checked with apt-cache policy (desktop helper) (3.0.24); Ubuntu universe.
  "vlc": { ubuntu: ["vlc"], debian: ["vlc"] },
  // x11vnc 0.9.16 in Ubuntu universe, 0.9.17 in Debian trixie (checked).
  "x11vnc": { ubuntu: ["x11vnc"], debian: ["x11vnc"] },
  // X authority cookie for the virtual display. Debian trixie checked with apt-cache policy (desktop helper); Ubuntu main.
  "xauth": { ubuntu: ["xauth"], debian: ["xauth"] },
  // xfsprogs (mkfs.xfs) for DataVolume with fsType "xfs".
  "xfsprogs": { ubuntu: ["xfsprogs"], debian: ["xfsprogs"] },
  // Virtual X server. Debian trixie checked with apt-cache policy (desktop helper) (21.1); Ubuntu main.
  "xvfb": { ubuntu: ["xvfb"], debian: ["xvfb"] },
};
