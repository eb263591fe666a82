import { Construct, type IConstruct } from "constructs";
import { TerraformIterator, TerraformLocal, type TerraformProvider, type TerraformResource } from "cdktf";
import { CoreInternetGateway } from "../../.gen/providers/oci/core-internet-gateway";
import { CoreRouteTable } from "../../.gen/providers/oci/core-route-table";
import { CoreSecurityList } from "../../.gen/providers/oci/core-security-list";
import { CoreSubnet } from "../../.gen/providers/oci/core-subnet";
import { CoreVcn } from "../../.gen/providers/oci/core-vcn";
import { DataOciCoreShapes } from "../../.gen/providers/oci/data-oci-core-shapes";
import { DataOciLimitsLimitValues } from "../../.gen/providers/oci/data-oci-limits-limit-values";
import { DataOciCoreImages } from "../../.gen/providers/oci/data-oci-core-images";
import { DataOciIdentityAvailabilityDomains } from "../../.gen/providers/oci/data-oci-identity-availability-domains";
import type { Os } from "../../cloudinit/os";
import { BRANCH_NETWORK_CIDR, BRANCH_SUBNET_CIDR, branchCidrs, checkSameNetworkSettings } from "../private/branch-network";
import { perStackFromProps } from "../private/per-stack";
import type { OciCompartment } from "./oci-compartment";
import { OciProviders } from "./oci-providers";
import type { OciShape } from "./oci-shape";
import { ociImageSpec } from "./private/images";

/** How OCI names and bounds the branch network's blocks (a VCN or subnet block is /16 to /30). */
const OCI_CIDR_RULES = { networkField: "vcnCidr", networkName: "VCN", maxPrefix: 30 } as const;

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
    return perStackFromProps(scope, `OciNetwork-${props.region}`, OciNetwork, props, (stack, id) => new OciNetwork(stack, id, props));
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
  /** OCID of the branch compartment as resources in this region must use it (after the home-region wait, if any). */
  readonly compartmentId: string;

  private readonly settings: Record<string, string | undefined>;
  private readonly images = new Map<string, DataOciCoreImages>();
  private readonly availabilityDomains: DataOciIdentityAvailabilityDomains;
  private readonly offeredIn = new Map<string, TerraformLocal>();
  private adNames?: TerraformLocal;

  private constructor(scope: Construct, id: string, props: OciNetworkProps) {
    super(scope, id);
    const { network: vcnCidr, subnet: subnetCidr } = branchCidrs({ network: props.vcnCidr, subnet: props.subnetCidr }, OCI_CIDR_RULES);
    this.settings = { vcnCidr, subnetCidr, configFileProfile: props.configFileProfile };
    this.region = props.region;
    this.compartment = props.compartment;
    this.provider = OciProviders.forRegion(this, props.region, { configFileProfile: props.configFileProfile });
    const provider = this.provider;
    const identity = props.compartment.identity;
    const compartmentId = props.compartment.compartmentIdFor(props.region);
    this.compartmentId = compartmentId;
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

  /**
   * The availability domains of this region that offer `shape`, as a Terraform list (token), chosen at plan
   * time: one `oci_core_shapes` per availability domain (`for_each` over the tenancy's list), filtered on the
   * shape name. For VM.Standard.E2.1.Micro with a tenancy as parent, the Always Free count
   * (`oci_limits_limit_values`, service `compute`, limit `vm-standard-e2-1-micro-count`, scope AD) decides
   * where it is non-zero, because the micro is offered in one availability domain per tenancy in regions with
   * three; when no limit value is above zero the shape list decides. Keys are AD names, so the list is sorted
   * (AD-1 before AD-2).
   */
  availabilityDomainsOffering(shape: OciShape): string[] {
    let local = this.offeredIn.get(shape.name);
    if (!local) {
      const key = shape.name.replace(/[^A-Za-z0-9_-]/g, "-");
      const adNames = TerraformIterator.fromList(this.availabilityDomainNames());
      const shapes = new DataOciCoreShapes(this, `Shapes-${key}`, {
        provider: this.provider,
        forEach: adNames,
        compartmentId: this.compartment.parentCompartmentId,
        availabilityDomain: adNames.value,
        filter: [{ name: "name", values: [shape.name] }],
      });
      const byShape = `[for ad, s in data.oci_core_shapes.${shapes.friendlyUniqueId} : ad if length(s.shapes) > 0]`;
      let expression = byShape;
      if (shape.name === "VM.Standard.E2.1.Micro" && this.compartment.parentCompartmentId.startsWith("ocid1.tenancy.")) {
        const limitAds = TerraformIterator.fromList(this.availabilityDomainNames());
        const limits = new DataOciLimitsLimitValues(this, `FreeLimit-${key}`, {
          provider: this.provider,
          forEach: limitAds,
          compartmentId: this.compartment.parentCompartmentId,
          serviceName: "compute",
          name: "vm-standard-e2-1-micro-count",
          scopeType: "AD",
          availabilityDomain: limitAds.value,
        });
        const byLimit = `[for ad, l in data.oci_limits_limit_values.${limits.friendlyUniqueId} : ad if try(tonumber(l.limit_values[0].value), 0) > 0]`;
        expression = `length(${byLimit}) > 0 ? ${byLimit} : ${byShape}`;
      }
      local = new TerraformLocal(this, `AvailabilityDomains-${key}`, `\${${expression}}`);
      this.offeredIn.set(shape.name, local);
    }
    return local.asList;
  }

  /** Names of the region's availability domains (a local holding the data source's names; token list). */
  private availabilityDomainNames(): string[] {
    this.adNames ??= new TerraformLocal(this, "AvailabilityDomainNames", `\${data.oci_identity_availability_domains.${this.availabilityDomains.friendlyUniqueId}.availability_domains[*].name}`);
    return this.adNames.asList;
  }

  /**
   * The availability domain chosen for `shape` (token): the first of {@link availabilityDomainsOffering}, or ""
   * when none offers it (the machine's precondition {@link availabilityDomainPrecondition} then stops the plan).
   */
  chosenAvailabilityDomain(shape: OciShape): string {
    this.availabilityDomainsOffering(shape);
    return `\${try(local.${this.offeredIn.get(shape.name)!.friendlyUniqueId}[0], "")}`;
  }

  /** Plan-time check that some availability domain of the region offers `shape`, naming the fix. */
  availabilityDomainPrecondition(
    shape: OciShape,
    machine: string,
  ): {
    /** Terraform expression that must hold at plan time. */
    condition: string;
    /** What the plan says when it does not, with the fix. */
    errorMessage: string;
  } {
    this.availabilityDomainsOffering(shape);
    return {
      condition: `\${length(local.${this.offeredIn.get(shape.name)!.friendlyUniqueId}) > 0}`,
      errorMessage: `PairPac: no availability domain of ${this.region} offers ${shape.name} to this tenancy (${machine}). Pin one with PAIRPAC_OCI_AVAILABILITY_DOMAIN (Placement.oci({ availabilityDomain })), choose another shape (PAIRPAC_OCI_SHAPE) or another region.`,
    };
  }

  /** OCID of the newest platform image of `os` for `shape` (token): newest first by creation time, the plain image of the shape's architecture. */
  imageId(os: Os, shape: OciShape): string {
    return this.image(os, shape).images.get(0).id;
  }

  /** The number of platform images found for `os` and `shape` (token), for a precondition before `imageId` is used. */
  imageCount(os: Os, shape: OciShape): string {
    return `\${length(data.oci_core_images.${this.image(os, shape).friendlyUniqueId}.images)}`;
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

  /** Throws when `props` differ from what this construct was made with (for `perStackFromProps`). @internal */
  checkSameAs(props: OciNetworkProps): void {
    checkSameNetworkSettings("OCI", this.region, {
      vcnCidr: props.vcnCidr ?? BRANCH_NETWORK_CIDR,
      subnetCidr: props.subnetCidr ?? BRANCH_SUBNET_CIDR,
      configFileProfile: props.configFileProfile,
    }, this.settings);
  }
}
