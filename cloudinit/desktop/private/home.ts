import { File } from "../../elements/file";
import { SystemdUnit } from "../../elements/systemd-unit";
import { DESKTOP, PATHS, UNITS } from "./layout";
import { PREPARE_HOME_SH } from "./scripts";

/** Root oneshot on every boot, before everything else of the session: see {@link PREPARE_HOME_SH}. */
export function homeUnit(mounts: readonly string[]): SystemdUnit {
  return SystemdUnit.service(UNITS.home, {
    description: "PairPac desktop: prepare the desktop user's home",
    type: "oneshot",
    remainAfterExit: true,
    requiresMountsFor: mounts,
    execStart: [PATHS.homeScript],
  });
}

/** The home preparation script. */
export function homeFiles(): File[] {
  return [File.text(PATHS.homeScript, PREPARE_HOME_SH, { mode: "0755" })];
}

/** Where staged files go, for tests and the role: `~/<rel>` is copied from here on every boot. */
export function stagedPath(rel: string): string {
  return `${DESKTOP.stagedHome}/${rel}`;
}
