import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { DnsZone, type Rfc2136ZoneProps } from "../../../constructs/dns";
import { Rfc2136BranchZone } from "../../../constructs/dns/private/rfc2136-branch-zone";
import { PairPacError } from "../../../src/errors";
import { BranchIdentity } from "../../../src/identity";
import { blockOf, resolveIn, synthChecked } from "./schema-check";
import { expectPairPacError } from "../../support/pairpac-error";

const MAIN = BranchIdentity.of({ branch: "main", parentDomain: "pairpac.example.org" });
const FEATURE = BranchIdentity.of({ branch: "feature/Audio_fix", parentDomain: "pairpac.example.org" });
const SERVER: Rfc2136ZoneProps = { server: "ns1.example.org", keyName: "pairpac" };

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "branch");
}

describe("DnsZone.rfc2136", () => {
  test("configures the dns provider with a sensitive TSIG secret variable, never a literal", () => {
    const s = stack();
    const zone = DnsZone.rfc2136(SERVER).bind(s, MAIN) as Rfc2136BranchZone;
    zone.addA("@", ["192.0.2.10"]);
    const json = synthChecked(s);

    expect(zone.node.id).toBe("dns");
    expect(zone.kind).toBe("rfc2136");
    expect(json.provider.dns).toEqual([{
      update: [{ server: "ns1.example.org", port: 53, key_name: "pairpac.", key_algorithm: "hmac-sha256", key_secret: "${var.dns_tsig_secret}" }],
    }]);
    expect(json.variable.dns_tsig_secret).toEqual({
      type: "string",
      sensitive: true,
      nullable: false,
      description: "Base64 secret of the TSIG key pairpac. (hmac-sha256) for dynamic DNS updates on ns1.example.org. Set it with TF_VAR_dns_tsig_secret; never commit it.",
    });
  });

  test("keeps the branch's records as names below the parent zone (apex = the DNS label)", () => {
    const s = stack();
    const zone = DnsZone.rfc2136(SERVER).bind(s, MAIN);
    const a = zone.addA("@", ["192.0.2.10"]);
    const json = synthChecked(s);

    expect(blockOf(json, a)).toEqual({
      provider: "dns", zone: "pairpac.example.org.", name: "main", addresses: ["192.0.2.10"], ttl: 300,
    });
    expect(zone.zoneName).toBe("main.pairpac.example.org");
    expect(zone.fqdn()).toBe("main.pairpac.example.org");
    expect(zone.fqdn("mumble")).toBe("mumble.main.pairpac.example.org");
  });

  test("writes every gateway record type with exact values; CAA becomes a synth warning", () => {
    const s = stack();
    const zone = DnsZone.rfc2136({ ...SERVER, parentZone: "Example.org." }).bind(s, FEATURE);
    zone.addGatewayRecords({ ipv4: "192.0.2.10", ipv6: "2001:db8::10", hostnames: ["mumble"], mail: true });
    const json = synthChecked(s);
    const label = "feature-audio-fix--d68f6551.pairpac";
    const rr = (type: "A" | "AAAA" | "MX" | "TXT", name: string) => blockOf(json, zone.recordSet(type, name)!);

    expect(FEATURE.dnsLabel).toBe("feature-audio-fix--d68f6551");
    expect(rr("A", "@")).toEqual({ provider: "dns", zone: "example.org.", name: label, addresses: ["192.0.2.10"], ttl: 300 });
    expect(rr("AAAA", "@")).toEqual({ provider: "dns", zone: "example.org.", name: label, addresses: ["2001:db8::10"], ttl: 300 });
    expect(rr("A", "mumble")).toEqual({ provider: "dns", zone: "example.org.", name: `mumble.${label}`, addresses: ["192.0.2.10"], ttl: 300 });
    expect(rr("AAAA", "mumble")).toEqual({ provider: "dns", zone: "example.org.", name: `mumble.${label}`, addresses: ["2001:db8::10"], ttl: 300 });
    expect(rr("MX", "@")).toEqual({
      provider: "dns", zone: "example.org.", name: label, ttl: 300,
      mx: [{ preference: 10, exchange: "feature-audio-fix--d68f6551.pairpac.example.org." }],
    });
    expect(rr("TXT", "@")).toEqual({ provider: "dns", zone: "example.org.", name: label, txt: ["v=spf1 -all"], ttl: 300 });
    expect(rr("TXT", "_dmarc")).toEqual({ provider: "dns", zone: "example.org.", name: `_dmarc.${label}`, txt: ["v=DMARC1; p=reject"], ttl: 300 });
    expect(Object.keys(json.resource).sort()).toEqual(["dns_a_record_set", "dns_aaaa_record_set", "dns_mx_record_set", "dns_txt_record_set"]);
    expect(Object.keys(json.resource.dns_a_record_set)).toHaveLength(2);
    expect(Object.keys(json.resource.dns_txt_record_set)).toHaveLength(2);

    const warnings = zone.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
    expect(warnings).toEqual([
      "CAA for feature-audio-fix--d68f6551.pairpac.example.org is not managed (hashicorp/dns has no CAA record type). To allow only Let's Encrypt, publish in the parent zone pairpac.example.org: 0 issue \"letsencrypt.org\".",
    ]);
    expect(zone.supportsCaa).toBe(false);
  });

  test("without mail and IPv6 only A records are written", () => {
    const s = stack();
    const zone = DnsZone.rfc2136(SERVER).bind(s, MAIN);
    const created = zone.addGatewayRecords({ ipv4: "198.51.100.7" });
    const json = synthChecked(s);
    expect(created).toHaveLength(1);
    expect(Object.keys(json.resource)).toEqual(["dns_a_record_set"]);
  });

  test("record construct ids are fixed: <type> at the apex, <type>-<name> below", () => {
    const s = stack();
    const zone = DnsZone.rfc2136(SERVER).bind(s, MAIN);
    zone.addGatewayRecords({ ipv4: "192.0.2.10", hostnames: ["mumble"], mail: true });
    expect(zone.node.children.map((c) => c.node.id).sort()).toEqual(["a", "a-mumble", "mx", "provider", "txt", "txt-_dmarc"]);
  });

  test("custom TTLs, port, algorithm and secret variable name", () => {
    const s = stack();
    const zone = DnsZone.rfc2136({ server: "2001:db8::53", port: 5353, keyName: "pairpac.key.", keyAlgorithm: "hmac-sha512", keySecretVariable: "tsig_secret", ttl: 600 }).bind(s, MAIN);
    const a = zone.addA("@", ["192.0.2.10"]);
    const txt = zone.addTxt("info", ["hello world"], { ttl: 60 });
    const json = synthChecked(s);

    expect(json.provider.dns[0].update).toEqual([{ server: "2001:db8::53", port: 5353, key_name: "pairpac.key.", key_algorithm: "hmac-sha512", key_secret: "${var.tsig_secret}" }]);
    expect(Object.keys(json.variable)).toEqual(["tsig_secret"]);
    expect(blockOf(json, a).ttl).toBe(600);
    expect(blockOf(json, txt)).toEqual({ provider: "dns", zone: "pairpac.example.org.", name: "info.main", txt: ["hello world"], ttl: 60 });
    expect(resolveIn(s, zone.acmeDnsChallenge.config)).toEqual({
      RFC2136_NAMESERVER: "[2001:db8::53]:5353",
      RFC2136_TSIG_ALGORITHM: "hmac-sha512.",
      RFC2136_TSIG_KEY: "pairpac.key.",
      RFC2136_TSIG_SECRET: "${var.tsig_secret}",
    });
  });

  test("tells the certificate how to answer DNS-01: lego rfc2136 with the trailing-dot algorithm", () => {
    const s = stack();
    const zone = DnsZone.rfc2136(SERVER).bind(s, MAIN);
    expect(zone.acmeDnsChallenge.provider).toBe("rfc2136");
    expect(zone.acmeDnsChallenge.dependsOn).toEqual([]);
    expect(resolveIn(s, zone.acmeDnsChallenge.config)).toEqual({
      RFC2136_NAMESERVER: "ns1.example.org:53",
      RFC2136_TSIG_ALGORITHM: "hmac-sha256.",
      RFC2136_TSIG_KEY: "pairpac.",
      RFC2136_TSIG_SECRET: "${var.dns_tsig_secret}",
    });
  });

  test("addresses may be Terraform tokens", () => {
    const s = stack();
    const zone = DnsZone.rfc2136(SERVER).bind(s, MAIN);
    const ip = new TerraformVariable(s, "gateway_ip", { type: "string" });
    const a = zone.addA("host", [ip.stringValue], { ttl: 120 });
    const json = synthChecked(s);
    expect(blockOf(json, a).addresses).toEqual(["${var.gateway_ip}"]);
  });

  test("absolute MX exchanges keep their name; relative ones are resolved in the branch zone", () => {
    const s = stack();
    const zone = DnsZone.rfc2136(SERVER).bind(s, MAIN);
    const mx = zone.addMx("@", [{ preference: 10, exchange: "@" }, { preference: 20, exchange: "backup" }, { preference: 30, exchange: "MX.Example.NET." }]);
    const json = synthChecked(s);
    expect(blockOf(json, mx).mx).toEqual([
      { preference: 10, exchange: "main.pairpac.example.org." },
      { preference: 20, exchange: "backup.main.pairpac.example.org." },
      { preference: 30, exchange: "mx.example.net." },
    ]);
  });

  describe("fails", () => {
    const bind = (props: Rfc2136ZoneProps, identity = MAIN) => DnsZone.rfc2136(props).bind(stack(), identity);

    test("fails for hmac-md5 with the reason (lego rejects it)", () => {
      expectPairPacError(() => DnsZone.rfc2136({ ...SERVER, keyAlgorithm: "hmac-md5" }), { field: "rfc2136.keyAlgorithm", value: "hmac-md5", problem: "is not supported: lego (the ACME library that answers the DNS-01 challenge) rejects HMAC-MD5, and MD5 is obsolete", fix: 'Use "hmac-sha256" (generate a key with `tsig-keygen -a hmac-sha256 pairpac`).' });
    });

    test("fails for an algorithm outside the dns provider's list", () => {
      expectPairPacError(() => DnsZone.rfc2136({ ...SERVER, keyAlgorithm: "HMAC-SHA256" }), { field: "rfc2136.keyAlgorithm", value: "HMAC-SHA256", problem: 'must be one of "hmac-sha1", "hmac-sha256", "hmac-sha512"' });
      expect(() => DnsZone.rfc2136({ ...SERVER, keyAlgorithm: "hmac-sha384" })).toThrow(PairPacError);
    });

    test("fails for a bad server, port or key name", () => {
      expectPairPacError(() => DnsZone.rfc2136({ ...SERVER, server: "ns1 example.org" }), { field: "rfc2136.server", problem: /^must be a domain name/ });
      expectPairPacError(() => DnsZone.rfc2136({ ...SERVER, server: "" }), { field: "rfc2136.server", problem: /^must be a non-empty domain name/ });
      expectPairPacError(() => DnsZone.rfc2136({ ...SERVER, port: 0 }), { field: "rfc2136.port", value: 0, problem: "must be an integer port between 1 and 65535" });
      expectPairPacError(() => DnsZone.rfc2136({ ...SERVER, port: 53.5 }), { field: "rfc2136.port" });
      expectPairPacError(() => DnsZone.rfc2136({ ...SERVER, keyName: "pair pac" }), { field: "rfc2136.keyName", problem: /^must be the TSIG key name/ });
      expectPairPacError(() => DnsZone.rfc2136({ ...SERVER, keyName: "" }), { field: "rfc2136.keyName" });
    });

    test("fails for a secret variable name Terraform would reject", () => {
      expectPairPacError(() => DnsZone.rfc2136({ ...SERVER, keySecretVariable: "9secret" }), { field: "rfc2136.keySecretVariable", problem: /^must be a Terraform variable name/ });
    });

    test("fails when the secret variable id is taken by another construct", () => {
      // the zone construct itself has the id "dns" at the top of the stack
      expectPairPacError(() => bind({ ...SERVER, keySecretVariable: "dns" }), { field: "keySecretVariable", value: "dns", problem: "is already the id of another construct at the top of the stack", fix: "Choose another variable name." });
    });

    test("fails when the parent zone does not contain the branch zone", () => {
      expectPairPacError(() => bind({ ...SERVER, parentZone: "other.example.org" }), { field: "parentZone", value: "other.example.org", problem: "must contain the branch zone main.pairpac.example.org", fix: 'Use the parent domain "pairpac.example.org" or a zone above it.' });
      expectPairPacError(() => bind({ ...SERVER, parentZone: "main.pairpac.example.org" }), { field: "parentZone", problem: /^must contain the branch zone/ });
    });

    test("fails for a TTL out of range", () => {
      expectPairPacError(() => DnsZone.rfc2136({ ...SERVER, ttl: 10 }), { field: "rfc2136.ttl", value: 10, problem: "must be an integer number of seconds between 30 and 86400", fix: "Use e.g. 300." });
      const zone = bind(SERVER);
      expectPairPacError(() => zone.addA("@", ["192.0.2.1"], { ttl: 100_000 }), { field: "ttl" });
    });

    test("fails for CAA: hashicorp/dns 3.4.3 has no CAA type; the fix names the parent zone", () => {
      const zone = bind(SERVER);
      expectPairPacError(() => zone.addCaa("@", [{ tag: "issue", value: "letsencrypt.org" }]), { field: "addCaa", value: "@", problem: "cannot be managed in a rfc2136 zone: hashicorp/dns 3.4.3 (@cdktf/provider-dns 9.0.1) has no CAA record type", fix: 'Publish `pairpac.example.org. CAA 0 issue "letsencrypt.org"` in the parent zone by hand (it covers every branch), or use DnsZone.oci(...).' });
    });

    test("fails for a second record set of the same type and name", () => {
      const zone = bind(SERVER);
      zone.addA("@", ["192.0.2.1"]);
      expectPairPacError(() => zone.addA("@", ["192.0.2.2"]), { field: "name", value: "@", problem: "already has a A record set in main.pairpac.example.org", fix: "Pass all values of a record set in one call." });
      zone.addA("www", ["192.0.2.1"]);
      expectPairPacError(() => zone.addA("WWW", ["192.0.2.2"]), { field: "name", problem: /^already has a A record set/ });
    });

    test("fails for addresses of the wrong family, duplicates or an empty list", () => {
      const zone = bind(SERVER);
      expectPairPacError(() => zone.addA("@", ["2001:db8::1"]), { field: "addresses[0]", value: "2001:db8::1", problem: "is not an IPv4 address", fix: 'Use e.g. "192.0.2.10".' });
      expectPairPacError(() => zone.addAaaa("@", ["192.0.2.1"]), { field: "addresses[0]", value: "192.0.2.1", problem: "is not an IPv6 address", fix: 'Use e.g. "2001:db8::10".' });
      expectPairPacError(() => zone.addA("@", []), { field: "addresses", problem: /^must be a non-empty list of IPv4 addresses/ });
      expectPairPacError(() => zone.addA("@", ["192.0.2.1", "192.0.2.1"]), { field: "addresses", problem: /^must not contain an address twice/ });
      expectPairPacError(() => zone.addA("@", ["192.0.2.256"]), { field: "addresses[0]", problem: /^is not an IPv4 address/ });
    });

    test("fails for record names that are absolute or not DNS labels", () => {
      const zone = bind(SERVER);
      expectPairPacError(() => zone.addA("www.main.pairpac.example.org.", ["192.0.2.1"]), { field: "name", problem: /^must be relative to the branch zone/ });
      expectPairPacError(() => zone.addA("web server", ["192.0.2.1"]), { field: "name", problem: /^must consist of labels/ });
      expectPairPacError(() => zone.addA("-web", ["192.0.2.1"]), { field: "name", problem: /^must consist of labels/ });
      expectPairPacError(() => zone.addA("", ["192.0.2.1"]), { field: "name", problem: /^must be "@"/ });
      expectPairPacError(() => zone.fqdn("a".repeat(64)), { field: "host", problem: /^must consist of labels/ });
    });

    test("fails for a host name that makes the DNS name longer than 253 characters", () => {
      const zone = bind(SERVER, FEATURE);
      const long = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(14)}`;
      expect(() => zone.fqdn(long.slice(1))).not.toThrow(); // 253 characters
      expectPairPacError(() => zone.fqdn(long), { field: "host", problem: /^makes the name 254 characters long; a DNS name has at most 253/ });
      expectPairPacError(() => zone.addA(long, ["192.0.2.1"]), { field: "name", problem: /^makes the name 254 characters long/ });
      expectPairPacError(() => zone.addGatewayRecords({ ipv4: "192.0.2.1", hostnames: ["ok", long] }), { field: "hostnames[1]", problem: /^makes the name 254 characters long/ });
      expect(zone.node.children.map((c) => c.node.id)).toEqual(["provider"]); // nothing was added
    });

    test("fails for bad MX and TXT records", () => {
      const zone = bind(SERVER);
      expectPairPacError(() => zone.addMx("@", [{ preference: 70_000, exchange: "@" }]), { field: "records[0].preference", value: 70000, problem: "must be an integer between 0 and 65535", fix: "Use 10." });
      expectPairPacError(() => zone.addMx("@", []), { field: "records", problem: /^must be a non-empty list/ });
      expectPairPacError(() => zone.addMx("@", [{ preference: 10, exchange: "mail server" }]), { field: "records[0].exchange", problem: /^must consist of labels/ });
      expectPairPacError(() => zone.addTxt("@", ["say \"hi\""]), { field: "values[0]", problem: /^must be a non-empty string of at most 255 printable characters without quotes or backslashes/ });
      expectPairPacError(() => zone.addTxt("@", ["x".repeat(256)]), { field: "values[0]" });
      expectPairPacError(() => zone.addTxt("@", []), { field: "values", problem: /^must be a non-empty list of strings/ });
    });

    test("fails when bound without a BranchIdentity", () => {
      expectPairPacError(() => DnsZone.rfc2136(SERVER).bind(stack(), { zoneName: "main.example.org" } as unknown as BranchIdentity),
        { field: "identity", value: { zoneName: "main.example.org" }, problem: "must be a BranchIdentity" });
    });
  });
});
