import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { absolutePath, integerIn } from "../private/validate";
import { escapeUnitPath } from "../serializers/systemd-unit";
import { containsToken } from "../tokens";
import { File } from "./file";
import { Packages } from "./packages";
import { SCRIPT_DIR } from "./script";
import { SystemdUnit } from "./systemd-unit";

/** File system types a {@link DataVolume} can be formatted with. */
export type DataVolumeFsType = "ext4" | "xfs";

/** Options of {@link DataVolume.of}. */
export interface DataVolumeOptions {
  /**
   * Stable device path of the attached block volume (from the placement, may be a Terraform token),
   * e.g. `/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0123...` or `/dev/oracleoci/oraclevdb`.
   */
  readonly device: string;
  /** File system label: the volume is mounted by this label, never by device name (ext4: ≤ 16, xfs: ≤ 12 characters). */
  readonly label: string;
  /** Mount point, e.g. `/srv/pairpac`. */
  readonly mountPoint: string;
  /**
   * File system created when the device carries none.
   * @default "ext4"
   */
  readonly fsType?: DataVolumeFsType;
  /**
   * Seconds to wait for the device to appear (the attachment may complete after boot).
   * @default 600
   */
  readonly waitSeconds?: number;
}

/** Path of the formatting script shared by all data volumes. */
export const FORMAT_SCRIPT_PATH = `${SCRIPT_DIR}/format-data-volume.sh`;

/**
 * Bash script: waits for the device, formats it only if it carries no signature at all (no file system, no
 * partition table), and refuses to touch a device whose file system has another label.
 * Arguments: device, label, file system type, seconds to wait.
 */
const FORMAT_SCRIPT = `#!/usr/bin/env bash
set -euo pipefail
n=0
until [ -b "$1" ]; do
  if [ "$n" -ge "$4" ]; then echo "no $1 after $4 s" >&2; exit 1; fi
  sleep 2; n=$((n + 2))
done
s=0
blkid -p "$1" >/dev/null || s=$?
if [ "$s" = 2 ]; then
  echo "formatting blank $1 as $3 labelled $2"
  mkfs -t "$3" -L "$2" "$1"
elif [ "$s" != 0 ] || [ "$(blkid -p -o value -s LABEL "$1")" != "$2" ]; then
  echo "$1 is not blank and not labelled $2: not formatting it" >&2; exit 1
fi
udevadm settle
`;

/**
 * A persistent block volume: formatted only if blank (after waiting for the attachment), mounted by LABEL through a
 * systemd `.mount` unit. Services that use it declare `requiresMountsFor: [volume.mountPoint]`.
 *
 * The mount unit's `What=LABEL=<label>` is resolved by mount(8), so systemd adds no dependency on a device unit
 * (whose default 90 s job timeout could expire while the attachment is still pending): the mount waits for the
 * prepare service only, which itself waits for the device as long as `waitSeconds`. The mount is `nofail`, so it is
 * not ordered before `local-fs.target`: a late attachment delays only the services that need the volume, never the
 * boot (and the prepare service, which runs after `sysinit.target`, forms no ordering cycle with it).
 */
export class DataVolume implements CloudInitElement {
  /** A data volume. */
  public static of(options: DataVolumeOptions): DataVolume {
    return new DataVolume(options);
  }

  /** Device path (may be a token). */
  public readonly device: string;
  /** File system label. */
  public readonly label: string;
  /** Mount point. */
  public readonly mountPoint: string;
  /** File system type. */
  public readonly fsType: DataVolumeFsType;
  /** Name of the mount unit, e.g. `srv-pairpac.mount`. */
  public readonly mountUnitName: string;
  /** Name of the oneshot service that prepares the device, e.g. `pairpac-prepare-volume-data.service`. */
  public readonly prepareUnitName: string;
  private readonly waitSeconds: number;

  private constructor(o: DataVolumeOptions) {
    const fsType = o.fsType ?? "ext4";
    if (fsType !== "ext4" && fsType !== "xfs") {
      throw invalid("dataVolume.fsType", fsType, "must be \"ext4\" or \"xfs\"", "Use \"ext4\" (default).");
    }
    const maxLabel = fsType === "xfs" ? 12 : 16;
    if (typeof o.label !== "string" || !new RegExp(`^[a-z0-9][a-z0-9_-]{0,${maxLabel - 1}}$`).test(o.label)) {
      throw invalid("dataVolume.label", o.label, `must be 1-${maxLabel} lower-case letters, digits, '_' or '-' (starting with a letter or digit)`, "Use e.g. \"pairpac-data\".");
    }
    if (typeof o.device !== "string" || (!containsToken(o.device) && !/^\/dev\/[A-Za-z0-9_./:-]+$/.test(o.device))) {
      throw invalid("dataVolume.device", o.device, "must be a /dev path without blanks", "Use the stable device path from the placement, e.g. /dev/oracleoci/oraclevdb.");
    }
    this.mountPoint = absolutePath("dataVolume.mountPoint", o.mountPoint);
    if (this.mountPoint === "/" || /\s/.test(this.mountPoint) || /^\/(etc|usr|var|boot|proc|sys|dev|run|tmp)(\/|$)/.test(this.mountPoint) && !/^\/var\/lib\/./.test(this.mountPoint)) {
      throw invalid("dataVolume.mountPoint", this.mountPoint, "must be a dedicated directory (not a system directory, no blanks)", "Use e.g. /srv/pairpac.");
    }
    this.device = o.device;
    this.label = o.label;
    this.fsType = fsType;
    this.waitSeconds = integerIn("dataVolume.waitSeconds", o.waitSeconds ?? 600, 10, 3600, "Use e.g. 600.");
    this.mountUnitName = `${escapeUnitPath(this.mountPoint)}.mount`;
    this.prepareUnitName = `pairpac-prepare-volume-${this.label}.service`;
  }

  /** Writes the script, the prepare service and the mount unit (enabled; it requires and follows the prepare service). */
  public contribute(target: ElementTarget): void {
    if (this.fsType === "xfs") {
      Packages.of("xfsprogs").contribute(target);
    }
    File.text(FORMAT_SCRIPT_PATH, FORMAT_SCRIPT, { mode: "0755" }).contribute(target);
    SystemdUnit.service(this.prepareUnitName, {
      description: `Prepare volume ${this.label}`,
      type: "oneshot",
      remainAfterExit: true,
      execStart: [FORMAT_SCRIPT_PATH, this.device, this.label, this.fsType, String(this.waitSeconds)],
      timeoutStartSec: this.waitSeconds + 120,
      wantedBy: [],
      enable: false,
    }).contribute(target);
    SystemdUnit.mount({
      description: `Volume ${this.label}`,
      what: `LABEL=${this.label}`,
      where: this.mountPoint,
      type: this.fsType,
      options: ["noatime", "nofail"],
      requires: [this.prepareUnitName],
      after: [this.prepareUnitName],
      wantedBy: ["multi-user.target"],
    }).contribute(target);
  }
}
