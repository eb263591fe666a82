import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { UserDataBudget } from "../../cloudinit";
import { Os } from "../../cloudinit/os";
import { invalid } from "../../src/errors";
import type { Architecture, MachineSpec, Placement, PlacedMachine } from "../placement";
import { validateDataVolume, validateMachineSpec } from "../private/validate";
import { OciCompartment } from "./oci-compartment";
import { OciMachine } from "./oci-machine";
import { OciNetwork } from "./oci-network";
import { OciShape } from "./oci-shape";
import { ociImageSpec } from "./private/images";

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

/**
 * Places machines on Oracle Cloud Infrastructure, in the branch's own compartment (see {@link OciCompartment}):
 * each machine its instance, reserved public IP, network security group and data volume; one VCN per region. Create it with `Placement.oci(...)`.
 *
 * Credentials come from the environment (`OCI_TENANCY_OCID`, `OCI_USER_OCID`, `OCI_FINGERPRINT`,
 * `OCI_PRIVATE_KEY_PATH` or `OCI_PRIVATE_KEY`, each also as `TF_VAR_<lower-case name>`) or `~/.oci/config`.
 */
export class OciPlacement implements Placement {
  /** Always "oci". */
  readonly cloud = "oci" as const;
  /** The region. */
  readonly region: string;
  /** Operating system of the image (Ubuntu 24.04). */
  readonly os: Os;
  /** CPU architecture of the shape. */
  readonly architecture: Architecture;
  /** Login user of the image ("ubuntu"). */
  readonly adminUser: string;
  /** OCI: 32,000 bytes of instance metadata (base64 user-data plus the admin key). */
  readonly userDataBudget: UserDataBudget = UserDataBudget.OCI;
  /** The compute shape. */
  readonly shape: OciShape;

  private readonly props: OciPlacementProps;
  private readonly availabilityDomainIndex?: number;

  constructor(props: OciPlacementProps) {
    this.props = props;
    this.region = props.region;
    this.shape = props.shape ?? OciShape.E2_1_MICRO;
    this.os = props.os ?? Os.UBUNTU_24_04;
    this.architecture = this.shape.architecture;
    this.availabilityDomainIndex = props.availabilityDomainIndex;
    if (!(this.shape instanceof OciShape)) {
      throw invalid("shape", props.shape, "must be an OciShape", "Use OciShape.E2_1_MICRO or OciShape.a1Flex({ ocpus, memoryInGbs }).");
    }
    if (this.availabilityDomainIndex !== undefined && (!Number.isInteger(this.availabilityDomainIndex) || this.availabilityDomainIndex < 0 || this.availabilityDomainIndex > 2)) {
      throw invalid("availabilityDomainIndex", this.availabilityDomainIndex, "must be 0, 1 or 2 (regions have at most three availability domains)", "Use 0 for the first one, or leave it out to choose at plan time.");
    }
    if (props.availabilityDomain !== undefined && (typeof props.availabilityDomain !== "string" || !/^[A-Za-z0-9]{1,10}:[A-Z]{2}(-[A-Z]+)+-\d+-AD-[1-3]$/.test(props.availabilityDomain))) {
      throw invalid("availabilityDomain", props.availabilityDomain, "is not an availability domain name", "Use the name `oci iam availability-domain list` prints, e.g. \"Uocm:EU-FRANKFURT-1-AD-2\".");
    }
    if (props.availabilityDomain !== undefined && this.availabilityDomainIndex !== undefined) {
      throw invalid("availabilityDomainIndex", this.availabilityDomainIndex, "is given together with availabilityDomain", "Give only one of them.");
    }
    if (props.bootVolumeSizeGb !== undefined && (!Number.isInteger(props.bootVolumeSizeGb) || props.bootVolumeSizeGb < 50 || props.bootVolumeSizeGb > 32768)) {
      throw invalid("bootVolumeSizeGb", props.bootVolumeSizeGb, "must be an integer between 50 and 32768", "Use e.g. 50, or leave it out for the image default.");
    }
    this.adminUser = ociImageSpec(this.os, this.architecture).adminUser;
  }

  /** Creates the machine under `scope` and, once per stack, the compartment and, per region, provider and network. */
  place(scope: Construct, id: string, spec: MachineSpec): PlacedMachine {
    validateMachineSpec(spec);
    if (spec.dataVolume) validateDataVolume(spec.dataVolume, 50, 32768, "OCI (the smallest block volume is 50 GB)");
    if (this.shape.name === OciShape.E2_1_MICRO.name) {
      const micros = TerraformStack.of(scope).node.findAll().filter((c) => c instanceof OciMachine && c.shapeName === OciShape.E2_1_MICRO.name);
      if (micros.length >= FREE_MICRO_INSTANCES) {
        throw invalid("shape", `${OciShape.E2_1_MICRO.name} for ${spec.name}`, `would be OCI micro instance number ${micros.length + 1} of the branch (${micros.map((m) => (m as OciMachine).name).join(", ")} already are); a tenancy has ${FREE_MICRO_INSTANCES} Always Free micros, so the apply would fail on the limit`,
          "Put this machine on VM.Standard.A1.Flex (PAIRPAC_OCI_SHAPE=VM.Standard.A1.Flex, OciShape.a1Flex()) or on AWS (PAIRPAC_DESKTOPS=oci,aws), or run fewer desktops.");
      }
    }
    const compartment = OciCompartment.of(scope, {
      identity: spec.identity,
      parentCompartmentId: this.props.parentCompartmentId,
      homeRegion: this.props.homeRegion ?? this.region,
      namePrefix: this.props.compartmentNamePrefix,
      configFileProfile: this.props.configFileProfile,
    });
    const network = OciNetwork.of(scope, {
      region: this.region,
      compartment,
      vcnCidr: this.props.vcnCidr,
      subnetCidr: this.props.subnetCidr,
      configFileProfile: this.props.configFileProfile,
    });
    return new OciMachine(scope, id, {
      network,
      spec,
      shape: this.shape,
      os: this.os,
      adminUser: this.adminUser,
      availabilityDomain: this.props.availabilityDomain,
      availabilityDomainIndex: this.availabilityDomainIndex,
      bootVolumeSizeGb: this.props.bootVolumeSizeGb,
      followLatestImage: this.props.followLatestImage ?? false,
    });
  }
}
