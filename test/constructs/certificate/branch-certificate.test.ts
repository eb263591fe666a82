import { TerraformStack, Testing } from "cdktf";
import {
  BranchCertificate, type BranchCertificateProps, FULLCHAIN_MAX_CHARS, ISSUER_PEM_MAX_CHARS, LEAF_PEM_MAX_CHARS,
  LETS_ENCRYPT_PRODUCTION_URL, LETS_ENCRYPT_STAGING_URL, P256_KEY_PEM_MAX_CHARS,
} from "../../../constructs/certificate";
import { leafPemMaxChars } from "../../../constructs/certificate/certificate-sizes";
import { type BranchDnsZone, DnsParent, DnsZone } from "../../../constructs/dns";
import type { OciBranchZone } from "../../../constructs/dns/private/oci-branch-zone";
import { applyPolicies } from "../../../constructs/policies";
import { TokenLengths } from "../../../constructs/private/token-lengths";
import { BranchIdentity } from "../../../src/identity";
import { blockOf, resolveIn, synthChecked } from "../dns/schema-check";
import { expectPairPacError } from "../../support/pairpac-error";

const MAIN = BranchIdentity.of({ branch: "main", parentDomain: "pairpac.example.org" });
const FEATURE = BranchIdentity.of({ branch: "feature/Audio_fix", parentDomain: "pairpac.example.org" });
const RFC2136 = DnsZone.rfc2136({ server: "ns1.example.org", keyName: "pairpac" });

function setup(identity = MAIN, zone: DnsZone = RFC2136): { stack: TerraformStack; zone: BranchDnsZone } {
  const stack = new TerraformStack(Testing.app(), "branch");
  return { stack, zone: zone.bind(stack, identity) };
}

function certificate(props: Partial<BranchCertificateProps> = {}, identity = MAIN, zone: DnsZone = RFC2136) {
  const { stack, zone: bound } = setup(identity, zone);
  const cert = new BranchCertificate(stack, "certificate", { zone: bound, emailAddress: "admin@example.org", ...props });
  return { stack, zone: bound, cert };
}

describe("leafPemMaxChars", () => {
  test("covers the measured 10-name leaf and shrinks with fewer names", () => {
    const tenNames = Array.from({ length: 10 }, (_, i) => `${"n".repeat(55)}${i}.example.org`.slice(0, i < 3 ? 62 : 61));
    const chars = tenNames.reduce((a, n) => a + n.length, 0);
    expect(chars).toBeGreaterThanOrEqual(613);
    expect(leafPemMaxChars(tenNames)).toBeGreaterThanOrEqual(2_256); // measured with OpenSSL for 613 name characters
    expect(leafPemMaxChars(["x".repeat(28) + ".example.org"])).toBe(1_712);
    expect(leafPemMaxChars([])).toBe(1_650);
  });
});

describe("BranchCertificate", () => {
  test("uses Let's Encrypt staging for a branch that is not listed as production", () => {
    const { stack, cert } = certificate();
    const json = synthChecked(stack);

    expect(cert.isStaging).toBe(true);
    expect(cert.serverUrl).toBe("https://acme-staging-v02.api.letsencrypt.org/directory");
    expect(LETS_ENCRYPT_STAGING_URL).toBe(cert.serverUrl);
    expect(json.provider.acme).toEqual([{ server_url: "https://acme-staging-v02.api.letsencrypt.org/directory" }]);
  });

  test("uses Let's Encrypt production for a production branch, and staging for every other branch", () => {
    const production = certificate({ productionBranches: ["main", "release"] });
    expect(production.cert.isStaging).toBe(false);
    expect(synthChecked(production.stack).provider.acme).toEqual([{ server_url: "https://acme-v02.api.letsencrypt.org/directory" }]);
    expect(LETS_ENCRYPT_PRODUCTION_URL).toBe("https://acme-v02.api.letsencrypt.org/directory");
    expect(blockOf(synthChecked(production.stack), production.cert.certificate).preferred_chain).toBe("ISRG Root X2");

    const feature = certificate({ productionBranches: ["main"] }, FEATURE);
    expect(feature.cert.isStaging).toBe(true);
    expect(synthChecked(feature.stack).provider.acme).toEqual([{ server_url: LETS_ENCRYPT_STAGING_URL }]);

    // exact branch names: a label that looks like "main" is not the branch "Main"
    const upper = certificate({ productionBranches: ["main"] }, BranchIdentity.of({ branch: "Main", parentDomain: "pairpac.example.org" }));
    expect(upper.cert.isStaging).toBe(true);
  });

  test("registers an ACME account with an ECDSA P-256 key from tls_private_key", () => {
    const { stack, cert } = certificate();
    const json = synthChecked(stack);

    expect(blockOf(json, cert.accountKey)).toEqual({ provider: "tls", algorithm: "ECDSA", ecdsa_curve: "P256" });
    expect(blockOf(json, cert.registration)).toEqual({
      provider: "acme",
      account_key_pem: `\${tls_private_key.${cert.accountKey.friendlyUniqueId}.private_key_pem}`,
      email_address: "admin@example.org",
    });
    expect(json.provider.tls).toEqual([{}]);
    expect(cert.node.children.map((c) => c.node.id)).toEqual(["account-key", "registration", "certificate"]);
  });

  test("requests a P-256 certificate for the apex and the service host names, solved with the zone's RFC 2136 server", () => {
    const { stack, cert } = certificate({ hostnames: ["mumble", "mail"] });
    const json = synthChecked(stack);

    expect(cert.names).toEqual(["main.pairpac.example.org", "mumble.main.pairpac.example.org", "mail.main.pairpac.example.org"]);
    expect(blockOf(json, cert.certificate)).toEqual({
      provider: "acme",
      account_key_pem: `\${acme_registration.${cert.registration.friendlyUniqueId}.account_key_pem}`,
      subject_alternative_names: ["main.pairpac.example.org", "mumble.main.pairpac.example.org", "mail.main.pairpac.example.org"],
      key_type: "P256",
      preferred_chain: "(STAGING) Bogus Broccoli X2",
      min_days_remaining: 30,
      dns_challenge: [{
        provider: "rfc2136",
        config: {
          RFC2136_NAMESERVER: "ns1.example.org:53",
          RFC2136_TSIG_ALGORITHM: "hmac-sha256.",
          RFC2136_TSIG_KEY: "pairpac.",
          RFC2136_TSIG_SECRET: "${var.dns_tsig_secret}",
        },
      }],
    });
  });

  test("with an OCI zone, uses lego oraclecloud and waits for the zone, its delegation and the delegation wait", () => {
    const oci = DnsZone.oci({ parent: DnsParent.oci(), compartmentId: "ocid1.compartment.oc1..branch", region: "eu-frankfurt-1" });
    const { stack, zone, cert } = certificate({ minDaysRemaining: 20 }, MAIN, oci);
    const json = synthChecked(stack);
    const ociZone = zone as OciBranchZone;

    const block = blockOf(json, cert.certificate);
    // the default lego authentication: every credential from sensitive variables, under lego's primary names
    expect(block.dns_challenge).toEqual([{ provider: "oraclecloud", config: {
      OCI_COMPARTMENT_OCID: "ocid1.compartment.oc1..branch", OCI_PROPAGATION_TIMEOUT: "600", OCI_POLLING_INTERVAL: "10",
      OCI_TENANCY_OCID: "${var.pairpac_acme_oci_tenancy_ocid}", OCI_USER_OCID: "${var.pairpac_acme_oci_user_ocid}",
      OCI_PUBKEY_FINGERPRINT: "${var.pairpac_acme_oci_fingerprint}", OCI_PRIVKEY: "${base64encode(var.pairpac_acme_oci_private_key)}",
      OCI_PRIVKEY_PASS: "${var.pairpac_acme_oci_private_key_password}", OCI_REGION: "eu-frankfurt-1",
    } }]);
    expect(block.min_days_remaining).toBe(20);
    expect(block.depends_on).toEqual([
      `oci_dns_zone.${ociZone.zone.friendlyUniqueId}`,
      `oci_dns_rrset.${ociZone.delegation.friendlyUniqueId}`,
      `time_sleep.${ociZone.delegationWait.friendlyUniqueId}`,
    ]);
  });

  test("exposes the full chain (leaf then issuers), the issuer chain and the private key as tokens", () => {
    const { stack, cert } = certificate();
    const ref = `acme_certificate.${cert.certificate.friendlyUniqueId}`;
    expect(resolveIn(stack, cert.certificatePem)).toBe(`\${${ref}.certificate_pem}\${${ref}.issuer_pem}`);
    expect(resolveIn(stack, cert.leafCertificatePem)).toBe(`\${${ref}.certificate_pem}`);
    expect(resolveIn(stack, cert.issuerPem)).toBe(`\${${ref}.issuer_pem}`);
    expect(resolveIn(stack, cert.privateKeyPem)).toBe(`\${${ref}.private_key_pem}`);
    expect(resolveIn(stack, cert.notAfter)).toBe(`\${${ref}.certificate_not_after}`);
  });

  test("declares worst-case lengths of every token for the user-data budget", () => {
    const { stack, cert } = certificate();
    const sum = (text: string) => [...TokenLengths.forText(stack, text).values()].reduce((a, b) => a + b, 0);
    expect(sum(cert.leafCertificatePem)).toBe(1_690); // one 24-character name
    expect(sum(cert.leafCertificatePem)).toBe(leafPemMaxChars(cert.names));
    expect(sum(cert.issuerPem)).toBe(4_000);
    expect(sum(cert.privateKeyPem)).toBe(300);
    expect(TokenLengths.forText(stack, cert.certificatePem).size).toBe(2);
    expect(sum(cert.certificatePem)).toBe(1_690 + 4_000);
    expect(sum(cert.certificatePem)).toBeLessThanOrEqual(FULLCHAIN_MAX_CHARS);
    expect(LEAF_PEM_MAX_CHARS + ISSUER_PEM_MAX_CHARS).toBe(FULLCHAIN_MAX_CHARS);
    expect(FULLCHAIN_MAX_CHARS).toBe(6_400);
    expect(P256_KEY_PEM_MAX_CHARS).toBe(300);
    // matched by resolved value: a fresh token of the same attribute gets the same length
    expect(sum(`key: ${cert.certificate.privateKeyPem}`)).toBe(300);
  });

  test("shares the stack's acme and tls providers", () => {
    const { stack, zone } = setup();
    new BranchCertificate(stack, "one", { zone, emailAddress: "a@example.org" });
    new BranchCertificate(stack, "two", { zone, emailAddress: "a@example.org", hostnames: ["x"] });
    const json = synthChecked(stack);
    expect(json.provider.acme).toHaveLength(1);
    expect(json.provider.tls).toHaveLength(1);
  });

  test("passes the default policies: the TSIG secret reaches the dns provider only as a sensitive variable", () => {
    for (const zone of [RFC2136, DnsZone.oci({ parent: DnsParent.rfc2136({ server: "ns1.example.org", keyName: "k" }), compartmentId: "ocid1.compartment.oc1..b", region: "eu-frankfurt-1" })]) {
      const { stack } = certificate({}, MAIN, zone);
      applyPolicies(stack);
      expect(() => synthChecked(stack)).not.toThrow();
    }
  });

  describe("fails", () => {
    test("fails for an address that is not an e-mail address", () => {
      expectPairPacError(() => certificate({ emailAddress: "admin" }), { field: "emailAddress", value: "admin", problem: "must be an e-mail address", fix: 'Use the address of whoever runs the deployment, e.g. "admin@example.org".' });
      expectPairPacError(() => certificate({ emailAddress: "a b@example.org" }), { field: "emailAddress" });
      expectPairPacError(() => certificate({ emailAddress: undefined as unknown as string }), { field: "emailAddress" });
    });

    test("fails for production branches that are not a list of names", () => {
      expectPairPacError(() => certificate({ productionBranches: "main" as unknown as string[] }), { field: "productionBranches", value: "main", problem: "must be a list of non-empty branch names", fix: 'Use e.g. ["main"].' });
      expectPairPacError(() => certificate({ productionBranches: [""] }), { field: "productionBranches" });
    });

    test("fails for a renewal threshold outside 1-60 days", () => {
      expectPairPacError(() => certificate({ minDaysRemaining: 0 }), { field: "minDaysRemaining", value: 0, problem: "must be an integer number of days between 1 and 60", fix: "Use 30: Let's Encrypt certificates last 90 days, so renewal starts 60 days after issue." });
      expectPairPacError(() => certificate({ minDaysRemaining: 61 }), { field: "minDaysRemaining" });
      expectPairPacError(() => certificate({ minDaysRemaining: 7.5 }), { field: "minDaysRemaining" });
    });

    test("fails for repeated names, including the apex", () => {
      expectPairPacError(() => certificate({ hostnames: ["mumble", "Mumble"] }), { field: "hostnames", value: ["mumble","Mumble"], problem: "name mumble.main.pairpac.example.org appears twice (the apex is always included)", fix: 'List each service host name once, without "@".' });
      expectPairPacError(() => certificate({ hostnames: ["@"] }), { field: "hostnames", problem: /^name main\.pairpac\.example\.org appears twice/ });
    });

    test("fails for host names that are not names in the zone", () => {
      expectPairPacError(() => certificate({ hostnames: ["mumble.example.org."] }), { field: "host", problem: /^must be relative to the branch zone/ });
    });

    test("fails for more names than fit the declared certificate size", () => {
      const eleven = Array.from({ length: 10 }, (_, i) => `h${i}`);
      expectPairPacError(() => certificate({ hostnames: eleven }), { field: "hostnames", problem: /^give 11 names of \d+ characters together; at most 10 names of 600 characters fit the declared certificate size/ });
      const long = ["a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(63), "e".repeat(63), "f".repeat(63)];
      expectPairPacError(() => certificate({ hostnames: long }, FEATURE), { field: "hostnames", problem: /^give 7 names of 713 characters together/ });
    });

    test("fails without a BranchDnsZone", () => {
      const stack = new TerraformStack(Testing.app(), "branch");
      expectPairPacError(() => new BranchCertificate(stack, "certificate", { zone: "main.pairpac.example.org" as unknown as BranchDnsZone, emailAddress: "a@example.org" }),
        { field: "zone", value: "main.pairpac.example.org", problem: "must be the branch's DNS zone (a BranchDnsZone)" });
    });

    test("fails for a second certificate of the stack from another ACME directory", () => {
      const { stack, zone } = setup();
      new BranchCertificate(stack, "one", { zone, emailAddress: "a@example.org" });
      expectPairPacError(() => new BranchCertificate(stack, "two", { zone, emailAddress: "a@example.org", productionBranches: ["main"], hostnames: ["x"] }), { field: "serverUrl", value: "https://acme-v02.api.letsencrypt.org/directory", problem: 'differs from the ACME directory "https://acme-staging-v02.api.letsencrypt.org/directory" already configured in this stack', fix: "Use one ACME directory (production or staging) per stack." });
    });
  });
});
