import { File } from "../../elements/file";
import { SystemdUnit } from "../../elements/systemd-unit";
import { DESKTOP_LOCAL_PORTS } from "../desktop-local-ports";
import { AUDIO, DESKTOP, PATHS, UNITS } from "./layout";
import { RECORD_CONFERENCE_SH } from "./scripts";

/**
 * The PulseAudio start-up script (`pulseaudio -n -F <this>`): the desktop's whole audio routing.
 *
 * - `apps` (default sink): every desktop application plays here. Its monitor `apps.monitor` is the default source:
 *   Mumble's microphone reads it (and, with Guacamole audio on, guacd through the tunnel to 127.0.0.1:4713), so the
 *   conference hears exactly what the desktop plays, and nothing else.
 * - The TCP listener exists only with Guacamole audio on (`guacamoleAudio`); otherwise the sound server has no
 *   network listener at all. With it on it is anonymous on 127.0.0.1: guacd's libpulse could present a cookie only if
 *   the gateway shipped the desktop's cookie into the guacd container, which it does not, so what remains is that any
 *   process on the gateway that can connect to 127.0.0.1:<audio port> (and any process of the desktop's own user,
 *   which owns the sound server anyway) can play into or record the desktop's sinks. Module loading is disabled for
 *   every client.
 * - `conference`: Mumble plays the other participants here, never into `apps`, so the conference is not sent back
 *   into the conference (no echo) and is not mixed into the Guacamole stream (whose listeners are in the conference
 *   already and would hear themselves). A loopback copies `apps.monitor` into it as well, so `conference.monitor`
 *   is the whole meeting as a participant hears it: that is what the recording launcher records.
 * - No sound card exists; both sinks are null sinks, so nothing depends on hardware.
 */
export function pulseAudioScript(o: { readonly guacamoleAudio: boolean }): string {
  return [
    "# PairPac desktop audio routing (see cloudinit/desktop/private/audio.ts).",
    "load-module module-native-protocol-unix",
    ...(o.guacamoleAudio ? [`load-module module-native-protocol-tcp listen=127.0.0.1 port=${DESKTOP_LOCAL_PORTS.pulseAudio} auth-anonymous=1`] : []),
    `load-module module-null-sink sink_name=${AUDIO.appsSink} sink_properties=device.description=Desktop-applications`,
    `load-module module-null-sink sink_name=${AUDIO.conferenceSink} sink_properties=device.description=Conference`,
    `load-module module-loopback source=${AUDIO.appsSink}.monitor sink=${AUDIO.conferenceSink} latency_msec=60`,
    `set-default-sink ${AUDIO.appsSink}`,
    `set-default-source ${AUDIO.appsSink}.monitor`,
    "",
  ].join("\n");
}

/** PulseAudio as the desktop user, started before the session; no module loading after start-up. */
export function audioUnit(mounts: readonly string[], o: { readonly guacamoleAudio: boolean }): SystemdUnit {
  return SystemdUnit.service(UNITS.audio, {
    description: o.guacamoleAudio ? "PairPac desktop: PulseAudio sound server (null sinks, 127.0.0.1:4713)" : "PairPac desktop: PulseAudio sound server (null sinks)",
    after: [UNITS.home],
    requires: [UNITS.home],
    requiresMountsFor: mounts,
    user: DESKTOP.user,
    environment: { XDG_RUNTIME_DIR: DESKTOP.runtimeDir },
    execStart: ["/usr/bin/pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
      "--disallow-module-loading", "--log-target=stderr", "-n", "-F", PATHS.audioScript],
    restart: "always",
    restartSec: 2,
    startLimitIntervalSec: 0,
  });
}

/** The PulseAudio script file, the recording command and its launcher. */
export function audioFiles(o: { readonly guacamoleAudio: boolean }): File[] {
  const launcher = [
    "[Desktop Entry]",
    "Type=Application",
    "Name=Record conference (start/stop)",
    "Comment=Records the conference and the desktop's sound into the Recordings folder",
    `Exec=${PATHS.recordScript}`,
    "Icon=media-record",
    "Terminal=false",
    "Categories=AudioVideo;Audio;Recorder;",
    "",
  ].join("\n");
  return [
    File.text(PATHS.audioScript, pulseAudioScript(o), { mode: "0644" }),
    File.text(PATHS.recordScript, RECORD_CONFERENCE_SH, { mode: "0755" }),
    File.text(RECORD_LAUNCHER, launcher, { mode: "0644" }),
  ];
}

/** Where the recording launcher is installed (in every user's application menu). */
export const RECORD_LAUNCHER = "/usr/local/share/applications/pairpac-record-conference.desktop";
