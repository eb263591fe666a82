// The settings of an OCI placement. The placement itself is `OciPlacement` in ../placement.ts, created with
// `Placement.oci(...)`; its checks and defaults are in ./private/placement-settings.ts.
import type { Os } from "../../cloudinit/os";
import type { OciShape } from "./oci-shape";

/** Always Free VM.Standard.E2.1.Micro instances per tenancy. */
export const FREE_MICRO_INSTANCES = 2;

/** Settings of {@link Placement.oci}. */
export interface OciPlacementProps {
  /** OCI region identifier, e.g. "eu-frankfurt-1". */
  readonly region: string;
  /**
   * OCID of the compartment the branch compartment is created in: the tenancy OCID for a top-level
   * compartment. Also used to list availability domains and platform images.
   */
  readonly parentCompartmentId: string;
  /**
   * Home region of the tenancy; the branch compartment (an IAM resource) can only be created there.
   * @default - the placement's region
   */
  readonly homeRegion?: string;
  /**
   * Compute shape.
   * @default OciShape.E2_1_MICRO
   */
  readonly shape?: OciShape;
  /**
   * Operating system; OCI has no Debian platform image, so only Ubuntu 24.04 is accepted.
   * @default Os.UBUNTU_24_04
   */
  readonly os?: Os;
  /**
   * Name of the availability domain to pin every machine and volume of this placement to, e.g.
   * "Uocm:EU-FRANKFURT-1-AD-2" (`oci iam availability-domain list`).
   * @default - chosen at plan time: the first availability domain that offers the shape (see
   * `OciNetwork.availabilityDomainsOffering`)
   */
  readonly availabilityDomain?: string;
  /**
   * Index (0-based) of the availability domain in the region's list, instead of a name.
   * @default - chosen at plan time, see availabilityDomain
   */
  readonly availabilityDomainIndex?: number;
  /**
   * Prefix of the branch compartment's name (`<prefix>.<branch>`), unique per PairPac project in a tenancy.
   * @default "pairpac"
   */
  readonly compartmentNamePrefix?: string;
  /**
   * Boot volume size in GB (50-32768). Always Free covers 200 GB of block storage in total.
   * @default - the image's default (about 47 GB)
   */
  readonly bootVolumeSizeGb?: number;
  /**
   * IPv4 block of the branch VCN in this region.
   * @default "10.42.0.0/16"
   */
  readonly vcnCidr?: string;
  /**
   * IPv4 block of the public subnet.
   * @default "10.42.1.0/24"
   */
  readonly subnetCidr?: string;
  /**
   * Replace the instance whenever a newer image is published. Off by default so that plans converge: the
   * image found at creation stays (`source_details[0].source_id` is in `ignore_changes`).
   * @default false
   */
  readonly followLatestImage?: boolean;
  /**
   * Profile of the OCI config file (`~/.oci/config`) for the providers of this placement.
   * @default - `OCI_CONFIG_FILE_PROFILE`/`TF_VAR_config_file_profile`, else the DEFAULT profile
   */
  readonly configFileProfile?: string;
}
