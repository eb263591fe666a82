import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { Eip } from "@cdktf/provider-aws/lib/eip";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { KeyPair } from "@cdktf/provider-aws/lib/key-pair";
import { NetworkInterface } from "@cdktf/provider-aws/lib/network-interface";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VolumeAttachment } from "@cdktf/provider-aws/lib/volume-attachment";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { Fn } from "cdktf";
import type { Construct } from "constructs";
import { UserDataBudget } from "../../cloudinit/user-data-budget";
import type { MachineSpec } from "../machine";
import { CloudMachine } from "../private/cloud-machine";
import { escapeTemplateKeepTokens } from "../private/terraform-string";
import { TokenLengths } from "../private/token-lengths";
import { awsUserDataPrecondition } from "../private/user-data";
import type { AwsNetwork } from "./aws-network";
import { isBurstable, isNitro } from "./private/instance-types";
import type { AwsPlacementSettings } from "./private/placement-settings";

/** Everything an {@link AwsMachine} needs: the resolved placement settings (but the region, which the network has) and the role's spec. */
export interface AwsMachineProps extends Omit<AwsPlacementSettings, "region"> {
  /** The branch network of the region (provider, subnet, image lookup). */
  readonly network: AwsNetwork;
  /** The role's needs. */
  readonly spec: MachineSpec;
}

/** Device name the data volume is attached as; on Nitro it appears as NVMe and is found by its by-id link. */
const DATA_VOLUME_ATTACH_AS = "/dev/sdf";
/** Where the kernel shows `/dev/sdf` on Xen instances (t2 and older). */
const DATA_VOLUME_XEN_DEVICE = "/dev/xvdf";
/** Length of an EBS volume id without its dash: "vol" + 17 hex digits. */
const VOLUME_ID_WITHOUT_DASH_LENGTH = 20;

/**
 * One EC2 machine of a branch: key pair, security group with exactly the role's public ports (egress open),
 * a network interface with an Elastic IP (attached before boot, kept across instance replacements), an
 * encrypted gp3 data volume with `prevent_destroy`, and the instance (IMDSv2 required, encrypted root volume,
 * gzip+base64 user-data that replaces the instance when it changes, a plan-time size precondition).
 *
 * Create it through `Placement.aws(...).place(...)`.
 */
export class AwsMachine extends CloudMachine<"aws"> {
  /** The Elastic IP address. */
  readonly publicIp: string;
  /** Stable device path of the data volume, if any. */
  readonly dataVolumeDevice?: string;
  /** The `aws_instance`. */
  readonly instance: Instance;
  /** The security group holding exactly the public ports. */
  readonly securityGroup: SecurityGroup;

  constructor(scope: Construct, id: string, props: AwsMachineProps) {
    super(scope, id, "aws", props.spec, props.adminUser);
    const { network, spec } = props;
    const provider = network.provider;
    const label = this.label;

    const keyPair = new KeyPair(this, "AdminKey", {
      provider,
      keyNamePrefix: `${label}-`,
      publicKey: escapeTemplateKeepTokens(spec.adminSshPublicKey),
      tags: { Name: `${label}-admin` },
    });

    this.securityGroup = new SecurityGroup(this, "SecurityGroup", {
      provider,
      vpcId: network.vpc.id,
      name: label,
      description: `PairPac ${spec.name} of ${spec.identity.dnsLabel}: public ports only`,
      tags: { Name: label },
    });
    for (const port of spec.publicPorts) {
      new VpcSecurityGroupIngressRule(this, `Ingress-${port.protocol}-${port.port}`, {
        provider,
        securityGroupId: this.securityGroup.id,
        ipProtocol: port.protocol,
        fromPort: port.port,
        toPort: port.port,
        cidrIpv4: "0.0.0.0/0",
        description: escapeTemplateKeepTokens(port.description),
        tags: { Name: `${label}-${port.protocol}-${port.port}` },
      });
    }
    // Path MTU discovery: "fragmentation needed" (ICMP type 3, code 4) must reach the machine; opens no port.
    new VpcSecurityGroupIngressRule(this, "Ingress-icmp-fragmentation-needed", {
      provider,
      securityGroupId: this.securityGroup.id,
      ipProtocol: "icmp",
      fromPort: 3,
      toPort: 4,
      cidrIpv4: "0.0.0.0/0",
      description: "Path MTU discovery (ICMP fragmentation needed)",
    });
    new VpcSecurityGroupEgressRule(this, "Egress-all", {
      provider,
      securityGroupId: this.securityGroup.id,
      ipProtocol: "-1",
      cidrIpv4: "0.0.0.0/0",
      description: "All outbound traffic",
    });

    const networkInterface = new NetworkInterface(this, "NetworkInterface", {
      provider,
      subnetId: network.subnet.id,
      securityGroups: [this.securityGroup.id],
      description: `PairPac ${spec.name} of ${spec.identity.dnsLabel}`,
      tags: { Name: label },
    });
    const elasticIp = new Eip(this, "PublicIp", {
      provider,
      domain: "vpc",
      networkInterface: networkInterface.id,
      dependsOn: [network.internetGateway],
      tags: { Name: label },
    });
    this.publicIp = elasticIp.publicIp;

    let dataVolume: EbsVolume | undefined;
    if (spec.dataVolume) {
      dataVolume = new EbsVolume(this, "DataVolume", {
        provider,
        availabilityZone: network.subnet.availabilityZone,
        size: spec.dataVolume.sizeGb,
        type: "gp3",
        encrypted: true,
        tags: { Name: `${label}-${spec.dataVolume.label}` },
        lifecycle: { preventDestroy: true },
      });
      if (isNitro(props.instanceType)) {
        const volumeId = TokenLengths.declare(this, Fn.replace(dataVolume.id, "-", ""), VOLUME_ID_WITHOUT_DASH_LENGTH);
        this.dataVolumeDevice = `/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_${volumeId}`;
      } else {
        this.dataVolumeDevice = DATA_VOLUME_XEN_DEVICE;
      }
    }

    const encoded = this.encodedUserData(spec, props, { budget: UserDataBudget.AWS }, network.region);

    this.instance = new Instance(this, "Instance", {
      provider,
      ami: network.image(props.os, props.architecture).id,
      instanceType: props.instanceType,
      keyName: keyPair.keyName,
      primaryNetworkInterface: { networkInterfaceId: networkInterface.id },
      userDataBase64: encoded,
      userDataReplaceOnChange: true,
      metadataOptions: {
        httpEndpoint: "enabled",
        httpTokens: "required",
        httpPutResponseHopLimit: 1,
        instanceMetadataTags: "disabled",
      },
      rootBlockDevice: {
        encrypted: true,
        volumeType: "gp3",
        volumeSize: props.rootVolumeSizeGb,
        deleteOnTermination: true,
      },
      creditSpecification: isBurstable(props.instanceType) ? { cpuCredits: "standard" } : undefined,
      tags: { Name: label },
      // Nothing references them, so without this the instance could boot (and cloud-init start installing)
      // before its subnet routes to the internet gateway or its Elastic IP is associated.
      dependsOn: [network.defaultRoute, network.subnetRoutes, elasticIp],
      lifecycle: {
        ignoreChanges: props.followLatestImage ? undefined : ["ami"],
        precondition: [awsUserDataPrecondition(encoded, spec.name)],
      },
    });

    if (dataVolume) {
      new VolumeAttachment(this, "DataVolumeAttachment", {
        provider,
        deviceName: DATA_VOLUME_ATTACH_AS,
        instanceId: this.instance.id,
        volumeId: dataVolume.id,
        stopInstanceBeforeDetaching: true,
      });
    }
  }
}
