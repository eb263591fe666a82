import type { Construct } from "constructs";
import type { Os } from "../cloudinit";
import type { AwsPlacementProps } from "./aws/aws-placement";
import { AwsMachine } from "./aws/aws-machine";
import { AwsNetwork, type AwsNetworkProps } from "./aws/aws-network";
import { AWS_CLOUD_FACTS, awsPlacementSettings, type AwsPlacementSettings } from "./aws/private/placement-settings";
import type { Architecture, Cloud, CloudFacts, DataVolumeLimits, MachineSpec, PlacedMachine } from "./machine";
import { OciCompartment, type OciCompartmentProps } from "./oci/oci-compartment";
import { OciMachine } from "./oci/oci-machine";
import { OciNetwork, type OciNetworkProps } from "./oci/oci-network";
import type { OciPlacementProps } from "./oci/oci-placement";
import type { OciShape } from "./oci/oci-shape";
import { checkFreeMicros, OCI_CLOUD_FACTS, ociPlacementSettings, type OciPlacementSettings } from "./oci/private/placement-settings";
import { invalid } from "../src/errors";
import { validateDataVolume, validateMachineSpec } from "./private/validate";

// The machine vocabulary placements speak (types only), exported with them.
export * from "./machine";

/**
 * Where and how a machine runs: chosen with `Placement.aws(...)` or `Placement.oci(...)`.
 *
 * A placement creates, per stack, one provider per cloud and region and one branch network per cloud and
 * region (AWS: VPC, public subnet, internet gateway, route table; OCI additionally the branch's compartment),
 * and per machine a firewall with exactly the role's public ports, a stable public IP, an instance running
 * the role's user-data and an optional persistent data volume. It is the one place that knows its cloud:
 * the data-volume limits, the running condition, and the user-data limit it checks the role's document against.
 *
 * @example
 * const placement = Placement.aws({ region: "eu-central-1" });
 * const machine = placement.place(this, "Machine", {
 *   name: "gateway", identity, publicPorts: [{ port: 443, protocol: "tcp", description: "HTTPS" }],
 *   adminSshPublicKey: adminKey.publicKeyOpenssh, dataVolume: { sizeGb: 10, label: "pairpac-data" },
 *   userData: (m) => renderGatewayRole({ ..., dataVolumeDevice: m.dataVolumeDevice, dataVolumeLabel: m.dataVolumeLabel }),
 * });
 */
export abstract class Placement {
  /** Machines on Amazon EC2. */
  static aws(props: AwsPlacementProps): AwsPlacement {
    return new AwsPlacement(props);
  }

  /** Machines on Oracle Cloud Infrastructure, in the branch's own compartment. */
  static oci(props: OciPlacementProps): OciPlacement {
    return new OciPlacement(props);
  }

  /** Cloud of this placement. */
  readonly cloud: Cloud;
  /** Region of this placement. */
  readonly region: string;
  /** Operating system of the image. */
  readonly os: Os;
  /** CPU architecture of the instance and its image. */
  readonly architecture: Architecture;
  /** Login user of the image for SSH administration. */
  readonly adminUser: string;
  /** The data-volume sizes the cloud accepts. */
  readonly dataVolumeLimits: DataVolumeLimits;
  /** How this cloud's instances say they run, and how one is started. */
  private readonly instanceFacts: Pick<CloudFacts, "running" | "startCommand">;
  /** The settings resolved from the props (a placement of a cloud declares its own settings type). */
  protected readonly settings: Pick<Placement, "region" | "os" | "architecture" | "adminUser">;

  /**
   * Takes what every placement resolves from its props (the region, the image's OS and architecture and its login
   * user) and what its cloud is like.
   */
  protected constructor(resolved: Pick<Placement, "region" | "os" | "architecture" | "adminUser">, facts: CloudFacts) {
    this.region = resolved.region;
    this.os = resolved.os;
    this.architecture = resolved.architecture;
    this.adminUser = resolved.adminUser;
    this.cloud = facts.cloud;
    this.dataVolumeLimits = facts.dataVolumeLimits;
    this.instanceFacts = facts;
    this.settings = resolved;
  }

  /** Creates the machine (and, once per stack, the provider and the branch network) under `scope`. */
  abstract place(scope: Construct, id: string, spec: MachineSpec): PlacedMachine;

  /**
   * A Terraform condition that is true while the instance of `machine` (placed by this placement) runs, for a
   * `check` block or a precondition.
   */
  runningCondition(machine: PlacedMachine): string {
    const { attribute, value } = this.instanceFacts.running;
    return `\${${this.instanceReference(machine)}.${attribute} == "${value}"}`;
  }

  /**
   * The cloud CLI command that starts the stopped instance of `machine` (placed by this placement), with a Terraform
   * reference for its id, for an error message.
   */
  startCommand(machine: PlacedMachine): string {
    return this.instanceFacts.startCommand(this.region, `\${${this.instanceReference(machine)}.id}`);
  }

  /**
   * Checks a node's data-volume size setting: 0 (no volume) or an integer within {@link dataVolumeLimits}.
   * Throws a PairPacError naming `field` otherwise.
   * @returns sizeGb
   */
  checkDataVolumeGb(field: string, sizeGb: number): number {
    const { minGb, maxGb, description } = this.dataVolumeLimits;
    if (!Number.isInteger(sizeGb) || sizeGb < 0 || (sizeGb > 0 && (sizeGb < minGb || sizeGb > maxGb))) {
      throw invalid(field, sizeGb, `must be 0 (no volume) or an integer between ${minGb} and ${maxGb} on ${description}`, `Use 0 for none or e.g. ${Math.max(minGb, 10)}.`);
    }
    return sizeGb;
  }

  /** Checks a spec before placing it: what does not depend on the cloud, then the data volume against this cloud's limits. */
  protected checkSpec(spec: MachineSpec): void {
    validateMachineSpec(spec);
    if (spec.dataVolume) validateDataVolume(spec.dataVolume, this.dataVolumeLimits);
  }

  /** The instance of `machine` as a Terraform reference (`<type>.<name>`), after checking it is this placement's cloud. */
  protected instanceReference(machine: PlacedMachine): string {
    if (machine.cloud !== this.cloud) {
      throw invalid("machine", machine.name, `runs on ${machine.cloud}, not on this ${this.cloud} placement`, "Ask the placement that placed the machine.");
    }
    return `${machine.instance.terraformResourceType}.${machine.instance.friendlyUniqueId}`;
  }
}

/**
 * Places machines on Amazon EC2 (each machine its instance, Elastic IP, security group and data volume; one VPC
 * per region and stack). Create it with `Placement.aws(...)`.
 */
export class AwsPlacement extends Placement {
  /** Always "aws". */
  declare readonly cloud: "aws";
  /** The instance type. */
  readonly instanceType: string;

  /** @internal */
  declare protected readonly settings: AwsPlacementSettings;
  /** The region's branch network as this placement asks for it (the branch comes with each spec). */
  private readonly network: Omit<AwsNetworkProps, "identity">;

  constructor(props: AwsPlacementProps) {
    super(awsPlacementSettings(props), AWS_CLOUD_FACTS);
    this.instanceType = this.settings.instanceType;
    this.network = { region: this.region, vpcCidr: props.vpcCidr, subnetCidr: props.subnetCidr, availabilityZone: props.availabilityZone, profile: props.profile };
  }

  /** Creates the machine under `scope` and, once per stack and region, the provider and branch network. */
  place(scope: Construct, id: string, spec: MachineSpec): PlacedMachine {
    this.checkSpec(spec);
    const network = AwsNetwork.of(scope, { ...this.network, identity: spec.identity });
    return new AwsMachine(scope, id, { ...this.settings, network, spec });
  }
}

/**
 * Places machines on Oracle Cloud Infrastructure, in the branch's own compartment (see {@link OciCompartment}):
 * each machine its instance, reserved public IP, network security group and data volume; one VCN per region. Create it with `Placement.oci(...)`.
 *
 * Credentials come from the environment (`OCI_TENANCY_OCID`, `OCI_USER_OCID`, `OCI_FINGERPRINT`,
 * `OCI_PRIVATE_KEY_PATH` or `OCI_PRIVATE_KEY`, each also as `TF_VAR_<lower-case name>`) or `~/.oci/config`.
 */
export class OciPlacement extends Placement {
  /** Always "oci". */
  declare readonly cloud: "oci";
  /** The compute shape. */
  readonly shape: OciShape;

  /** @internal */
  declare protected readonly settings: OciPlacementSettings;
  /** The branch compartment as this placement asks for it (the branch comes with each spec). */
  private readonly compartment: Omit<OciCompartmentProps, "identity">;
  /** The region's branch network as this placement asks for it (in the branch compartment). */
  private readonly network: Omit<OciNetworkProps, "compartment">;

  constructor(props: OciPlacementProps) {
    super(ociPlacementSettings(props), OCI_CLOUD_FACTS);
    this.shape = this.settings.shape;
    const { parentCompartmentId, compartmentNamePrefix: namePrefix, configFileProfile } = props;
    this.compartment = { parentCompartmentId, homeRegion: props.homeRegion ?? this.region, namePrefix, configFileProfile };
    this.network = { region: this.region, vcnCidr: props.vcnCidr, subnetCidr: props.subnetCidr, configFileProfile };
  }

  /** Creates the machine under `scope` and, once per stack, the compartment and, per region, provider and network. */
  place(scope: Construct, id: string, spec: MachineSpec): PlacedMachine {
    this.checkSpec(spec);
    checkFreeMicros(scope, this.shape, spec.name);
    const compartment = OciCompartment.of(scope, { ...this.compartment, identity: spec.identity });
    const network = OciNetwork.of(scope, { ...this.network, compartment });
    return new OciMachine(scope, id, { ...this.settings, network, spec });
  }

}
