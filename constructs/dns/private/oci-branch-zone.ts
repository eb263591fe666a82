import { type TerraformProvider, type TerraformResource, TerraformStack, Token } from "cdktf";
import type { Construct } from "constructs";
import { DnsRrset } from "../../../.gen/providers/oci/dns-rrset";
import { DnsZone as OciDnsZoneResource } from "../../../.gen/providers/oci/dns-zone";
import { OciProvider } from "../../../.gen/providers/oci/provider";
import { invalid } from "../../../src/errors";
import type { BranchIdentity } from "../../../src/identity";
import { OciProviders } from "../../oci/oci-providers";
import { type AcmeDnsChallenge, BranchDnsZone, type RecordSetData } from "../branch-dns-zone";
import type { DnsParent } from "../dns-parent";
import { OCI_LEGO_POLLING_INTERVAL_SECONDS, OCI_LEGO_PROPAGATION_TIMEOUT_SECONDS, OciAcmeAuth } from "../oci-acme-auth";
import { timeSleep } from "../../private/time-sleep";

/**
 * Wait between creating the delegation and ordering the certificate: longer than the usual negative-caching
 * TTL of a parent zone (SOA minimum, often 60-300 s) so a resolver that cached NXDOMAIN before the delegation
 * asks again. A parent with a longer SOA minimum needs more; a real deployment shows it.
 */
export const DELEGATION_WAIT = "300s";
import { absoluteName } from "./dns-names";

/** Settings of an OCI branch zone, validated by `DnsZone.oci`. */
export interface OciBranchZoneSettings {
  /** Where the zone is delegated from. */
  readonly parent: DnsParent;
  /** Compartment of the zone (token allowed). */
  readonly compartmentId: string;
  /** OCI provider configuration to use, if given. */
  readonly provider?: TerraformProvider;
  /** Region whose provider to use, if given. */
  readonly region?: string;
  /** How lego authenticates for DNS-01; default: API key variables with the zone's region. */
  readonly acmeAuth?: OciAcmeAuth;
  /** Default TTL. */
  readonly ttl: number;
}

/**
 * A real, delegated DNS zone `<dnsLabel>.<parentDomain>` in OCI DNS (`oci_dns_zone`, PRIMARY, global scope) in the
 * branch's compartment, with its records as `oci_dns_rrset` and NS records in the parent pointing at the zone's
 * OCI name servers (read from the zone's `nameservers` attribute).
 */
export class OciBranchZone extends BranchDnsZone {
  /** See {@link BranchDnsZone}. */
  public readonly acmeDnsChallenge: AcmeDnsChallenge;
  /** The `oci_dns_zone`. */
  public readonly zone: OciDnsZoneResource;
  /** The NS record set in the parent zone. */
  public readonly delegation: TerraformResource;
  /**
   * The `time_sleep` of {@link DELEGATION_WAIT} after the delegation, which the certificate order waits for; replaced
   * (so it waits again) when the zone's id or name servers change.
   */
  public readonly delegationWait: TerraformResource;
  /** The OCI provider configuration the zone's resources use. */
  public readonly provider: TerraformProvider;

  /**
   * @param scope parent construct
   * @param id construct id
   * @param identity the branch
   * @param settings validated settings
   */
  public constructor(scope: Construct, id: string, identity: BranchIdentity, settings: OciBranchZoneSettings) {
    super(scope, id, identity, { kind: "oci", supportsCaa: true, defaultTtl: settings.ttl });
    this.provider = settings.provider
      ?? (settings.region !== undefined ? OciProviders.forRegion(this, settings.region) : stackOciProvider(this));
    this.zone = new OciDnsZoneResource(this, "zone", {
      provider: this.provider,
      name: identity.zoneName,
      zoneType: "PRIMARY",
      compartmentId: settings.compartmentId,
      freeformTags: { ...identity.tags },
    });
    this.delegation = settings.parent.delegate(this, identity, this.zone, this.defaultTtl, this.provider);
    // The triggers replace the wait (so it waits again) whenever the zone is replaced or its name servers change: a
    // new zone is a new delegation that the parent's secondaries and the resolvers have not seen yet.
    const zoneAddress = `${this.zone.terraformResourceType}.${this.zone.friendlyUniqueId}`;
    this.delegationWait = timeSleep(this, "delegation-wait", {
      createDuration: DELEGATION_WAIT,
      triggers: { zone_id: this.zone.id, name_servers: `\${join(" ", sort(${zoneAddress}.nameservers[*].hostname))}` },
      dependsOn: [this.delegation],
    });
    this.acmeDnsChallenge = {
      provider: "oraclecloud",
      config: {
        OCI_COMPARTMENT_OCID: settings.compartmentId,
        // lego waits up to this long for the TXT record to be visible on the zone's name servers (lego v4.35.2
        // providers/dns/oraclecloud/oraclecloud.go: OCI_PROPAGATION_TIMEOUT, OCI_POLLING_INTERVAL, in seconds).
        OCI_PROPAGATION_TIMEOUT: String(OCI_LEGO_PROPAGATION_TIMEOUT_SECONDS),
        OCI_POLLING_INTERVAL: String(OCI_LEGO_POLLING_INTERVAL_SECONDS),
        ...(settings.acmeAuth ?? defaultAcmeAuth(this.provider, settings.region)).legoConfig(this),
      },
      // lego finds the zone through recursive DNS (SOA lookup) and Let's Encrypt validates through the parent's
      // servers, so the order waits until the new delegation has had time to reach the parent's secondaries
      // and any cached NXDOMAIN for the name has expired.
      dependsOn: [this.zone, this.delegation, this.delegationWait],
    };
  }

  protected createRecordSet(id: string, name: string, data: RecordSetData, ttl: number): TerraformResource {
    const domain = absoluteName(name, this.zoneName);
    return new DnsRrset(this, id, {
      provider: this.provider,
      zoneNameOrId: this.zone.id,
      domain,
      rtype: data.type,
      items: rdataOf(data).map((rdata) => ({ domain, rtype: data.type, rdata, ttl })),
    });
  }
}

/** RDATA in presentation format, in the normalised form OCI returns (so plans stay empty after apply). */
function rdataOf(data: RecordSetData): string[] {
  switch (data.type) {
    case "A":
    case "AAAA":
      return [...data.addresses];
    case "MX":
      return data.records.map((r) => `${r.preference} ${r.exchange}`);
    case "TXT":
      return data.values.map((v) => `"${v}"`);
    case "CAA":
      return data.records.map((r) => `${r.flags} ${r.tag} "${r.value}"`);
  }
}

/**
 * The default lego authentication: every credential from sensitive variables, with the zone's region (given, or
 * the literal region of its provider), so nothing in the deploy environment is misread by lego.
 */
function defaultAcmeAuth(provider: TerraformProvider, region: string | undefined): OciAcmeAuth {
  const providerRegion = provider instanceof OciProvider ? provider.regionInput : undefined;
  const chosen = region ?? providerRegion;
  if (chosen === undefined || Token.isUnresolved(chosen)) {
    throw invalid("oci.acmeAuth", undefined, "is needed: the zone's OCI provider has no region in the configuration, and lego needs one for the DNS API",
      "Pass acmeAuth: OciAcmeAuth.apiKeyVariables({ region: \"eu-frankfurt-1\" }) (any subscribed region), or region to DnsZone.oci.");
  }
  return OciAcmeAuth.apiKeyVariables({ region: chosen });
}

/** The stack's OCI provider without alias; an error when the stack has none. */
function stackOciProvider(scope: Construct): TerraformProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.findAll().find((c): c is OciProvider => c instanceof OciProvider && c.aliasInput === undefined);
  if (existing === undefined) {
    throw invalid("oci.region", undefined, "is needed: the stack has no OCI provider yet",
      "Pass region (any subscribed region; OCI DNS is global) or provider to DnsZone.oci, or bind the zone after placing a machine on OCI.");
  }
  return existing;
}
