import { DataAwsAmi } from "@cdktf/provider-aws/lib/data-aws-ami";
import { DataAwsAvailabilityZones } from "@cdktf/provider-aws/lib/data-aws-availability-zones";
import { InternetGateway } from "@cdktf/provider-aws/lib/internet-gateway";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Route } from "@cdktf/provider-aws/lib/route";
import { RouteTable } from "@cdktf/provider-aws/lib/route-table";
import { RouteTableAssociation } from "@cdktf/provider-aws/lib/route-table-association";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { Fn } from "cdktf";
import { Construct, type IConstruct } from "constructs";
import type { Os } from "../../cloudinit/os";
import { invalid } from "../../src/errors";
import type { BranchIdentity } from "../../src/identity/branch-identity";
import type { Architecture } from "../machine";
import { BRANCH_NETWORK_CIDR, BRANCH_SUBNET_CIDR, branchCidrs, checkSameNetworkSettings } from "../private/branch-network";
import { perStackFromProps } from "../private/per-stack";
import { AwsProviders } from "./aws-providers";
import { awsImageSpec } from "./private/images";

/** How AWS names and bounds the branch network's blocks (a VPC or subnet block is /16 to /28). */
const AWS_CIDR_RULES = { networkField: "vpcCidr", networkName: "VPC", maxPrefix: 28 } as const;

/** Settings of a branch network on AWS. */
export interface AwsNetworkProps {
  /** AWS region, e.g. "eu-central-1". */
  readonly region: string;
  /** The branch: its tags become the provider's `default_tags`, its zone name part of resource names. */
  readonly identity: BranchIdentity;
  /**
   * IPv4 block of the VPC.
   * @default "10.42.0.0/16"
   */
  readonly vpcCidr?: string;
  /**
   * IPv4 block of the public subnet, inside the VPC block.
   * @default "10.42.1.0/24"
   */
  readonly subnetCidr?: string;
  /**
   * Availability zone of the subnet (and so of every machine and data volume of the branch in this region).
   * @default - the first available zone that needs no opt-in
   */
  readonly availabilityZone?: string;
  /**
   * Named profile of the shared AWS config files for the provider.
   * @default - the standard credential chain (environment variables first)
   */
  readonly profile?: string;
}

/**
 * The network of one branch in one AWS region: VPC, public subnet, internet gateway and a route table with a
 * default route to it. One per stack and region, shared by all machines there ({@link AwsNetwork.of}).
 */
export class AwsNetwork extends Construct {
  /** Finds the network of the stack of `scope` for `props.region`, or creates it (with its provider). */
  static of(scope: IConstruct, props: AwsNetworkProps): AwsNetwork {
    return perStackFromProps(scope, `AwsNetwork-${props.region}`, AwsNetwork, props, (stack, id) => new AwsNetwork(stack, id, props));
  }

  /** The provider configuration of the region. */
  readonly provider: AwsProvider;
  /** The region. */
  readonly region: string;
  /** The branch this network belongs to. */
  readonly identity: BranchIdentity;
  /** The VPC. */
  readonly vpc: Vpc;
  /** The public subnet. */
  readonly subnet: Subnet;
  /** The internet gateway; a public IP can only be associated after it is attached. */
  readonly internetGateway: InternetGateway;
  /** The subnet's route table (default route to the internet gateway). */
  readonly routeTable: RouteTable;
  /** The default route to the internet gateway. */
  readonly defaultRoute: Route;
  /** The association of the public subnet with the route table. */
  readonly subnetRoutes: RouteTableAssociation;
  /** Availability zone of the subnet (token unless given). */
  readonly availabilityZone: string;

  private readonly settings: Required<Omit<AwsNetworkProps, "identity" | "availabilityZone" | "profile">> & { availabilityZone?: string; profile?: string };
  private readonly images = new Map<string, DataAwsAmi>();

  private constructor(scope: Construct, id: string, props: AwsNetworkProps) {
    super(scope, id);
    const { network: vpcCidr, subnet: subnetCidr } = branchCidrs({ network: props.vpcCidr, subnet: props.subnetCidr }, AWS_CIDR_RULES);
    this.settings = { region: props.region, vpcCidr, subnetCidr, availabilityZone: props.availabilityZone, profile: props.profile };
    this.region = props.region;
    this.identity = props.identity;
    this.provider = AwsProviders.forRegion(this, props.region, { defaultTags: props.identity.tags, profile: props.profile });
    const provider = this.provider;
    const name = (what: string) => ({ Name: `pairpac-${props.identity.dnsLabel}-${what}` });

    this.vpc = new Vpc(this, "Vpc", {
      provider,
      cidrBlock: vpcCidr,
      enableDnsSupport: true,
      enableDnsHostnames: true,
      tags: name("vpc"),
    });
    if (props.availabilityZone !== undefined) {
      this.availabilityZone = props.availabilityZone;
    } else {
      const zones = new DataAwsAvailabilityZones(this, "AvailabilityZones", {
        provider,
        state: "available",
        filter: [{ name: "opt-in-status", values: ["opt-in-not-required"] }],
      });
      this.availabilityZone = Fn.element(zones.names, 0);
    }
    this.subnet = new Subnet(this, "PublicSubnet", {
      provider,
      vpcId: this.vpc.id,
      cidrBlock: subnetCidr,
      availabilityZone: this.availabilityZone,
      mapPublicIpOnLaunch: false,
      tags: name("public-subnet"),
    });
    this.internetGateway = new InternetGateway(this, "InternetGateway", {
      provider,
      vpcId: this.vpc.id,
      tags: name("igw"),
    });
    this.routeTable = new RouteTable(this, "PublicRouteTable", {
      provider,
      vpcId: this.vpc.id,
      tags: name("public-routes"),
    });
    this.defaultRoute = new Route(this, "DefaultRoute", {
      provider,
      routeTableId: this.routeTable.id,
      destinationCidrBlock: "0.0.0.0/0",
      gatewayId: this.internetGateway.id,
    });
    this.subnetRoutes = new RouteTableAssociation(this, "PublicSubnetRoutes", {
      provider,
      routeTableId: this.routeTable.id,
      subnetId: this.subnet.id,
    });
  }

  /**
   * The most recent official image of `os` for `architecture` in this region (one `aws_ami` data source per
   * combination, shared by the machines).
   */
  image(os: Os, architecture: Architecture): DataAwsAmi {
    const key = `${os.id}-${architecture}`;
    let image = this.images.get(key);
    if (!image) {
      const spec = awsImageSpec(os, architecture);
      image = new DataAwsAmi(this, `Image-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`, {
        provider: this.provider,
        mostRecent: true,
        owners: [spec.owner],
        filter: [
          { name: "name", values: [spec.namePattern] },
          { name: "architecture", values: [architecture] },
          { name: "virtualization-type", values: ["hvm"] },
          { name: "root-device-type", values: ["ebs"] },
          { name: "state", values: ["available"] },
        ],
      });
      this.images.set(key, image);
    }
    return image;
  }

  /** Throws when `props` differ from what this construct was made with (for `perStackFromProps`). @internal */
  checkSameAs(props: AwsNetworkProps): void {
    if (props.identity.zoneName !== this.identity.zoneName) {
      throw invalid("identity", props.identity.branch, `differs from the branch ${JSON.stringify(this.identity.branch)} already placed in this stack`, "Use one stack per branch.");
    }
    checkSameNetworkSettings("AWS", this.region, {
      vpcCidr: props.vpcCidr ?? BRANCH_NETWORK_CIDR,
      subnetCidr: props.subnetCidr ?? BRANCH_SUBNET_CIDR,
      availabilityZone: props.availabilityZone,
      profile: props.profile,
    }, this.settings);
  }
}
