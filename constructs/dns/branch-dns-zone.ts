import { Annotations, type ITerraformDependable, type TerraformResource, Token } from "cdktf";
import { Construct } from "constructs";
import { invalid } from "../../src/errors";
import type { BranchIdentity } from "../../src/identity";
import {
  APEX, MAX_NAME_LENGTH, absoluteName, checkAddresses, checkTtl, normaliseRecordName, targetName,
} from "./private/dns-names";

/** Options shared by every record set. */
export interface RecordOptions {
  /**
   * Time to live in seconds (30-86400).
   * @default - the zone's default TTL (300 unless set on the DnsZone factory)
   */
  readonly ttl?: number;
}

/** One MX record. */
export interface MxRecord {
  /** Preference (lower is tried first), 0-65535. */
  readonly preference: number;
  /**
   * The mail host: `@` for the zone apex, a relative name such as `mail` for a host in the branch zone, or an
   * absolute name with trailing dot such as `mx.example.net.` (zone-file convention).
   */
  readonly exchange: string;
}

/** Property tags of a CAA record (RFC 8659). */
export type CaaTag = "issue" | "issuewild" | "iodef";

/** One CAA record (RFC 8659). */
export interface CaaRecord {
  /**
   * Flags: 0, or 128 (issuer-critical).
   * @default 0
   */
  readonly flags?: number;
  /** Property tag. */
  readonly tag: CaaTag;
  /** Property value without quotes, e.g. `letsencrypt.org` or `mailto:admin@example.org`. */
  readonly value: string;
}

/**
 * What `acme_certificate` needs to answer the DNS-01 challenge in this zone: the lego DNS provider name, its
 * configuration (secrets only as references to sensitive variables) and the resources that must exist first.
 */
export interface AcmeDnsChallenge {
  /** lego DNS provider code, e.g. `rfc2136` or `oraclecloud`. */
  readonly provider: string;
  /** lego configuration keys (passed as `dns_challenge.config`, a sensitive map). */
  readonly config: Readonly<Record<string, string>>;
  /** Resources the certificate must wait for (the zone and its delegation). */
  readonly dependsOn: readonly ITerraformDependable[];
}

/** The standard records of a branch gateway, see {@link BranchDnsZone.addGatewayRecords}. */
export interface GatewayRecordsOptions {
  /** Public IPv4 address of the gateway (a stable Elastic/reserved IP; token allowed). */
  readonly ipv4: string;
  /**
   * Public IPv6 address of the gateway (token allowed).
   * @default - no AAAA records
   */
  readonly ipv6?: string;
  /**
   * Service host names inside the branch zone that also point at the gateway, e.g. `["mumble"]`.
   * @default - only the apex
   */
  readonly hostnames?: readonly string[];
  /**
   * Whether the gateway receives mail for the branch zone: adds the MX record (preference 10, the apex), a
   * receive-only SPF policy (`v=spf1 -all`) and a DMARC reject policy at `_dmarc`.
   * @default false
   */
  readonly mail?: boolean;
  /**
   * Where CAs report refused requests (CAA `iodef`), e.g. `mailto:admin@example.org`.
   * @default - no iodef record
   */
  readonly caaIodef?: string;
}

/** Checked A or AAAA records, see {@link RecordSetData}. */
export interface AddressRecordSetData {
  /** Record type. */
  readonly type: "A" | "AAAA";
  /** Addresses (tokens allowed). */
  readonly addresses: readonly string[];
}

/** Checked MX records, see {@link RecordSetData}. */
export interface MxRecordSetData {
  /** Record type. */
  readonly type: "MX";
  /** Records with absolute exchanges (trailing dot). */
  readonly records: readonly MxRecord[];
}

/** Checked TXT records, see {@link RecordSetData}. */
export interface TxtRecordSetData {
  /** Record type. */
  readonly type: "TXT";
  /** One string per record, without quotes. */
  readonly values: readonly string[];
}

/** Checked CAA records, see {@link RecordSetData}. */
export interface CaaRecordSetData {
  /** Record type. */
  readonly type: "CAA";
  /** Records with their flags set. */
  readonly records: readonly Required<CaaRecord>[];
}

/** Data of one record set, with names resolved and checked, as handed to the zone's implementation. */
export type RecordSetData = AddressRecordSetData | MxRecordSetData | TxtRecordSetData | CaaRecordSetData;

/** The only CA allowed by {@link BranchDnsZone.addGatewayRecords}: Let's Encrypt (production and staging). */
export const LETS_ENCRYPT_CAA_DOMAIN = "letsencrypt.org";

/** Receive-only SPF policy: no host may send mail as the branch zone. */
export const RECEIVE_ONLY_SPF = "v=spf1 -all";

/** DMARC policy that tells receivers to reject mail claiming to come from the branch zone. */
export const REJECT_DMARC = "v=DMARC1; p=reject";

/**
 * The DNS zone of one branch, `<dnsLabel>.<parentDomain>`, whatever server hosts it. Create it with
 * `DnsZone.rfc2136(...)` or `DnsZone.oci(...)` and `.bind(scope, identity)`; then add records with names relative to
 * the zone (`@` is the apex).
 *
 * Construct ids of record sets are fixed: `<type>` at the apex and `<type>-<name>` below it (`a`, `mx`, `a-mumble`,
 * `txt-_dmarc`), so a record keeps its Terraform address as long as its type and name stay.
 */
export abstract class BranchDnsZone extends Construct {
  /** The branch whose zone this is. */
  public readonly identity: BranchIdentity;
  /** The zone's name, `<dnsLabel>.<parentDomain>`, lower case, no trailing dot. */
  public readonly zoneName: string;
  /** TTL of record sets that do not set their own. */
  public readonly defaultTtl: number;
  /** Which strategy manages the zone. */
  public readonly kind: "rfc2136" | "oci";
  /** Whether CAA records can be managed (false for RFC 2136: hashicorp/dns 3.4.3 has no CAA record type). */
  public readonly supportsCaa: boolean;
  /** lego provider and configuration for the DNS-01 challenge of certificates for names in this zone. */
  public abstract readonly acmeDnsChallenge: AcmeDnsChallenge;

  private readonly recordSets = new Map<string, TerraformResource>();

  /**
   * @param scope parent construct
   * @param id construct id
   * @param identity the branch
   * @param strategy which strategy manages the zone, whether it can hold CAA records, and the TTL of record sets
   *   that do not set their own
   */
  protected constructor(scope: Construct, id: string, identity: BranchIdentity,
    strategy: { readonly kind: "rfc2136" | "oci"; readonly supportsCaa: boolean; readonly defaultTtl: number }) {
    super(scope, id);
    this.identity = identity;
    this.zoneName = identity.zoneName;
    this.kind = strategy.kind;
    this.supportsCaa = strategy.supportsCaa;
    this.defaultTtl = checkTtl("ttl", strategy.defaultTtl);
  }

  /** Absolute name (no trailing dot) of `host` in the zone: `fqdn()` or `fqdn("@")` is the apex, `fqdn("mumble")` a host below it. */
  public fqdn(host: string = APEX): string {
    return this.absolute("host", host);
  }

  /** Adds the A record set `name` (`@` = apex) with the given IPv4 addresses (tokens allowed). */
  public addA(name: string, addresses: readonly string[], options: RecordOptions = {}): TerraformResource {
    return this.add(name, { type: "A", addresses: checkAddresses("addresses", addresses, 4) }, options);
  }

  /** Adds the AAAA record set `name` (`@` = apex) with the given IPv6 addresses (tokens allowed). */
  public addAaaa(name: string, addresses: readonly string[], options: RecordOptions = {}): TerraformResource {
    return this.add(name, { type: "AAAA", addresses: checkAddresses("addresses", addresses, 6) }, options);
  }

  /** Adds the MX record set `name`; exchanges are `@`, relative names, or absolute names ending with a dot. */
  public addMx(name: string, records: readonly MxRecord[], options: RecordOptions = {}): TerraformResource {
    if (!Array.isArray(records) || records.length === 0) {
      throw invalid("records", records, "must be a non-empty list of { preference, exchange }", "Pass e.g. [{ preference: 10, exchange: \"@\" }].");
    }
    const resolved = records.map((record, index) => {
      const preference = record?.preference;
      if (typeof preference !== "number" || !Number.isInteger(preference) || preference < 0 || preference > 65_535) {
        throw invalid(`records[${index}].preference`, preference, "must be an integer between 0 and 65535", "Use 10.");
      }
      return { preference, exchange: targetName(`records[${index}].exchange`, record.exchange, this.zoneName) };
    });
    return this.add(name, { type: "MX", records: resolved }, options);
  }

  /** Adds the TXT record set `name`, one record per value (each at most 255 characters, no `"` or `\`). */
  public addTxt(name: string, values: readonly string[], options: RecordOptions = {}): TerraformResource {
    if (!Array.isArray(values) || values.length === 0) {
      throw invalid("values", values, "must be a non-empty list of strings", "Pass e.g. [\"v=spf1 -all\"].");
    }
    values.forEach((value, index) => {
      // eslint-disable-next-line no-control-regex
      if (typeof value !== "string" || value.length === 0 || (!Token.isUnresolved(value) && (value.length > 255 || /["\\\u0000-\u001f\u007f]/.test(value)))) {
        throw invalid(`values[${index}]`, value, "must be a non-empty string of at most 255 printable characters without quotes or backslashes",
          "Split longer texts into several values; hashicorp/dns writes each value between quotes as it is.");
      }
    });
    return this.add(name, { type: "TXT", values: [...values] }, options);
  }

  /**
   * Adds the CAA record set `name`. Throws for RFC 2136 zones ({@link supportsCaa} is false): publish CAA in the
   * parent zone instead; CAA lookups climb from the branch names to the parent (RFC 8659, section 3).
   */
  public addCaa(name: string, records: readonly CaaRecord[], options: RecordOptions = {}): TerraformResource {
    if (!this.supportsCaa) {
      throw invalid("addCaa", name, `cannot be managed in a ${this.kind} zone: hashicorp/dns 3.4.3 (@cdktf/provider-dns 9.0.1) has no CAA record type`,
        `Publish \`${this.identity.parentDomain}. CAA 0 issue "${LETS_ENCRYPT_CAA_DOMAIN}"\` in the parent zone by hand (it covers every branch), or use DnsZone.oci(...).`);
    }
    if (!Array.isArray(records) || records.length === 0) {
      throw invalid("records", records, "must be a non-empty list of { tag, value }", `Pass e.g. [{ tag: "issue", value: "${LETS_ENCRYPT_CAA_DOMAIN}" }].`);
    }
    const resolved = records.map((record, index) => {
      const flags = record?.flags ?? 0;
      if (flags !== 0 && flags !== 128) {
        throw invalid(`records[${index}].flags`, flags, "must be 0 or 128 (issuer critical)", "Use 0.");
      }
      if (!["issue", "issuewild", "iodef"].includes(record.tag)) {
        throw invalid(`records[${index}].tag`, record.tag, "must be \"issue\", \"issuewild\" or \"iodef\"", "Use \"issue\".");
      }
      // eslint-disable-next-line no-control-regex
      if (typeof record.value !== "string" || record.value.length === 0 || /["\\\u0000-\u001f\u007f]/.test(record.value)) {
        throw invalid(`records[${index}].value`, record.value, "must be a non-empty string without quotes, backslashes or control characters",
          `Use e.g. "${LETS_ENCRYPT_CAA_DOMAIN}" or "mailto:admin@example.org".`);
      }
      if (record.tag === "iodef" && !/^(mailto:|https?:\/\/)\S+$/.test(record.value)) {
        throw invalid(`records[${index}].value`, record.value, "must be a mailto: or http(s):// URL for an iodef record", "Use e.g. \"mailto:admin@example.org\".");
      }
      return { flags, tag: record.tag, value: record.value };
    });
    return this.add(name, { type: "CAA", records: resolved }, options);
  }

  /**
   * Adds the records a gateway needs: A (and AAAA with IPv6) at the apex and at every service host name; with
   * mail, MX 10 → apex, `v=spf1 -all` (the gateway only receives mail) and `_dmarc` `v=DMARC1; p=reject`; and CAA
   * allowing only Let's Encrypt (plus `iodef` when given). In an RFC 2136 zone CAA cannot be managed: a synth
   * warning says what to publish in the parent zone. Returns the record sets created.
   */
  public addGatewayRecords(options: GatewayRecordsOptions): TerraformResource[] {
    const created: TerraformResource[] = [];
    const hosts = [APEX, ...(options.hostnames ?? [])];
    hosts.forEach((host, index) => this.absolute(index === 0 ? "host" : `hostnames[${index - 1}]`, host));
    for (const host of hosts) {
      created.push(this.addA(host, [options.ipv4]));
      if (options.ipv6 !== undefined) {
        created.push(this.addAaaa(host, [options.ipv6]));
      }
    }
    if (options.mail === true) {
      created.push(this.addMx(APEX, [{ preference: 10, exchange: APEX }]));
      created.push(this.addTxt(APEX, [RECEIVE_ONLY_SPF]));
      created.push(this.addTxt("_dmarc", [REJECT_DMARC]));
    }
    const caa: CaaRecord[] = [{ tag: "issue", value: LETS_ENCRYPT_CAA_DOMAIN }];
    if (options.caaIodef !== undefined) {
      caa.push({ tag: "iodef", value: options.caaIodef });
    }
    if (this.supportsCaa) {
      created.push(this.addCaa(APEX, caa));
    } else {
      const rdata = caa.map((r) => `0 ${r.tag} "${r.value}"`).join("; ");
      Annotations.of(this).addWarning(
        `CAA for ${this.zoneName} is not managed (hashicorp/dns has no CAA record type). To allow only Let's Encrypt, publish in the parent zone ${this.identity.parentDomain}: ${rdata}.`);
    }
    return created;
  }

  /** The record set created for `type` and `name`, if any. */
  public recordSet(type: RecordSetData["type"], name: string): TerraformResource | undefined {
    return this.recordSets.get(`${type} ${normaliseRecordName("name", name)}`);
  }

  /**
   * Creates the Terraform resource of one record set.
   * @param id fixed construct id, `<type>` at the apex, `<type>-<name>` below it
   * @param name record name relative to the branch zone (`@` = apex), checked
   * @param data the records, checked
   * @param ttl TTL in seconds, checked
   */
  protected abstract createRecordSet(id: string, name: string, data: RecordSetData, ttl: number): TerraformResource;

  private absolute(field: string, host: string): string {
    const name = absoluteName(normaliseRecordName(field, host), this.zoneName);
    if (name.length > MAX_NAME_LENGTH) {
      throw invalid(field, host, `makes the name ${name.length} characters long; a DNS name has at most ${MAX_NAME_LENGTH}`, "Use a shorter name.");
    }
    return name;
  }

  private add(name: string, data: RecordSetData, options: RecordOptions): TerraformResource {
    const relative = normaliseRecordName("name", name);
    this.absolute("name", relative);
    const key = `${data.type} ${relative}`;
    if (this.recordSets.has(key)) {
      throw invalid("name", name, `already has a ${data.type} record set in ${this.zoneName}`, "Pass all values of a record set in one call.");
    }
    const ttl = checkTtl("ttl", options.ttl ?? this.defaultTtl);
    const id = relative === APEX ? data.type.toLowerCase() : `${data.type.toLowerCase()}-${relative}`;
    const resource = this.createRecordSet(id, relative, data, ttl);
    this.recordSets.set(key, resource);
    return resource;
  }
}
