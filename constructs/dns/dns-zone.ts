import { type TerraformProvider, Token } from "cdktf";
import type { Construct } from "constructs";
import { invalid } from "../../src/errors";
import { COMPARTMENT_OCID } from "../../src/formats";
import { BranchIdentity } from "../../src/identity";
import type { BranchDnsZone } from "./branch-dns-zone";
import { DnsParent } from "./dns-parent";
import { OciAcmeAuth } from "./oci-acme-auth";
import { checkTtl, normaliseDomain } from "./private/dns-names";
import { OciBranchZone } from "./private/oci-branch-zone";
import { type Rfc2136Settings, rfc2136Settings } from "./private/rfc2136";
import { Rfc2136BranchZone } from "./private/rfc2136-branch-zone";
import type { Rfc2136ServerProps } from "./rfc2136-server-props";

/** Construct id of the branch zone created by {@link DnsZone.bind}. */
export const DNS_ZONE_ID = "dns";

/** Default TTL of the branch zone's records: short, because branches come and go. */
export const DEFAULT_RECORD_TTL = 300;

/** A branch zone kept as records on an RFC 2136 server, see {@link DnsZone.rfc2136}. */
export interface Rfc2136ZoneProps extends Rfc2136ServerProps {
  /**
   * The zone on the server that holds the branch's records: the parent domain or a zone above it.
   * @default - the branch identity's parent domain
   */
  readonly parentZone?: string;
  /**
   * TTL of the records, in seconds.
   * @default 300
   */
  readonly ttl?: number;
}

/** A branch zone in OCI DNS, see {@link DnsZone.oci}. */
export interface OciZoneProps {
  /** Where the zone is delegated from: `DnsParent.rfc2136({...})` or `DnsParent.oci({...})`. */
  readonly parent: DnsParent;
  /**
   * OCID of the compartment that holds the zone, normally the branch's compartment created by the OCI placement
   * (token allowed).
   */
  readonly compartmentId: string;
  /**
   * OCI provider configuration for the zone and its records.
   * @default - the provider of {@link region} when given, otherwise the stack's OCI provider without alias (the
   *   one the first OCI placement created); `bind` fails when there is neither
   */
  readonly provider?: TerraformProvider;
  /**
   * Region whose OCI provider (`OciProviders.forRegion`) manages the zone. OCI DNS zones are global, so any
   * subscribed region works.
   * @default - see {@link provider}
   */
  readonly region?: string;
  /**
   * How lego (the ACME library) authenticates to OCI to answer DNS-01 challenges.
   *
   * The default passes lego every credential from sensitive Terraform variables (`TF_VAR_pairpac_acme_oci_*`)
   * under the names lego reads first, so the oracle/oci provider's `OCI_PRIVATE_KEY` (PEM text, which lego
   * would decode as base64 and print in its error) is never read by lego. `OciAcmeAuth.environment()` fails at
   * synth while `OCI_PRIVATE_KEY` is set.
   * @default OciAcmeAuth.apiKeyVariables({ region }) with the zone's region: {@link region}, else the region of
   *   the zone's OCI provider; `bind` fails when that provider has no region in the configuration
   */
  readonly acmeAuth?: OciAcmeAuth;
  /**
   * TTL of the records (and of the delegating NS records), in seconds.
   * @default 300
   */
  readonly ttl?: number;
}

/**
 * How a branch's DNS zone `<dnsLabel>.<parentDomain>` is hosted. Exactly one of the factories:
 *
 * - {@link DnsZone.rfc2136}: records on any DNS server that accepts signed dynamic updates (BIND, Knot,
 *   PowerDNS, ...). The branch zone is a **name subtree of an existing zone** on that server, not a delegated
 *   zone: hashicorp/dns cannot create zones. CAA cannot be managed (hashicorp/dns 3.4.3 has no CAA type).
 * - {@link DnsZone.oci}: a real OCI DNS zone in the branch's compartment, delegated from the parent with NS
 *   records (OCI DNS zones are free).
 *
 * `bind(scope, identity)` creates the zone construct (id `dns`), which takes records and tells the certificate
 * how to answer the ACME DNS-01 challenge.
 *
 * @example
 * const dns = DnsZone.rfc2136({ server: "ns1.example.org", keyName: "pairpac" }).bind(stack, identity);
 * dns.addGatewayRecords({ ipv4: gateway.publicIp, mail: true });
 */
export abstract class DnsZone {
  /** Records on an RFC 2136 server, signed with a TSIG key whose secret is a sensitive Terraform variable. */
  public static rfc2136(props: Rfc2136ZoneProps): DnsZone {
    return new Rfc2136Zone(props);
  }

  /** A delegated OCI DNS zone in the branch's compartment. */
  public static oci(props: OciZoneProps): DnsZone {
    return new OciZone(props);
  }

  /** Which strategy this is. */
  public abstract readonly kind: "rfc2136" | "oci";

  /** Creates the branch's zone construct in `scope` with a fixed id (`DNS_ZONE_ID`), so its Terraform addresses never change. */
  public abstract bind(scope: Construct, identity: BranchIdentity): BranchDnsZone;
}

function checkIdentity(identity: unknown): BranchIdentity {
  if (!(identity instanceof BranchIdentity)) {
    throw invalid("identity", identity, "must be a BranchIdentity", "Create it with BranchIdentity.of({ branch, parentDomain }).");
  }
  return identity;
}

class Rfc2136Zone extends DnsZone {
  public readonly kind = "rfc2136";
  private readonly settings: Rfc2136Settings;
  private readonly parentZone?: string;
  private readonly ttl: number;

  public constructor(props: Rfc2136ZoneProps) {
    super();
    this.settings = rfc2136Settings("rfc2136", props);
    this.parentZone = props.parentZone === undefined ? undefined : normaliseDomain("rfc2136.parentZone", props.parentZone);
    this.ttl = checkTtl("rfc2136.ttl", props.ttl ?? DEFAULT_RECORD_TTL);
  }

  public bind(scope: Construct, identity: BranchIdentity): BranchDnsZone {
    const id = checkIdentity(identity);
    return new Rfc2136BranchZone(scope, DNS_ZONE_ID, id, this.settings, this.parentZone ?? id.parentDomain, this.ttl);
  }
}

class OciZone extends DnsZone {
  public readonly kind = "oci";
  private readonly props: OciZoneProps;
  private readonly ttl: number;

  public constructor(props: OciZoneProps) {
    super();
    if (typeof props !== "object" || props === null) {
      throw invalid("oci", props, "must be an object with parent and compartmentId", "Pass e.g. { parent: DnsParent.oci(), compartmentId: placement.compartmentId }.");
    }
    if (!(props.parent instanceof DnsParent)) {
      throw invalid("oci.parent", props.parent, "must be a DnsParent", "Use DnsParent.rfc2136({...}) or DnsParent.oci({...}).");
    }
    const compartment = props.compartmentId;
    if (typeof compartment !== "string" || (!Token.isUnresolved(compartment) && !COMPARTMENT_OCID.test(compartment))) {
      throw invalid("oci.compartmentId", compartment, "must be a compartment OCID (ocid1.compartment.…) or a Terraform token",
        "Pass the branch compartment's id from the OCI placement.");
    }
    if (props.provider !== undefined && props.region !== undefined) {
      throw invalid("oci.region", props.region, "must not be given together with oci.provider", "Give either the provider or the region.");
    }
    if (props.acmeAuth !== undefined && !(props.acmeAuth instanceof OciAcmeAuth)) {
      throw invalid("oci.acmeAuth", props.acmeAuth, "must be an OciAcmeAuth", "Use OciAcmeAuth.apiKeyVariables({ region }), .instancePrincipal(), .apiKey({...}) or .environment().");
    }
    this.ttl = checkTtl("oci.ttl", props.ttl ?? DEFAULT_RECORD_TTL);
    this.props = props;
  }

  public bind(scope: Construct, identity: BranchIdentity): BranchDnsZone {
    return new OciBranchZone(scope, DNS_ZONE_ID, checkIdentity(identity), {
      parent: this.props.parent,
      compartmentId: this.props.compartmentId,
      provider: this.props.provider,
      region: this.props.region,
      acmeAuth: this.props.acmeAuth,
      ttl: this.ttl,
    });
  }
}
