import { ARecordSet } from "@cdktf/provider-dns/lib/a-record-set";
import { AaaaRecordSet } from "@cdktf/provider-dns/lib/aaaa-record-set";
import { MxRecordSet } from "@cdktf/provider-dns/lib/mx-record-set";
import type { DnsProvider } from "@cdktf/provider-dns/lib/provider";
import { TxtRecordSet } from "@cdktf/provider-dns/lib/txt-record-set";
import type { TerraformResource, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { invalid } from "../../../src/errors";
import type { BranchIdentity } from "../../../src/identity";
import { type AcmeDnsChallenge, BranchDnsZone, type RecordSetData } from "../branch-dns-zone";
import { absoluteName, isBelow, relativeTo } from "./dns-names";
import { type Rfc2136Settings, rfc2136LegoConfig, rfc2136Provider, tsigSecretVariable } from "./rfc2136";

/**
 * A branch zone on an RFC 2136 server, modelled honestly as a **name subtree of an existing zone** on that server
 * (the parent zone, or a zone above it): every record of `<label>.<parent>` is a record of the server zone, e.g.
 * `dns_a_record_set { zone = "example.org.", name = "main" }`. No delegated zone is created, because hashicorp/dns
 * cannot create zones; the subtree behaves like a zone for every client (names, MX, ACME DNS-01), and destroying
 * the branch deletes exactly its records.
 */
export class Rfc2136BranchZone extends BranchDnsZone {
  /** See {@link BranchDnsZone}. */
  public readonly acmeDnsChallenge: AcmeDnsChallenge;
  /** The zone on the server that holds the records (lower case, no trailing dot). */
  public readonly serverZone: string;
  /** The hashicorp/dns provider configuration that signs the updates. */
  public readonly provider: DnsProvider;
  /** The sensitive variable holding the TSIG secret. */
  public readonly tsigSecret: TerraformVariable;

  /**
   * @param scope parent construct
   * @param id construct id
   * @param identity the branch
   * @param settings validated server settings
   * @param serverZone zone on the server holding the records; must contain the branch zone
   * @param defaultTtl TTL of record sets that do not set their own
   */
  public constructor(scope: Construct, id: string, identity: BranchIdentity, settings: Rfc2136Settings, serverZone: string, defaultTtl: number) {
    super(scope, id, identity, { kind: "rfc2136", supportsCaa: false, defaultTtl });
    if (!isBelow(identity.zoneName, serverZone)) {
      throw invalid("parentZone", serverZone, `must contain the branch zone ${identity.zoneName}`,
        `Use the parent domain ${JSON.stringify(identity.parentDomain)} or a zone above it.`);
    }
    this.serverZone = serverZone;
    this.tsigSecret = tsigSecretVariable(this, settings);
    this.provider = rfc2136Provider(this, "provider", settings, this.tsigSecret);
    this.acmeDnsChallenge = { provider: "rfc2136", config: rfc2136LegoConfig(settings, this.tsigSecret), dependsOn: [] };
  }

  protected createRecordSet(id: string, name: string, data: RecordSetData, ttl: number): TerraformResource {
    const base = {
      provider: this.provider,
      zone: `${this.serverZone}.`,
      name: relativeTo(absoluteName(name, this.zoneName), this.serverZone) as string,
      ttl,
    };
    switch (data.type) {
      case "A":
        return new ARecordSet(this, id, { ...base, addresses: [...data.addresses] });
      case "AAAA":
        return new AaaaRecordSet(this, id, { ...base, addresses: [...data.addresses] });
      case "MX":
        return new MxRecordSet(this, id, { ...base, mx: data.records.map((r) => ({ preference: r.preference, exchange: r.exchange })) });
      case "TXT":
        return new TxtRecordSet(this, id, { ...base, txt: [...data.values] });
      case "CAA":
        // BranchDnsZone.addCaa rejects CAA before it gets here (supportsCaa is false).
        throw invalid("type", data.type, "has no resource in hashicorp/dns 3.4.3", "Publish CAA in the parent zone.");
    }
  }
}
