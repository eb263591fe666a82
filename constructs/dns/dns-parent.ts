import { NsRecordSet } from "@cdktf/provider-dns/lib/ns-record-set";
import { type TerraformProvider, type TerraformResource, TerraformIterator, Token } from "cdktf";
import type { Construct } from "constructs";
import type { DnsZone as OciDnsZoneResource } from "../../.gen/providers/oci/dns-zone";
import { DnsRrset } from "../../.gen/providers/oci/dns-rrset";
import { invalid } from "../../src/errors";
import { ocidPattern } from "../../src/formats";
import type { BranchIdentity } from "../../src/identity";
import { isBelow, normaliseDomain, relativeTo } from "./private/dns-names";
import { type Rfc2136Settings, rfc2136Provider, rfc2136Settings, tsigSecretVariable } from "./private/rfc2136";
import type { Rfc2136ServerProps } from "./rfc2136-server-props";

/** The parent zone on an RFC 2136 server, see {@link DnsParent.rfc2136}. */
export interface Rfc2136ParentProps extends Rfc2136ServerProps {
  /**
   * The zone on the server that receives the NS records, e.g. `example.org` when the parent domain is
   * `pairpac.example.org` and has no zone of its own.
   * @default - the branch identity's parent domain
   */
  readonly zone?: string;
}

/**
 * The parent zone in OCI DNS, see {@link DnsParent.oci}. There is no compartment setting: `oci_dns_rrset.compartment_id`
 * is deprecated in oracle/oci 8.28 (OCI finds the zone by OCID or name).
 */
export interface OciParentProps {
  /**
   * Name of the parent zone in OCI DNS. Give this or {@link zoneId}, not both.
   * @default - the branch identity's parent domain (when no zoneId is given)
   */
  readonly zoneName?: string;
  /**
   * OCID of the parent zone (token allowed). Give this or {@link zoneName}, not both.
   * @default - the zone is found by name
   */
  readonly zoneId?: string;
}

/**
 * Where an OCI branch zone is delegated from: the zone that holds `<dnsLabel>.<parent> NS ...` records pointing
 * at the branch zone's OCI name servers. Exactly one of the factories.
 */
export abstract class DnsParent {
  /** The parent zone lives on a server that accepts RFC 2136 updates signed with a TSIG key. */
  public static rfc2136(props: Rfc2136ParentProps): DnsParent {
    return new Rfc2136Parent(props);
  }

  /** The parent zone is an OCI DNS zone (in any compartment the OCI provider's user may write to). */
  public static oci(props: OciParentProps = {}): DnsParent {
    return new OciParent(props);
  }

  /** Which kind of parent this is. */
  public readonly kind: "rfc2136" | "oci";

  /** @param kind which kind of parent this is */
  protected constructor(kind: "rfc2136" | "oci") {
    this.kind = kind;
  }

  /**
   * Creates the NS record set that delegates `zone` (the branch's OCI zone) from this parent, with construct id
   * `delegation` in `scope`. Called by `DnsZone.oci(...).bind(...)`; user code does not need it.
   *
   * @param scope the branch zone construct
   * @param identity the branch
   * @param zone the branch's `oci_dns_zone`
   * @param ttl TTL of the NS records
   * @param ociProvider OCI provider of the branch zone (used by an OCI parent)
   */
  public abstract delegate(scope: Construct, identity: BranchIdentity, zone: OciDnsZoneResource, ttl: number, ociProvider: TerraformProvider): TerraformResource;
}

class Rfc2136Parent extends DnsParent {
  private readonly settings: Rfc2136Settings;
  private readonly zone?: string;

  public constructor(props: Rfc2136ParentProps) {
    super("rfc2136");
    this.settings = rfc2136Settings("parent", props);
    this.zone = props.zone === undefined ? undefined : normaliseDomain("parent.zone", props.zone);
  }

  public delegate(scope: Construct, identity: BranchIdentity, zone: OciDnsZoneResource, ttl: number): TerraformResource {
    const parentZone = this.zone ?? identity.parentDomain;
    const name = relativeTo(identity.zoneName, parentZone);
    if (name === undefined || !isBelow(identity.zoneName, parentZone)) {
      throw invalid("parent.zone", parentZone, `must contain the branch zone ${identity.zoneName}`,
        `Use the parent domain ${JSON.stringify(identity.parentDomain)} or a zone above it.`);
    }
    const secret = tsigSecretVariable(scope, this.settings, "parent.keySecretVariable");
    const provider = rfc2136Provider(scope, "parent-provider", this.settings, secret);
    return new NsRecordSet(scope, "delegation", {
      provider,
      zone: `${parentZone}.`,
      name,
      // hashicorp/dns wants fully-qualified name servers (trailing dot); OCI lists host names without it.
      // A `for` expression, because cdktf 0.21 renders Fn.formatlist over a splat with a broken format token.
      nameservers: Token.asList(`\${[for ns in ${zone.fqn}.nameservers : "\${ns.hostname}."]}`),
      ttl,
    });
  }
}

class OciParent extends DnsParent {
  private readonly props: OciParentProps;
  private readonly zoneName?: string;

  public constructor(props: OciParentProps) {
    super("oci");
    if (typeof props !== "object" || props === null) {
      throw invalid("parent", props, "must be an object", "Pass e.g. DnsParent.oci({ zoneName: \"example.org\" }).");
    }
    if (props.zoneName !== undefined && props.zoneId !== undefined) {
      throw invalid("parent.zoneId", props.zoneId, "must not be given together with parent.zoneName", "Give the parent zone either by name or by OCID.");
    }
    if (props.zoneId !== undefined && (typeof props.zoneId !== "string" || (!Token.isUnresolved(props.zoneId) && !ocidPattern("dns-zone").test(props.zoneId)))) {
      throw invalid("parent.zoneId", props.zoneId, "must be the OCID of a DNS zone (ocid1.dns-zone.…)", "Copy the zone's OCID from the OCI console, or give zoneName instead.");
    }
    this.zoneName = props.zoneName === undefined ? undefined : normaliseDomain("parent.zoneName", props.zoneName);
    this.props = props;
  }

  public delegate(scope: Construct, identity: BranchIdentity, zone: OciDnsZoneResource, ttl: number, ociProvider: TerraformProvider): TerraformResource {
    const parentName = this.zoneName ?? (this.props.zoneId === undefined ? identity.parentDomain : undefined);
    if (parentName !== undefined && !isBelow(identity.zoneName, parentName)) {
      throw invalid("parent.zoneName", parentName, `must contain the branch zone ${identity.zoneName}`,
        `Use the parent domain ${JSON.stringify(identity.parentDomain)} or a zone above it.`);
    }
    const nameservers = TerraformIterator.fromList(zone.nameservers);
    return new DnsRrset(scope, "delegation", {
      provider: ociProvider,
      zoneNameOrId: this.props.zoneId ?? (parentName as string),
      domain: identity.zoneName,
      rtype: "NS",
      // One item per name server of the branch zone, known only after the zone exists: a dynamic block.
      items: nameservers.dynamic({
        domain: identity.zoneName,
        rtype: "NS",
        rdata: `${nameservers.getString("hostname")}.`,
        ttl,
      }),
    });
  }
}
