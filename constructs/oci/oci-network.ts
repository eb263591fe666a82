import { Construct, type IConstruct } from "constructs";
import { TerraformStack, type TerraformProvider, type TerraformResource } from "cdktf";
import { CoreInternetGateway } from "../../.gen/providers/oci/core-internet-gateway";
import { CoreRouteTable } from "../../.gen/providers/oci/core-route-table";
import { CoreSecurityList } from "../../.gen/providers/oci/core-security-list";
import { CoreSubnet } from "../../.gen/providers/oci/core-subnet";
import { CoreVcn } from "../../.gen/providers/oci/core-vcn";
import { DataOciCoreImages } from "../../.gen/providers/oci/data-oci-core-images";
import { DataOciIdentityAvailabilityDomains } from "../../.gen/providers/oci/data-oci-identity-availability-domains";
import type { Os } from "../../cloudinit/os";
import { invalid } from "../../src/errors";
import { cidrContains, validateIpv4Cidr } from "../private/validate";
import type { OciCompartment } from "./oci-compartment";
import { OciProviders } from "./oci-providers";
import type { OciShape } from "./oci-shape";
import { ociImageSpec } from "./private/images";

/** Settings of a branch network on OCI. */
export interface OciNetworkProps {
  /** OCI region, e.g. "eu-frankfurt-1". */
  readonly region: string;
  /** The branch compartment the network lives in. */
  readonly compartment: OciCompartment;
  /**
   * IPv4 block of the VCN.
   * @default "10.42.0.0/16"
   */
  readonly vcnCidr?: string;
  /**
   * IPv4 block of the public (regional) subnet.
   * @default "10.42.1.0/24"
   */
  readonly subnetCidr?: string;
  /**
   * Profile of the OCI config file for this region's provider.
   * @default - environment, then the DEFAULT profile
   */
  readonly configFileProfile?: string;
}

/**
 * The network of one branch in one OCI region: VCN, internet gateway, a route table with a default route to
 * it, a regional public subnet and its security list (outbound open; inbound only ICMP "fragmentation needed"
 * for path MTU discovery: the VCN MTU is 9000). Ports are opened per machine with network security groups.
 * One per stack and region ({@link OciNetwork.of}).
 */
export class OciNetwork extends Construct {
  /** Finds the network of the stack of `scope` for `props.region`, or creates it. */
  static of(scope: IConstruct, props: OciNetworkProps): OciNetwork {
    const stack = TerraformStack.of(scope);
    const id = `OciNetwork-${props.region}`;
    const existing = stack.node.tryFindChild(id);
    if (existing instanceof OciNetwork) {
      existing.checkSameAs(props);
      return existing;
    }
    return new OciNetwork(stack, id, props);
  }

  /** The provider configuration of the region (`oci`, aliased for a second region). */
  readonly provider: TerraformProvider;
  /** The region. */
  readonly region: string;
  /** The branch compartment. */
  readonly compartment: OciCompartment;
  /** The `oci_core_vcn`. */
  readonly vcn: TerraformResource;
  /** OCID of the VCN (token). */
  readonly vcnId: string;
  /** The regional public `oci_core_subnet`. */
  readonly subnet: TerraformResource;
  /** OCID of the subnet (token). */
  readonly subnetId: string;
  /** The subnet's `oci_core_security_list`. */
  readonly securityList: TerraformResource;

  private readonly settings: Record<string, string | undefined>;
  private readonly images = new Map<string, DataOciCoreImages>();
  private readonly availabilityDomains: DataOciIdentityAvailabilityDomains;

  private constructor(scope: Construct, id: string, props: OciNetworkProps) {
    super(scope, id);
    const vcnCidr = props.vcnCidr ?? "10.42.0.0/16";
    const subnetCidr = props.subnetCidr ?? "10.42.1.0/24";
    validateIpv4Cidr(vcnCidr, "vcnCidr", 16, 30);
    validateIpv4Cidr(subnetCidr, "subnetCidr", 16, 30);
    if (!cidrContains(vcnCidr, subnetCidr)) {
      throw invalid("subnetCidr", subnetCidr, `is not inside the VCN block ${vcnCidr}`, "Choose a subnet block inside vcnCidr, e.g. 10.42.1.0/24 in 10.42.0.0/16.");
    }
    this.settings = { vcnCidr, subnetCidr, configFileProfile: props.configFileProfile };
    this.region = props.region;
    this.compartment = props.compartment;
    this.provider = OciProviders.forRegion(this, props.region, { configFileProfile: props.configFileProfile });
    const provider = this.provider;
    const identity = props.compartment.identity;
    const compartmentId = props.compartment.compartmentId;
    const freeformTags = { ...identity.tags };
    const name = (what: string) => `pairpac-${identity.dnsLabel}-${what}`;

    this.availabilityDomains = new DataOciIdentityAvailabilityDomains(this, "AvailabilityDomains", {
      provider,
      compartmentId: props.compartment.parentCompartmentId,
    });
    const vcn = new CoreVcn(this, "Vcn", {
      provider,
      compartmentId,
      cidrBlocks: [vcnCidr],
      displayName: name("vcn"),
      freeformTags,
    });
    this.vcn = vcn;
    this.vcnId = vcn.id;
    const internetGateway = new CoreInternetGateway(this, "InternetGateway", {
      provider,
      compartmentId,
      vcnId: vcn.id,
      enabled: true,
      displayName: name("igw"),
      freeformTags,
    });
    const routeTable = new CoreRouteTable(this, "PublicRouteTable", {
      provider,
      compartmentId,
      vcnId: vcn.id,
      displayName: name("public-routes"),
      routeRules: [{ destination: "0.0.0.0/0", destinationType: "CIDR_BLOCK", networkEntityId: internetGateway.id, description: "Internet" }],
      freeformTags,
    });
    const securityList = new CoreSecurityList(this, "PublicSecurityList", {
      provider,
      compartmentId,
      vcnId: vcn.id,
      displayName: name("public-security-list"),
      egressSecurityRules: [{ destination: "0.0.0.0/0", destinationType: "CIDR_BLOCK", protocol: "all", stateless: false, description: "All outbound traffic" }],
      ingressSecurityRules: [{
        source: "0.0.0.0/0",
        sourceType: "CIDR_BLOCK",
        protocol: "1",
        stateless: false,
        icmpOptions: { type: 3, code: 4 },
        description: "Path MTU discovery (ICMP fragmentation needed)",
      }],
      freeformTags,
    });
    this.securityList = securityList;
    const subnet = new CoreSubnet(this, "PublicSubnet", {
      provider,
      compartmentId,
      vcnId: vcn.id,
      cidrBlock: subnetCidr,
      routeTableId: routeTable.id,
      securityListIds: [securityList.id],
      prohibitPublicIpOnVnic: false,
      displayName: name("public-subnet"),
      freeformTags,
    });
    this.subnet = subnet;
    this.subnetId = subnet.id;
  }

  /** Name of the availability domain at `index` (0-based) in the tenancy's list for this region (token). */
  availabilityDomainName(index: number): string {
    return this.availabilityDomains.availabilityDomains.get(index).name;
  }

  /** OCID of the newest platform image of `os` for `shape` (token): newest first by creation time, the plain image of the shape's architecture. */
  imageId(os: Os, shape: OciShape): string {
    return this.image(os, shape).images.get(0).id;
  }

  /**
   * The newest platform image of `os` for `shape` (one `oci_core_images` data source per combination,
   * sorted by creation time, newest first, filtered to the plain image of the shape's architecture).
   */
  private image(os: Os, shape: OciShape): DataOciCoreImages {
    const key = `${os.id}-${shape.name}`;
    let image = this.images.get(key);
    if (!image) {
      const spec = ociImageSpec(os, shape.architecture);
      image = new DataOciCoreImages(this, `Image-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`, {
        provider: this.provider,
        compartmentId: this.compartment.parentCompartmentId,
        operatingSystem: spec.operatingSystem,
        operatingSystemVersion: spec.operatingSystemVersion,
        shape: shape.name,
        state: "AVAILABLE",
        sortBy: "TIMECREATED",
        sortOrder: "DESC",
        filter: [{ name: "display_name", values: [spec.displayNameRegex], regex: true }],
      });
      this.images.set(key, image);
    }
    return image;
  }

  private checkSameAs(props: OciNetworkProps): void {
    const wanted: Record<string, string | undefined> = {
      vcnCidr: props.vcnCidr ?? "10.42.0.0/16",
      subnetCidr: props.subnetCidr ?? "10.42.1.0/24",
      configFileProfile: props.configFileProfile,
    };
    for (const [field, value] of Object.entries(wanted)) {
      if (value !== this.settings[field]) {
        throw invalid(field, value, `differs from ${JSON.stringify(this.settings[field])} of the ${this.region} network already created in this stack`, `Give every OCI placement in ${this.region} the same ${field}.`);
      }
    }
  }
}
