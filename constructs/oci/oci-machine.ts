import { Fn, Op, Token, type TerraformResource } from "cdktf";
import type { Construct } from "constructs";
import { CoreInstance } from "../../.gen/providers/oci/core-instance";
import { CoreNetworkSecurityGroup } from "../../.gen/providers/oci/core-network-security-group";
import { CoreNetworkSecurityGroupSecurityRule } from "../../.gen/providers/oci/core-network-security-group-security-rule";
import { CorePublicIp } from "../../.gen/providers/oci/core-public-ip";
import { CoreVolume } from "../../.gen/providers/oci/core-volume";
import { CoreVolumeAttachment } from "../../.gen/providers/oci/core-volume-attachment";
import { DataOciCorePrivateIps } from "../../.gen/providers/oci/data-oci-core-private-ips";
import { CloudConfig } from "../../cloudinit/cloud-config";
import { File } from "../../cloudinit/elements/file";
import type { Os } from "../../cloudinit/os";
import { UserDataBudget } from "../../cloudinit/user-data-budget";
import type { MachineSpec } from "../machine";
import { CloudMachine } from "../private/cloud-machine";
import { escapeTemplateKeepTokens } from "../private/terraform-string";
import { TokenLengths } from "../private/token-lengths";
import { OCI_METADATA_OVERHEAD, ociMetadataPrecondition } from "../private/user-data";
import type { OciNetwork } from "./oci-network";
import type { OciShape } from "./oci-shape";

/** Everything an {@link OciMachine} needs: the resolved placement settings and the role's spec. */
export interface OciMachineProps {
  /** The branch network of the region (provider, compartment, subnet, image lookup). */
  readonly network: OciNetwork;
  /** The role's needs. */
  readonly spec: MachineSpec;
  /** Compute shape. */
  readonly shape: OciShape;
  /** Operating system of the image. */
  readonly os: Os;
  /** Login user of the image. */
  readonly adminUser: string;
  /** Name of the availability domain to pin the machine to. */
  readonly availabilityDomain?: string;
  /** Index of the availability domain in the tenancy's list for the region (instead of a name). */
  readonly availabilityDomainIndex?: number;
  /** Boot volume size in GB, or undefined for the image's default. */
  readonly bootVolumeSizeGb?: number;
  /** Replace the instance when a newer image is published. */
  readonly followLatestImage: boolean;
}

/** Where the apt retry settings of an OCI machine go (read by every apt run, cloud-init's package stage included). */
export const OCI_APT_RETRIES_FILE = "/etc/apt/apt.conf.d/80-pairpac-retries";

/**
 * apt retries a failed download 20 times, waiting twice as long each time up to 30 s (apt 2.3.2 and later:
 * `Acquire::Retries`, `Acquire::Retries::Delay`, `Acquire::Retries::Delay::Maximum`): about 8 minutes in all per
 * file. An OCI machine has no internet access until its reserved public IP is bound, which happens only after
 * the instance is RUNNING; cloud-init writes this file (write_files, init stage) before its package stage, so a
 * slow bind delays the installation instead of leaving a half-installed machine.
 */
export const OCI_APT_RETRIES = 'Acquire::Retries "20";\nAcquire::Retries::Delay "true";\nAcquire::Retries::Delay::Maximum "30";\n';

/** Bytes assumed for an admin key given as a token without a declared length (4096-bit RSA: 725, plus a comment). */
const ADMIN_KEY_WORST_CASE = 1024;

/** Consistent device path of the first paravirtualized block volume attachment. */
export const OCI_DATA_VOLUME_DEVICE = "/dev/oracleoci/oraclevdb";

/**
 * One OCI machine of a branch: a network security group with exactly the role's public ports (egress open),
 * a block volume with `prevent_destroy` attached paravirtualized at `/dev/oracleoci/oraclevdb`, the instance
 * (image of the shape's architecture, gzip+base64 user-data and the admin key in its metadata, legacy IMDS v1
 * endpoints disabled, a plan-time metadata-size precondition) and a reserved public IP bound to its primary
 * private IP (kept across instance replacements). A change of user-data or admin key replaces the instance
 * (the provider forces it), the data survives on the volume.
 *
 * The reserved IP can only be bound once the instance exists, so the machine has no internet access for the
 * first seconds after it is RUNNING: a CloudConfig user-data gets {@link OCI_APT_RETRIES} (contributor
 * `oci-outbound`), so apt waits for the bind; a user-data given as a string must retry on its own.
 *
 * Create it through `Placement.oci(...).place(...)`.
 */
export class OciMachine extends CloudMachine<"oci"> {
  /** The reserved public IP address. */
  readonly publicIp: string;
  /** `/dev/oracleoci/oraclevdb` when there is a data volume. */
  readonly dataVolumeDevice?: string;
  /** The `oci_core_instance`. */
  readonly instance: TerraformResource;
  /** OCID of the network security group holding exactly the public ports (token). */
  readonly networkSecurityGroupId: string;
  /** The shape's name. */
  readonly shapeName: string;
  /** The data volume (`oci_core_volume`), if any. */
  readonly dataVolume?: TerraformResource;

  constructor(scope: Construct, id: string, props: OciMachineProps) {
    super(scope, id, "oci", props.spec, props.adminUser);
    const { network, spec, shape } = props;
    const provider = network.provider;
    const compartmentId = network.compartmentId;
    const freeformTags = { ...spec.identity.tags };
    const label = this.label;
    this.shapeName = shape.name;
    const choosesDomain = props.availabilityDomain === undefined && props.availabilityDomainIndex === undefined;
    const availabilityDomain = props.availabilityDomain
      ?? (props.availabilityDomainIndex !== undefined ? network.availabilityDomainName(props.availabilityDomainIndex) : network.chosenAvailabilityDomain(shape));
    const domainPrecondition = choosesDomain ? [network.availabilityDomainPrecondition(shape, spec.name)] : [];
    // source_id indexes images[0] without try(): Terraform checks a resource's preconditions before it evaluates its
    // arguments (documented; shown with Terraform 1.11 in test/constructs/oci/oci-image.conformance.test.ts), so an
    // empty list stops the plan with this message, never with "Invalid index".
    const imagePrecondition = {
      condition: `\${${network.imageCount(props.os, shape).slice(2, -1)} > 0}`,
      errorMessage: `PairPac: no ${props.os.id} platform image for ${shape.name} in ${network.region} (${spec.name}); the image filter in constructs/oci/private/images.ts no longer matches Oracle's display names. Check \`oci compute image list --operating-system "Canonical Ubuntu" --shape ${shape.name}\`.`,
    };

    const networkSecurityGroup = new CoreNetworkSecurityGroup(this, "NetworkSecurityGroup", {
      provider,
      compartmentId,
      vcnId: network.vcnId,
      displayName: label,
      freeformTags,
    });
    this.networkSecurityGroupId = networkSecurityGroup.id;
    for (const port of spec.publicPorts) {
      const range = { destinationPortRange: { min: port.port, max: port.port } };
      new CoreNetworkSecurityGroupSecurityRule(this, `Ingress-${port.protocol}-${port.port}`, {
        provider,
        networkSecurityGroupId: this.networkSecurityGroupId,
        direction: "INGRESS",
        protocol: port.protocol === "tcp" ? "6" : "17",
        source: "0.0.0.0/0",
        sourceType: "CIDR_BLOCK",
        stateless: false,
        description: escapeTemplateKeepTokens(port.description),
        tcpOptions: port.protocol === "tcp" ? range : undefined,
        udpOptions: port.protocol === "udp" ? range : undefined,
      });
    }
    new CoreNetworkSecurityGroupSecurityRule(this, "Egress-all", {
      provider,
      networkSecurityGroupId: this.networkSecurityGroupId,
      direction: "EGRESS",
      protocol: "all",
      destination: "0.0.0.0/0",
      destinationType: "CIDR_BLOCK",
      stateless: false,
      description: "All outbound traffic",
    });

    let dataVolume: CoreVolume | undefined;
    if (spec.dataVolume) {
      dataVolume = new CoreVolume(this, "DataVolume", {
        provider,
        // In the parent compartment, not the branch's: a volume kept at teardown (removed block) must not stop
        // the deletion of the branch compartment, which OCI refuses while it holds anything. For a volume created in
        // the branch compartment before, the provider moves it in place (compartment_id is not ForceNew; Update calls
        // ChangeVolumeCompartment: oracle/terraform-provider-oci internal/service/core/core_volume_resource.go, read at
        // commit 03c8e45a), so prevent_destroy is never hit by this change.
        compartmentId: network.compartment.parentCompartmentId,
        availabilityDomain,
        sizeInGbs: String(spec.dataVolume.sizeGb),
        displayName: `${label}-${spec.dataVolume.label}`,
        freeformTags,
        lifecycle: { preventDestroy: true, precondition: domainPrecondition.length > 0 ? domainPrecondition : undefined },
      });
      this.dataVolume = dataVolume;
      this.dataVolumeDevice = OCI_DATA_VOLUME_DEVICE;
    }

    const sshKey = escapeTemplateKeepTokens(spec.adminSshPublicKey);
    const keyIsToken = Token.isUnresolved(spec.adminSshPublicKey);
    // Worst case of the admin key: its declared token length, else a 4096-bit RSA key with a long comment.
    const keyBytes = keyIsToken ? Math.max(0, ...TokenLengths.forText(this, sshKey).values()) || ADMIN_KEY_WORST_CASE : sshKey.length;
    const encoded = this.encodedUserData({ ...spec, userData: withAptRetries(spec.userData) }, { os: props.os, architecture: shape.architecture },
      { budget: UserDataBudget.OCI, reservedBytes: keyBytes + OCI_METADATA_OVERHEAD }, network.region);
    const keyLength: number | string = keyIsToken ? Fn.lengthOf(sshKey) : sshKey.length;
    const metadataBytes = Op.add(Op.add(Fn.lengthOf(encoded), keyLength), OCI_METADATA_OVERHEAD);
    const instance = new CoreInstance(this, "Instance", {
      provider,
      compartmentId,
      availabilityDomain,
      shape: shape.name,
      shapeConfig: shape.ocpus === undefined ? undefined : { ocpus: shape.ocpus, memoryInGbs: shape.memoryInGbs },
      displayName: label,
      sourceDetails: {
        sourceType: "image",
        sourceId: network.imageId(props.os, shape),
        bootVolumeSizeInGbs: props.bootVolumeSizeGb === undefined ? undefined : String(props.bootVolumeSizeGb),
      },
      createVnicDetails: {
        subnetId: network.subnetId,
        assignPublicIp: "false",
        nsgIds: [this.networkSecurityGroupId],
        displayName: label,
      },
      metadata: { ssh_authorized_keys: sshKey, user_data: encoded },
      instanceOptions: { areLegacyImdsEndpointsDisabled: true },
      preserveBootVolume: false,
      freeformTags,
      lifecycle: {
        ignoreChanges: props.followLatestImage ? undefined : ["source_details[0].source_id"],
        precondition: [...domainPrecondition, imagePrecondition, ociMetadataPrecondition(metadataBytes, spec.name)],
      },
    });

    this.instance = instance;
    if (dataVolume) {
      new CoreVolumeAttachment(this, "DataVolumeAttachment", {
        provider,
        attachmentType: "paravirtualized",
        instanceId: instance.id,
        volumeId: dataVolume.id,
        device: OCI_DATA_VOLUME_DEVICE,
        displayName: `${label}-${spec.dataVolume!.label}`,
        isReadOnly: false,
      });
    }

    const privateIps = new DataOciCorePrivateIps(this, "PrimaryPrivateIp", {
      provider,
      subnetId: network.subnetId,
      ipAddress: instance.privateIp,
    });
    const reservedPublicIp = new CorePublicIp(this, "PublicIp", {
      provider,
      compartmentId,
      lifetime: "RESERVED",
      privateIpId: privateIps.privateIps.get(0).id,
      displayName: label,
      freeformTags,
    });
    this.publicIp = reservedPublicIp.ipAddress;
  }
}

/** The user-data source with the apt retry file added when it is (or yields) a CloudConfig. */
function withAptRetries(source: MachineSpec["userData"]): MachineSpec["userData"] {
  const add = (doc: CloudConfig | string): CloudConfig | string => {
    if (doc instanceof CloudConfig && !doc.contributions().some((c) => c.contributor === "oci-outbound")) {
      doc.add("oci-outbound", File.text(OCI_APT_RETRIES_FILE, OCI_APT_RETRIES, { mode: "0644" }));
    }
    return doc;
  };
  return typeof source === "function" ? (machine) => add(source(machine)) : add(source);
}
