import type { CloudInitElement } from "../../element";
import { File } from "../../elements/file";
import { SystemdUnit } from "../../elements/systemd-unit";
import { DESKTOP_LOCAL_PORTS } from "../desktop-local-ports";
import type { ScreenSize } from "../screen-size";
import { DESKTOP, PATHS, UNITS } from "./layout";
import { renderQtIni } from "./qt-ini";
import { NEW_X_COOKIE_SH, WAIT_FOR_SOCKET_SH } from "./scripts";

/** What the session units need to know. */
export interface SessionOptions {
  /** Virtual screen size. */
  readonly screen: ScreenSize;
  /** `LANG` of the session, e.g. `en_US.UTF-8`. */
  readonly locale: string;
  /** Mount points the session's files live on (the home volume), empty without a data volume. */
  readonly mounts: readonly string[];
  /** Applications pinned to the panel (desktop-file paths), in order. */
  readonly quickLaunch: readonly string[];
}

/** Environment shared by every process of the session. */
export function sessionEnvironment(locale: string): Record<string, string> {
  return {
    DISPLAY: DESKTOP.display,
    XAUTHORITY: PATHS.xauthority,
    XDG_RUNTIME_DIR: DESKTOP.runtimeDir,
    PULSE_SERVER: `unix:${PATHS.pulseSocket}`,
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${PATHS.busSocket}`,
    LANG: locale,
  };
}

/** How long the display and bus units wait for their socket before failing (and restarting). */
const SOCKET_WAIT_SECONDS = 20;

/**
 * The virtual X screen: Xvfb on display :1 with a fresh cookie, as the desktop user. Xvfb cannot notify systemd, so
 * an ExecStartPost waits (at most 20 s) for its socket: the unit is active, and the session, x11vnc and Mumble
 * ordered after it start, only when X accepts clients.
 */
export function displayUnit(screen: ScreenSize): SystemdUnit {
  return socketServer(UNITS.display, PATHS.xSocket, {
    description: "PairPac desktop: virtual X screen (Xvfb)",
    environment: { XDG_RUNTIME_DIR: DESKTOP.runtimeDir },
    execStartPre: [[`${DESKTOP.lib}/new-x-cookie.sh`]],
    execStart: ["/usr/bin/Xvfb", DESKTOP.display, "-screen", "0", `${screen.width}x${screen.height}x24`,
      "-auth", PATHS.xauthority, "-nolisten", "tcp", "-dpi", "96"],
  });
}

/**
 * The session's D-Bus, as the desktop user, at a fixed address: LXQt and everything started in it, and the conference
 * client of the Mumble unit, share it. Mumble finds a running instance on the session bus
 * (`net.sourceforge.mumble.mumble`, mumble-voip/mumble v1.5.735 src/mumble/main.cpp), so a Mumble started from the
 * menu or panel only raises the conference client instead of starting a second one. Services the bus activates
 * inherit its environment, hence the session's.
 */
export function busUnit(locale: string): SystemdUnit {
  return socketServer(UNITS.bus, PATHS.busSocket, {
    description: "PairPac desktop: session D-Bus",
    environment: { ...sessionEnvironment(locale), XDG_CURRENT_DESKTOP: "LXQt" },
    execStartPre: [["/usr/bin/rm", "-f", PATHS.busSocket]],
    execStart: ["/usr/bin/dbus-daemon", "--session", `--address=unix:path=${PATHS.busSocket}`, "--nofork", "--nopidfile"],
  });
}

/**
 * A server of the session that offers a socket (the X screen, the session bus), as the desktop user on the home
 * volume: active once the socket accepts clients (an ExecStartPost waits for it), restarted whenever it stops.
 */
function socketServer(name: string, socket: string, o: {
  readonly description: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly execStartPre: readonly (readonly string[])[];
  readonly execStart: readonly string[];
}): SystemdUnit {
  return SystemdUnit.service(name, {
    description: o.description,
    after: [UNITS.home],
    requires: [UNITS.home],
    user: DESKTOP.user,
    environment: o.environment,
    execStartPre: o.execStartPre,
    execStart: o.execStart,
    execStartPost: [[PATHS.waitScript, socket, String(SOCKET_WAIT_SECONDS)]],
    restart: "always",
    restartSec: 2,
    startLimitIntervalSec: 0,
  });
}

/** The LXQt session on the virtual screen, on the session bus of {@link busUnit}, as the desktop user. */
export function sessionUnit(o: SessionOptions): SystemdUnit {
  return SystemdUnit.service(UNITS.session, {
    description: "PairPac desktop: LXQt session",
    after: [UNITS.home, UNITS.display, UNITS.bus, UNITS.audio],
    requires: [UNITS.home, UNITS.display, UNITS.bus],
    wants: [UNITS.audio],
    requiresMountsFor: o.mounts,
    user: DESKTOP.user,
    workingDirectory: DESKTOP.home,
    environment: { ...sessionEnvironment(o.locale), XDG_CURRENT_DESKTOP: "LXQt", XDG_SESSION_TYPE: "x11" },
    execStart: ["/usr/bin/startlxqt"],
    restart: "always",
    restartSec: 5,
    startLimitIntervalSec: 0,
  });
}

/** x11vnc on the virtual screen, 127.0.0.1:5900 only, shared, password from a 0600 file. */
export function vncUnit(): SystemdUnit {
  return SystemdUnit.service(UNITS.vnc, {
    description: "PairPac desktop: VNC server on 127.0.0.1 (x11vnc)",
    after: [UNITS.display],
    requires: [UNITS.display],
    user: DESKTOP.user,
    execStart: ["/usr/bin/x11vnc", "-display", DESKTOP.display, "-auth", PATHS.xauthority,
      "-localhost", "-listen", "127.0.0.1", "-rfbport", String(DESKTOP_LOCAL_PORTS.vnc), "-noipv6",
      "-shared", "-forever", "-passwdfile", PATHS.vncPassword, "-repeat"],
    restart: "always",
    restartSec: 2,
    startLimitIntervalSec: 0,
    hardening: { noNewPrivileges: true, protectHome: true, protectSystem: "strict" },
  });
}

/** The script that writes the X cookie, and the socket wait of the display and bus units. */
export function sessionScripts(): File[] {
  return [
    File.text(`${DESKTOP.lib}/new-x-cookie.sh`, NEW_X_COOKIE_SH, { mode: "0755" }),
    File.text(PATHS.waitScript, WAIT_FOR_SOCKET_SH, { mode: "0755" }),
  ];
}

/** LXQt, Openbox, pcmanfm-qt and panel configuration, staged for the home directory. */
export function lxqtConfigFiles(o: SessionOptions): CloudInitElement[] {
  const staged = (rel: string, content: string) => File.fromConfig(`${DESKTOP.stagedHome}/${rel}`, content, { mode: "0644" });
  const session = renderQtIni({
    General: { __userfile__: true, window_manager: "openbox", leave_confirmation: false },
  });
  const lxqt = renderQtIni({
    General: { __userfile__: true, icon_theme: "Papirus", single_click_activate: false },
  });
  const pcmanfm = renderQtIni({
    Desktop: { Wallpaper: PATHS.wallpaper, WallpaperMode: "zoom", BgColor: "#0b1626" },
  });
  const quicklaunch: Record<string, string | number | boolean> = { type: "quicklaunch", alignment: "Left" };
  o.quickLaunch.forEach((desktopFile, i) => {
    quicklaunch[`apps\\${i + 1}\\desktop`] = desktopFile;
  });
  quicklaunch["apps\\size"] = o.quickLaunch.length;
  const panel = renderQtIni({
    General: { __userfile__: true, panels: ["panel1"] },
    panel1: {
      plugins: ["mainmenu", "quicklaunch", "taskbar", "statusnotifier", "volume", "worldclock"],
      position: "Bottom",
      panelSize: 36,
      iconSize: 24,
      desktop: 0,
    },
    mainmenu: { type: "mainmenu" },
    quicklaunch,
    taskbar: { type: "taskbar", buttonWidth: 220 },
    statusnotifier: { type: "statusnotifier", alignment: "Right" },
    volume: { type: "volume" },
    worldclock: { type: "worldclock" },
  });
  // LXQt autostarts lxqt-policykit-agent (/etc/xdg/autostart); without polkit it only fails. A user autostart entry
  // of the same name with Hidden=true disables it (XDG Autostart specification).
  const noPolkitAgent = "[Desktop Entry]\nType=Application\nName=LXQt PolicyKit Agent\nHidden=true\n";
  return [
    staged(".config/autostart/lxqt-policykit-agent.desktop", noPolkitAgent),
    staged(".config/lxqt/session.conf", session),
    staged(".config/lxqt/lxqt.conf", lxqt),
    staged(".config/lxqt/panel.conf", panel),
    staged(".config/pcmanfm-qt/lxqt/settings.conf", pcmanfm),
  ];
}
