import { File } from "../../elements/file";
import { SystemdUnit } from "../../elements/systemd-unit";
import { DESKTOP_LOCAL_PORTS } from "../desktop-local-ports";
import { AUDIO, DESKTOP, PATHS, UNITS } from "./layout";
import { PREPARE_MUMBLE_SH, SERVED_MUMBLE_DIGEST_SH, START_MUMBLE_SH } from "./scripts";
import { sessionEnvironment } from "./session";

/**
 * Mumble 1.5 settings (`~/.config/Mumble/Mumble/mumble_settings.json`), written before every start.
 * Keys and enum strings checked in mumble-voip/mumble src/mumble/SettingsKeys.h, SettingsMacros.h and
 * EnumStringConversions.cpp (Ubuntu 24.04 ships 1.5.517, Debian 13 1.5.735, both read this JSON format; the audio
 * keys transmit_mode "VAD", vad_mode "Amplitude", vad_min, vad_max and voice_hold checked at tag v1.5.735).
 */
export function mumbleSettings(): Record<string, unknown> {
  return {
    settings_version: 1,
    mumble_has_quit_normally: true,
    misc: { audio_wizard_has_been_shown: true, viewed_server_ping_consent_message: true },
    audio: {
      input_system: "PulseAudio",
      output_system: "PulseAudio",
      // Voice activity instead of continuous transmission: a quiet desktop sends nothing. "Amplitude" (not
      // "SignalToNoise", which is a speech detector and would cut music) compares 1 + dBFS/96 of the input with the
      // thresholds (src/mumble/AudioInput.cpp): transmission starts above vad_max 0.3 (-67 dBFS) and continues down
      // to vad_min 0.2 (-77 dBFS), far below the quiet passages of music or a podcast; the input is the null sink's
      // monitor, which is digital silence (-96 dBFS, level 0) when nothing plays. voice_hold 100 frames of 10 ms
      // keeps it open for 1 s across pauses between words and tracks.
      transmit_mode: "VAD",
      vad_mode: "Amplitude",
      vad_min: 0.2,
      vad_max: 0.3,
      voice_hold: 100,
      mute_cue_popup_shown: true,
      noise_cancel_mode: "Off",
      echo_cancel_mode: "Disabled",
      attenuate_external_applications: false,
      attenuate_external_applications_on_talk: false,
      audio_quality: 72000,
    },
    audio_backend: {
      pulseaudio_input: `${AUDIO.appsSink}.monitor`,
      pulseaudio_output: AUDIO.conferenceSink,
    },
    network: { restrict_to_tcp: true, reconnect_automatically: true, auto_connect_to_last_server: false },
    ui: { disable_public_server_list: true },
    update: { check_for_updates: false, check_for_plugin_updates: false, auto_update_plugins: false },
  };
}

/** Mumble as the desktop user, in the session, joined to the conference through the tunnel. */
export function mumbleUnit(o: { name: string; channel: string; locale: string; mounts: readonly string[] }): SystemdUnit {
  const port = String(DESKTOP_LOCAL_PORTS.mumble);
  return SystemdUnit.service(UNITS.mumble, {
    description: "PairPac desktop: Mumble client in the conference",
    after: [UNITS.session, UNITS.bus, UNITS.audio, UNITS.tunnel],
    requires: [UNITS.display, UNITS.bus, UNITS.audio],
    wants: [UNITS.session, UNITS.tunnel],
    requiresMountsFor: o.mounts,
    user: DESKTOP.user,
    workingDirectory: DESKTOP.home,
    environment: sessionEnvironment(o.locale),
    execStartPre: [[PATHS.mumblePrepareScript, o.name, port]],
    execStart: [PATHS.mumbleStartScript, o.name, port, ...(o.channel === "" ? [] : [o.channel])],
    restart: "always",
    restartSec: 3,
    startLimitIntervalSec: 0,
  });
}

/** Settings file and scripts (the server password is delivered: {@link PATHS.mumblePassword}). */
export function mumbleFiles(): File[] {
  return [
    File.text(PATHS.mumbleDigestScript, SERVED_MUMBLE_DIGEST_SH, { mode: "0755" }),
    File.fromConfig(`${DESKTOP.etc}/mumble_settings.json`, `${JSON.stringify(mumbleSettings(), null, 2)}\n`, { mode: "0644" }),
    File.text(PATHS.mumblePrepareScript, PREPARE_MUMBLE_SH, { mode: "0755" }),
    File.text(PATHS.mumbleStartScript, START_MUMBLE_SH, { mode: "0755" }),
  ];
}

/**
 * The `mumble-pin` delivery action: as the desktop user, pins the certificate the Terraform run delivered (the
 * gateway's, after a renewal) in Mumble's database, so Mumble trusts it when it next connects, without a restart.
 */
export function mumblePinCommand(name: string): string[] {
  return ["runuser", "-u", DESKTOP.user, "--", "env", `HOME=${DESKTOP.home}`, PATHS.mumblePrepareScript, name, String(DESKTOP_LOCAL_PORTS.mumble), PATHS.gatewayCertificate];
}
