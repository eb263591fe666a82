import { Os } from "../../../cloudinit/os";
import { invalid } from "../../../src/errors";
import type { Architecture } from "../../machine";

/** How to find an OCI platform image with `oci_core_images`, and who logs in to it. */
export interface OciImageSpec {
  /** `operating_system` filter. */
  readonly operatingSystem: string;
  /** `operating_system_version` filter. */
  readonly operatingSystemVersion: string;
  /** Regular expression on `display_name`: the plain image of the architecture (no GPU or Minimal variants). */
  readonly displayNameRegex: string;
  /** Login user of the image. */
  readonly adminUser: string;
}

/**
 * The platform image of an operating system on OCI. Display names as published by Oracle, e.g.
 * `Canonical-Ubuntu-24.04-2026.01.29-0` and `Canonical-Ubuntu-24.04-aarch64-2026.01.29-0` (checked with the
 * search tool, 2026). OCI has no Debian platform image.
 */
export function ociImageSpec(os: Os, architecture: Architecture): OciImageSpec {
  if (os === Os.UBUNTU_24_04) {
    const arch = architecture === "arm64" ? "aarch64-" : "";
    return {
      operatingSystem: "Canonical Ubuntu",
      operatingSystemVersion: "24.04",
      displayNameRegex: `^Canonical-Ubuntu-24\\.04-${arch}\\d{4}\\.\\d{2}\\.\\d{2}-\\d+$`,
      adminUser: "ubuntu",
    };
  }
  if (os === Os.DEBIAN_13) {
    throw invalid("os", os.id, "has no OCI platform image (OCI publishes Ubuntu, Oracle Linux and others, but not Debian)", "Use Os.UBUNTU_24_04 on OCI, or place Debian machines with Placement.aws(...).");
  }
  throw invalid("os", String(os), "has no OCI image in PairPac", "Use Os.UBUNTU_24_04.");
}
