import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { OciProvider } from "../../../.gen/providers/oci/provider";
import { DnsParent, DnsZone, OciAcmeAuth, type OciZoneProps } from "../../../constructs/dns";
import type { OciBranchZone } from "../../../constructs/dns/private/oci-branch-zone";
import { OciProviders } from "../../../constructs/oci/oci-providers";
import { BranchIdentity } from "../../../src/identity";
import { blockOf, resolveIn, synthChecked } from "./schema-check";
import { expectPairPacError } from "../../support/pairpac-error";

/** lego's propagation wait that every OCI zone passes (lego v4.35.2 oraclecloud: seconds). */
const WAIT = { OCI_PROPAGATION_TIMEOUT: "600", OCI_POLLING_INTERVAL: "10" };

const MAIN = BranchIdentity.of({ branch: "main", parentDomain: "pairpac.example.org" });
const COMPARTMENT = "ocid1.compartment.oc1..aaaabranch";
const TAGS = { "pairpac:managed-by": "pairpac", "pairpac:branch-label": "main", "pairpac:branch": "main" };

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "branch");
}

function ociZone(s: TerraformStack, props: Partial<OciZoneProps> = {}): OciBranchZone {
  return DnsZone.oci({ parent: DnsParent.oci(), compartmentId: COMPARTMENT, region: "eu-frankfurt-1", ...props }).bind(s, MAIN) as OciBranchZone;
}

describe("DnsZone.oci", () => {
  test("creates a PRIMARY zone named after the branch in the given compartment, tagged", () => {
    const s = stack();
    const zone = ociZone(s);
    const json = synthChecked(s);

    expect(zone.node.id).toBe("dns");
    expect(zone.kind).toBe("oci");
    expect(zone.supportsCaa).toBe(true);
    expect(blockOf(json, zone.zone)).toEqual({
      provider: "oci",
      name: "main.pairpac.example.org",
      zone_type: "PRIMARY",
      compartment_id: COMPARTMENT,
      freeform_tags: TAGS,
    });
    expect(json.provider.oci).toEqual([{ region: "eu-frankfurt-1" }]);
  });

  test("delegates from an OCI parent (default: the parent domain by name) with one NS item per zone name server", () => {
    const s = stack();
    const zone = ociZone(s);
    const json = synthChecked(s);
    const zoneRef = `oci_dns_zone.${zone.zone.friendlyUniqueId}`;

    expect(zone.delegation.node.id).toBe("delegation");
    expect(blockOf(json, zone.delegation)).toEqual({
      provider: "oci",
      zone_name_or_id: "pairpac.example.org",
      domain: "main.pairpac.example.org",
      rtype: "NS",
      dynamic: {
        items: {
          for_each: `\${toset(${zoneRef}.nameservers)}`,
          iterator: "each",
          content: { domain: "main.pairpac.example.org", rtype: "NS", rdata: "${each.value.hostname}.", ttl: 300 },
        },
      },
    });
  });

  test("delegates from an OCI parent given by OCID (no deprecated compartment_id)", () => {
    const s = stack();
    const zone = ociZone(s, { parent: DnsParent.oci({ zoneId: "ocid1.dns-zone.oc1..parent" }) });
    const json = synthChecked(s);
    const block = blockOf(json, zone.delegation);
    expect(block.zone_name_or_id).toBe("ocid1.dns-zone.oc1..parent");
    expect(block.compartment_id).toBeUndefined();
  });

  test("delegates from an OCI parent zone above the parent domain", () => {
    const s = stack();
    const zone = ociZone(s, { parent: DnsParent.oci({ zoneName: "Example.org" }) });
    expect(blockOf(synthChecked(s), zone.delegation).zone_name_or_id).toBe("example.org");
  });

  test("delegates from an RFC 2136 parent with fully-qualified name servers read from the zone", () => {
    const s = stack();
    const zone = ociZone(s, { parent: DnsParent.rfc2136({ server: "ns1.example.org", keyName: "pairpac", zone: "example.org" }) });
    const json = synthChecked(s);
    const zoneRef = `oci_dns_zone.${zone.zone.friendlyUniqueId}`;

    expect(blockOf(json, zone.delegation)).toEqual({
      provider: "dns",
      zone: "example.org.",
      name: "main.pairpac",
      nameservers: `\${[for ns in ${zoneRef}.nameservers : "\${ns.hostname}."]}`,
      ttl: 300,
    });
    expect(json.provider.dns).toEqual([{
      update: [{ server: "ns1.example.org", port: 53, key_name: "pairpac.", key_algorithm: "hmac-sha256", key_secret: "${var.dns_tsig_secret}" }],
    }]);
    expect(json.variable.dns_tsig_secret.sensitive).toBe(true);
  });

  test("writes every record type as an oci_dns_rrset with normalised RDATA", () => {
    const s = stack();
    const zone = ociZone(s);
    zone.addGatewayRecords({ ipv4: "192.0.2.10", ipv6: "2001:db8::10", hostnames: ["mumble"], mail: true, caaIodef: "mailto:admin@example.org" });
    const json = synthChecked(s);
    const zoneId = `\${oci_dns_zone.${zone.zone.friendlyUniqueId}.id}`;
    const rrset = (rtype: string, domain: string, rdata: string[]) => ({
      provider: "oci", zone_name_or_id: zoneId, domain, rtype,
      items: rdata.map((r) => ({ domain, rtype, rdata: r, ttl: 300 })),
    });
    const apex = "main.pairpac.example.org";
    const rr = (type: "A" | "AAAA" | "MX" | "TXT" | "CAA", name: string) => blockOf(json, zone.recordSet(type, name)!);

    expect(rr("A", "@")).toEqual(rrset("A", apex, ["192.0.2.10"]));
    expect(rr("AAAA", "@")).toEqual(rrset("AAAA", apex, ["2001:db8::10"]));
    expect(rr("A", "mumble")).toEqual(rrset("A", `mumble.${apex}`, ["192.0.2.10"]));
    expect(rr("AAAA", "mumble")).toEqual(rrset("AAAA", `mumble.${apex}`, ["2001:db8::10"]));
    expect(rr("MX", "@")).toEqual(rrset("MX", apex, ["10 main.pairpac.example.org."]));
    expect(rr("TXT", "@")).toEqual(rrset("TXT", apex, ["\"v=spf1 -all\""]));
    expect(rr("TXT", "_dmarc")).toEqual(rrset("TXT", `_dmarc.${apex}`, ["\"v=DMARC1; p=reject\""]));
    expect(rr("CAA", "@")).toEqual(rrset("CAA", apex, ["0 issue \"letsencrypt.org\"", "0 iodef \"mailto:admin@example.org\""]));
    expect(Object.keys(json.resource.oci_dns_rrset)).toHaveLength(9); // 8 record sets + the delegation
    expect(zone.node.metadata.filter((m) => m.type === "@cdktf/warn")).toEqual([]);
  });

  test("CAA without iodef allows only Let's Encrypt; custom CAA sets pass their flags", () => {
    const s = stack();
    const zone = ociZone(s);
    zone.addGatewayRecords({ ipv4: "192.0.2.10" });
    const caa = zone.addCaa("sub", [{ flags: 128, tag: "issuewild", value: ";" }]);
    const json = synthChecked(s);
    expect(blockOf(json, zone.recordSet("CAA", "@")!).items).toEqual([
      { domain: "main.pairpac.example.org", rtype: "CAA", rdata: "0 issue \"letsencrypt.org\"", ttl: 300 },
    ]);
    expect(blockOf(json, caa).items[0].rdata).toBe("128 issuewild \";\"");
  });

  test("lego oraclecloud answers DNS-01 in the zone's compartment after the zone and its delegation exist", () => {
    const s = stack();
    const zone = ociZone(s);
    expect(zone.acmeDnsChallenge.provider).toBe("oraclecloud");
    expect(zone.acmeDnsChallenge.dependsOn).toEqual([zone.zone, zone.delegation, zone.delegationWait]);
  });

  /** lego's oraclecloud config from the sensitive API key variables, each under the name lego reads first. */
  const apiKeyConfig = (region: string) => ({
    OCI_COMPARTMENT_OCID: COMPARTMENT, ...WAIT,
    OCI_TENANCY_OCID: "${var.pairpac_acme_oci_tenancy_ocid}",
    OCI_USER_OCID: "${var.pairpac_acme_oci_user_ocid}",
    OCI_PUBKEY_FINGERPRINT: "${var.pairpac_acme_oci_fingerprint}",
    OCI_PRIVKEY: "${base64encode(var.pairpac_acme_oci_private_key)}",
    OCI_PRIVKEY_PASS: "${var.pairpac_acme_oci_private_key_password}",
    OCI_REGION: region,
  });

  test("default authentication: the API key variables with the zone's region, so lego never falls back to OCI_PRIVATE_KEY", () => {
    const s = stack();
    const zone = ociZone(s, { region: "eu-amsterdam-1" });
    expect(resolveIn(s, zone.acmeDnsChallenge.config)).toEqual(apiKeyConfig("eu-amsterdam-1"));
    const variables = synthChecked(s).variable as Record<string, { sensitive?: boolean }>;
    expect(variables.pairpac_acme_oci_private_key.sensitive).toBe(true);
  });

  test("default authentication without region: the region of the zone's provider; an error naming the fix when it has none", () => {
    const s = stack();
    const zone = ociZone(s, { region: undefined, provider: OciProviders.forRegion(s, "us-ashburn-1") });
    expect((resolveIn(s, zone.acmeDnsChallenge.config) as Record<string, string>).OCI_REGION).toBe("us-ashburn-1");

    const t = stack();
    const bare = new OciProvider(t, "oci-env-region", {});
    expectPairPacError(() => ociZone(t, { region: undefined, provider: bare }), {
      field: "oci.acmeAuth", problem: /^is needed: the zone's OCI provider has no region/, fix: /OciAcmeAuth\.apiKeyVariables\(\{ region/,
    });
  });

  describe("OciAcmeAuth.environment()", () => {
    const saved = { key: process.env.OCI_PRIVATE_KEY, privkey: process.env.OCI_PRIVKEY };
    afterEach(() => {
      for (const [name, value] of [["OCI_PRIVATE_KEY", saved.key], ["OCI_PRIVKEY", saved.privkey]] as const) {
        if (value === undefined) delete process.env[name]; else process.env[name] = value;
      }
    });

    test("passes nothing secret when the synth environment has no OCI_PRIVATE_KEY", () => {
      delete process.env.OCI_PRIVATE_KEY;
      const s = stack();
      const zone = ociZone(s, { acmeAuth: OciAcmeAuth.environment() });
      expect(resolveIn(s, zone.acmeDnsChallenge.config)).toEqual({ OCI_COMPARTMENT_OCID: COMPARTMENT, ...WAIT });
    });

    test("fails at synth while OCI_PRIVATE_KEY is set (lego would decode the provider's PEM and print it), without showing the key", () => {
      process.env.OCI_PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nsecret\n-----END PRIVATE KEY-----";
      delete process.env.OCI_PRIVKEY;
      const error = expectPairPacError(() => ociZone(stack(), { acmeAuth: OciAcmeAuth.environment() }),
        { field: "oci.acmeAuth", problem: /^cannot be used while OCI_PRIVATE_KEY is set/, fix: /^Use OciAcmeAuth\.apiKeyVariables/ });
      expect(error.message).not.toContain("secret");
      // lego's primary name wins over the alias, so OCI_PRIVKEY set by the user is not the trap
      process.env.OCI_PRIVKEY = "c2VjcmV0";
      expect(() => ociZone(stack(), { acmeAuth: OciAcmeAuth.environment() })).not.toThrow();
    });
  });

  test("the certificate order waits 300 s after the delegation (time_sleep), and lego waits up to 600 s for the TXT record", () => {
    const s = stack();
    const zone = ociZone(s);
    const json = synthChecked(s);
    const sleeps = Object.values((json.resource as Record<string, Record<string, Record<string, unknown>>>).time_sleep);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0].create_duration).toBe("300s");
    expect(sleeps[0].depends_on).toEqual([`${zone.delegation.terraformResourceType}.${zone.delegation.friendlyUniqueId}`]);
    // a replaced zone (new id) or new name servers replace the wait, so the next certificate order waits again
    const zoneRef = `oci_dns_zone.${zone.zone.friendlyUniqueId}`;
    expect(sleeps[0].triggers).toEqual({
      zone_id: `\${${zoneRef}.id}`,
      name_servers: `\${join(" ", sort(${zoneRef}.nameservers[*].hostname))}`,
    });
    expect((json.terraform as { required_providers: Record<string, unknown> }).required_providers.time).toEqual({ source: "hashicorp/time", version: "0.13.1" });
  });

  test("API key from variables: lego gets every value under the name it reads first, so OCI_PRIVATE_KEY (the provider's PEM) is never read", () => {
    const s = stack();
    const zone = ociZone(s, { acmeAuth: OciAcmeAuth.apiKeyVariables({ region: "eu-frankfurt-1" }) });
    expect(resolveIn(s, zone.acmeDnsChallenge.config)).toEqual(apiKeyConfig("eu-frankfurt-1"));
    const variables = synthChecked(s).variable as Record<string, { sensitive?: boolean; default?: string }>;
    for (const name of ["tenancy_ocid", "user_ocid", "fingerprint", "private_key", "private_key_password"]) {
      expect(variables[`pairpac_acme_oci_${name}`].sensitive).toBe(true);
    }
    expect(variables.pairpac_acme_oci_private_key_password.default).toBe("");
    expect(variables.pairpac_acme_oci_private_key.default).toBeUndefined();
    expectPairPacError(() => OciAcmeAuth.apiKeyVariables({ region: "frankfurt" }), { field: "apiKeyVariables.region", value: "frankfurt", problem: "must be an OCI region identifier" });
  });

  test("instance principal authentication", () => {
    const s = stack();
    const zone = ociZone(s, { acmeAuth: OciAcmeAuth.instancePrincipal() });
    expect(resolveIn(s, zone.acmeDnsChallenge.config)).toEqual({ OCI_COMPARTMENT_OCID: COMPARTMENT, ...WAIT, OCI_AUTH_TYPE: "instance_principal" });
  });

  test("API key authentication takes the private key from a sensitive variable, base64-encoded for lego", () => {
    const s = stack();
    const zone = ociZone(s, {
      acmeAuth: OciAcmeAuth.apiKey({
        tenancyOcid: "ocid1.tenancy.oc1..tenancy", userOcid: "ocid1.user.oc1..user",
        fingerprint: "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff", region: "eu-frankfurt-1", passphraseVariable: "oci_key_pass",
      }),
    });
    expect(resolveIn(s, zone.acmeDnsChallenge.config)).toEqual({
      ...WAIT,
      OCI_COMPARTMENT_OCID: COMPARTMENT,
      OCI_TENANCY_OCID: "ocid1.tenancy.oc1..tenancy",
      OCI_USER_OCID: "ocid1.user.oc1..user",
      OCI_PUBKEY_FINGERPRINT: "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff",
      OCI_REGION: "eu-frankfurt-1",
      OCI_PRIVKEY: "${base64encode(var.oci_acme_private_key)}",
      OCI_PRIVKEY_PASS: "${var.oci_key_pass}",
    });
    const json = synthChecked(s);
    expect(json.variable.oci_acme_private_key).toEqual({
      type: "string", sensitive: true, nullable: false,
      description: "PEM private key of the OCI API key 00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff that lego uses for ACME DNS-01 challenges. Set it with TF_VAR_oci_acme_private_key; never commit it.",
    });
    expect(json.variable.oci_key_pass.sensitive).toBe(true);
  });

  test("the compartment may be a token (the branch compartment created by the OCI placement)", () => {
    const s = stack();
    const compartment = new TerraformVariable(s, "compartment", { type: "string" });
    const zone = ociZone(s, { compartmentId: compartment.stringValue });
    expect(blockOf(synthChecked(s), zone.zone).compartment_id).toBe("${var.compartment}");
    expect((resolveIn(s, zone.acmeDnsChallenge.config) as Record<string, string>).OCI_COMPARTMENT_OCID).toBe("${var.compartment}");
  });

  test("uses the stack's unaliased OCI provider when no region or provider is given", () => {
    const s = stack();
    OciProviders.forRegion(s, "eu-frankfurt-1");
    OciProviders.forRegion(s, "eu-amsterdam-1");
    const zone = DnsZone.oci({ parent: DnsParent.oci(), compartmentId: COMPARTMENT }).bind(s, MAIN) as OciBranchZone;
    const json = synthChecked(s);
    expect(blockOf(json, zone.zone).provider).toBe("oci");
  });

  test("uses an explicit provider", () => {
    const s = stack();
    OciProviders.forRegion(s, "eu-frankfurt-1");
    const dnsProvider = new OciProvider(s, "dns-oci", { alias: "dns", region: "us-ashburn-1" });
    const zone = ociZone(s, { region: undefined, provider: dnsProvider });
    const json = synthChecked(s);
    expect(blockOf(json, zone.zone).provider).toBe("oci.dns");
    expect(blockOf(json, zone.delegation).provider).toBe("oci.dns");
  });

  describe("fails", () => {
    test("fails without any OCI provider to use", () => {
      expectPairPacError(() => DnsZone.oci({ parent: DnsParent.oci(), compartmentId: COMPARTMENT }).bind(stack(), MAIN), { field: "oci.region", value: undefined, problem: "is needed: the stack has no OCI provider yet", fix: "Pass region (any subscribed region; OCI DNS is global) or provider to DnsZone.oci, or bind the zone after placing a machine on OCI." });
    });

    test("fails for a compartment that is not an OCID", () => {
      expectPairPacError(() => DnsZone.oci({ parent: DnsParent.oci(), compartmentId: "branch-main" }), { field: "oci.compartmentId", value: "branch-main", problem: "must be a compartment OCID (ocid1.compartment.…) or a Terraform token", fix: "Pass the branch compartment's id from the OCI placement." });
    });

    test("fails for a parent that is not a DnsParent", () => {
      expectPairPacError(() => DnsZone.oci({ parent: { kind: "oci" } as unknown as DnsParent, compartmentId: COMPARTMENT }), { field: "oci.parent", problem: /^must be a DnsParent/ });
    });

    test("fails for provider and region together", () => {
      const s = stack();
      const provider = new OciProvider(s, "p", {});
      expectPairPacError(() => DnsZone.oci({ parent: DnsParent.oci(), compartmentId: COMPARTMENT, provider, region: "eu-frankfurt-1" }), { field: "oci.region", problem: /^must not be given together with oci\.provider/ });
    });

    test("fails for an OCI parent given both by name and by OCID, or with a bad OCID", () => {
      expectPairPacError(() => DnsParent.oci({ zoneName: "example.org", zoneId: "ocid1.dns-zone.oc1..x" }), { field: "parent.zoneId", problem: /^must not be given together with parent\.zoneName/ });
      expectPairPacError(() => DnsParent.oci({ zoneId: "example.org" }), { field: "parent.zoneId", problem: /^must be the OCID of a DNS zone/ });
      expectPairPacError(() => DnsParent.oci({ zoneName: "exa mple.org" }), { field: "parent.zoneName", problem: /^must be a domain name/ });
    });

    test("fails when the parent zone does not contain the branch zone", () => {
      expectPairPacError(() => ociZone(stack(), { parent: DnsParent.oci({ zoneName: "other.org" }) }), { field: "parent.zoneName", value: "other.org", problem: "must contain the branch zone main.pairpac.example.org", fix: 'Use the parent domain "pairpac.example.org" or a zone above it.' });
      expectPairPacError(() => ociZone(stack(), { parent: DnsParent.rfc2136({ server: "ns1.example.org", keyName: "k", zone: "main.pairpac.example.org" }) }), { field: "parent.zone", problem: /^must contain the branch zone main\.pairpac\.example\.org/ });
    });

    test("fails for an RFC 2136 parent with bad settings", () => {
      expectPairPacError(() => DnsParent.rfc2136({ server: "ns1.example.org", keyName: "k", keyAlgorithm: "hmac-md5" }), { field: "parent.keyAlgorithm", problem: /^is not supported/ });
      expectPairPacError(() => DnsParent.rfc2136({ server: "ns1.example.org", keyName: "k", zone: "-bad.org" }), { field: "parent.zone", problem: /^must be a domain name/ });
    });

    test("fails for API key settings that are not OCIDs, fingerprints or regions", () => {
      const good = { tenancyOcid: "ocid1.tenancy.oc1..t", userOcid: "ocid1.user.oc1..u", fingerprint: "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff", region: "eu-frankfurt-1" };
      expectPairPacError(() => OciAcmeAuth.apiKey({ ...good, tenancyOcid: "tenancy" }), { field: "apiKey.tenancyOcid", value: "tenancy", problem: "must be an OCID", fix: "Use the tenancy OCID from the OCI console (ocid1.tenancy.oc1..…)." });
      expectPairPacError(() => OciAcmeAuth.apiKey({ ...good, userOcid: "" }), { field: "apiKey.userOcid", problem: /^must be an OCID/ });
      expectPairPacError(() => OciAcmeAuth.apiKey({ ...good, fingerprint: "00:11" }), { field: "apiKey.fingerprint", problem: /^must be 16 lower-case hex pairs/ });
      expectPairPacError(() => OciAcmeAuth.apiKey({ ...good, region: "Frankfurt" }), { field: "apiKey.region", problem: /^must be an OCI region identifier/ });
      expectPairPacError(() => OciAcmeAuth.apiKey({ ...good, privateKeyVariable: "bad name" }), { field: "apiKey.privateKeyVariable", problem: /^must be a Terraform variable name/ });
      expectPairPacError(() => OciAcmeAuth.apiKey({ ...good, passphraseVariable: "1x" }), { field: "apiKey.passphraseVariable", problem: /^must be a Terraform variable name/ });
    });

    test("fails for an acmeAuth that is not an OciAcmeAuth", () => {
      expectPairPacError(() => DnsZone.oci({ parent: DnsParent.oci(), compartmentId: COMPARTMENT, acmeAuth: { method: "environment" } as unknown as OciAcmeAuth }), { field: "oci.acmeAuth", problem: /^must be an OciAcmeAuth/ });
    });

    test("fails for CAA records with bad flags, tags or values", () => {
      const zone = ociZone(stack());
      expectPairPacError(() => zone.addCaa("@", [{ flags: 1, tag: "issue", value: "letsencrypt.org" }]), { field: "records[0].flags", value: 1, problem: "must be 0 or 128 (issuer critical)", fix: "Use 0." });
      expectPairPacError(() => zone.addCaa("@", [{ tag: "contactemail" as "issue", value: "a@b.org" }]), { field: "records[0].tag", problem: /^must be "issue", "issuewild" or "iodef"/ });
      expectPairPacError(() => zone.addCaa("@", [{ tag: "issue", value: "letsencrypt.org\"" }]), { field: "records[0].value", problem: /^must be a non-empty string without quotes/ });
      expectPairPacError(() => zone.addCaa("@", [{ tag: "iodef", value: "admin@example.org" }]), { field: "records[0].value", problem: /^must be a mailto: or http\(s\):\/\/ URL/ });
      expectPairPacError(() => zone.addCaa("@", []), { field: "records", problem: /^must be a non-empty list/ });
      expectPairPacError(() => zone.addGatewayRecords({ ipv4: "192.0.2.1", caaIodef: "nobody" }), { field: "records[1].value", problem: /^must be a mailto: or http\(s\):\/\/ URL/ });
    });
  });
});
