import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { Token } from "cdktf";
import { Construct } from "constructs";
import { Certificate } from "../../.gen/providers/acme/certificate";
import { Registration } from "../../.gen/providers/acme/registration";
import { invalid } from "../../src/errors";
import type { BranchIdentity } from "../../src/identity";
import { BranchDnsZone } from "../dns/branch-dns-zone";
import { TokenLengths } from "../private/token-lengths";
import {
  ISSUER_PEM_MAX_CHARS, leafPemMaxChars, MAX_CERTIFICATE_NAMES, MAX_CERTIFICATE_NAME_CHARS, P256_KEY_PEM_MAX_CHARS,
} from "./certificate-sizes";
import { LETS_ENCRYPT_PREFERRED_CHAIN, LETS_ENCRYPT_PRODUCTION_URL, LETS_ENCRYPT_STAGING_PREFERRED_CHAIN, LETS_ENCRYPT_STAGING_URL } from "./lets-encrypt";
import { stackAcmeProvider, stackTlsProvider } from "./private/stack-providers";

/** Default renewal threshold: Terraform renews when fewer days than this remain. */
export const DEFAULT_MIN_DAYS_REMAINING = 30;

/** Settings of {@link BranchCertificate}. */
export interface BranchCertificateProps {
  /** The branch's DNS zone: the certificate covers its apex, and its strategy answers the DNS-01 challenge. */
  readonly zone: BranchDnsZone;
  /** Contact e-mail address of the ACME account. */
  readonly emailAddress: string;
  /**
   * Service host names inside the zone (relative, e.g. `["mumble"]`) that the certificate also covers.
   * @default - only the zone apex
   */
  readonly hostnames?: readonly string[];
  /**
   * Git branch names (exactly as Git prints them) that get a trusted certificate from Let's Encrypt production;
   * every other branch gets one from Let's Encrypt staging (untrusted test roots, high rate limits).
   * @default - none: every branch uses staging
   */
  readonly productionBranches?: readonly string[];
  /**
   * Renew the certificate at the first `cdktf deploy` when fewer than this many days of validity remain
   * (1-60).
   * @default 30
   */
  readonly minDaysRemaining?: number;
}

/**
 * A Let's Encrypt certificate for a branch: an ACME account (`acme_registration` with an ECDSA P-256 key from
 * `tls_private_key`) and an `acme_certificate` with a P-256 key (small, to keep user-data small) for the zone
 * apex and the service host names, validated by DNS-01 through the zone's own DNS strategy.
 *
 * Branches listed in `productionBranches` use Let's Encrypt production, every other branch staging.
 *
 * Renewal happens only when Terraform runs: at each plan the provider checks the remaining validity, and when
 * fewer than `minDaysRemaining` days remain the apply obtains a new certificate, which changes the gateway's
 * user-data and so replaces the gateway instance. Run `cdktf deploy` at least every 60 days (90-day
 * certificates, 30 days threshold), e.g. from a scheduled CI job.
 *
 * Construct ids (fixed): `account-key`, `registration`, `certificate`; the stack-level providers `AcmeProvider`
 * and `TlsProvider` are created when missing.
 */
export class BranchCertificate extends Construct {
  /** The branch. */
  public readonly identity: BranchIdentity;
  /** Whether the certificate comes from Let's Encrypt staging (not trusted by browsers). */
  public readonly isStaging: boolean;
  /** ACME directory URL used. */
  public readonly serverUrl: string;
  /** Names the certificate covers, apex first (absolute, no trailing dot). */
  public readonly names: readonly string[];
  /** Renewal threshold in days. */
  public readonly minDaysRemaining: number;
  /**
   * Full chain PEM: the leaf followed by the issuer chain (`${certificate_pem}${issuer_pem}`), as nginx,
   * Dovecot and Mumble expect. Token; at most FULLCHAIN_MAX_CHARS characters.
   */
  public readonly certificatePem: string;
  /** Leaf certificate PEM only (token; at most LEAF_PEM_MAX_CHARS characters). */
  public readonly leafCertificatePem: string;
  /** Issuer chain PEM (token; at most ISSUER_PEM_MAX_CHARS characters). */
  public readonly issuerPem: string;
  /** The certificate's private key, P-256, PEM (sensitive token; at most P256_KEY_PEM_MAX_CHARS characters). */
  public readonly privateKeyPem: string;
  /** Expiry of the current certificate, RFC 3339 (token). */
  public readonly notAfter: string;
  /** The `tls_private_key` of the ACME account. */
  public readonly accountKey: PrivateKey;
  /** The `acme_registration`. */
  public readonly registration: Registration;
  /** The `acme_certificate`. */
  public readonly certificate: Certificate;

  /**
   * @param scope parent construct
   * @param id construct id, e.g. `certificate`
   * @param props settings
   */
  public constructor(scope: Construct, id: string, props: BranchCertificateProps) {
    super(scope, id);
    if (typeof props !== "object" || props === null || !(props.zone instanceof BranchDnsZone)) {
      throw invalid("zone", props?.zone, "must be the branch's DNS zone (a BranchDnsZone)", "Pass DnsZone.rfc2136({...}).bind(stack, identity) or DnsZone.oci({...}).bind(...).");
    }
    const zone = props.zone;
    const productionBranches = props.productionBranches ?? [];
    const minDaysRemaining = props.minDaysRemaining ?? DEFAULT_MIN_DAYS_REMAINING;
    const hostnames = props.hostnames ?? [];

    checkEmail(props.emailAddress);
    if (!Array.isArray(productionBranches) || productionBranches.some((b) => typeof b !== "string" || b.length === 0)) {
      throw invalid("productionBranches", productionBranches, "must be a list of non-empty branch names", "Use e.g. [\"main\"].");
    }
    if (typeof minDaysRemaining !== "number" || !Number.isInteger(minDaysRemaining) || minDaysRemaining < 1 || minDaysRemaining > 60) {
      throw invalid("minDaysRemaining", minDaysRemaining, "must be an integer number of days between 1 and 60",
        "Use 30: Let's Encrypt certificates last 90 days, so renewal starts 60 days after issue.");
    }
    if (!Array.isArray(hostnames)) {
      throw invalid("hostnames", hostnames, "must be a list of host names relative to the zone", "Use e.g. [\"mumble\"].");
    }
    const names = [zone.fqdn(), ...hostnames.map((host) => zone.fqdn(host))];
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate !== undefined) {
      throw invalid("hostnames", hostnames, `name ${duplicate} appears twice (the apex is always included)`, "List each service host name once, without \"@\".");
    }
    const nameChars = names.reduce((sum, name) => sum + name.length, 0);
    if (names.length > MAX_CERTIFICATE_NAMES || nameChars > MAX_CERTIFICATE_NAME_CHARS) {
      throw invalid("hostnames", hostnames, `give ${names.length} names of ${nameChars} characters together; at most ${MAX_CERTIFICATE_NAMES} names of ${MAX_CERTIFICATE_NAME_CHARS} characters fit the declared certificate size`,
        "Use fewer or shorter service host names.");
    }

    this.identity = zone.identity;
    this.isStaging = !productionBranches.includes(zone.identity.branch);
    this.serverUrl = this.isStaging ? LETS_ENCRYPT_STAGING_URL : LETS_ENCRYPT_PRODUCTION_URL;
    this.names = Object.freeze(names);
    this.minDaysRemaining = minDaysRemaining;

    const acme = stackAcmeProvider(this, this.serverUrl);
    this.accountKey = new PrivateKey(this, "account-key", {
      provider: stackTlsProvider(this),
      algorithm: "ECDSA",
      ecdsaCurve: "P256",
    });
    this.registration = new Registration(this, "registration", {
      provider: acme,
      accountKeyPem: this.accountKey.privateKeyPem,
      emailAddress: props.emailAddress,
    });
    const challenge = zone.acmeDnsChallenge;
    this.certificate = new Certificate(this, "certificate", {
      provider: acme,
      // The registration's key (not the tls key directly), so the account exists before the order.
      accountKeyPem: this.registration.accountKeyPem,
      subjectAlternativeNames: [...names],
      keyType: "P256",
      // Short chain when the CA offers it; otherwise lego keeps the default chain (sizes are budgeted for both).
      preferredChain: this.isStaging ? LETS_ENCRYPT_STAGING_PREFERRED_CHAIN : LETS_ENCRYPT_PREFERRED_CHAIN,
      minDaysRemaining,
      dnsChallenge: [{ provider: challenge.provider, config: { ...challenge.config } }],
      dependsOn: challenge.dependsOn.length > 0 ? [...challenge.dependsOn] : undefined,
    });

    this.leafCertificatePem = TokenLengths.declare(this, this.certificate.certificatePem, leafPemMaxChars(names));
    this.issuerPem = TokenLengths.declare(this, this.certificate.issuerPem, ISSUER_PEM_MAX_CHARS);
    this.certificatePem = `${this.leafCertificatePem}${this.issuerPem}`;
    this.privateKeyPem = TokenLengths.declare(this, this.certificate.privateKeyPem, P256_KEY_PEM_MAX_CHARS);
    this.notAfter = this.certificate.certificateNotAfter;
  }
}

function checkEmail(value: unknown): void {
  if (typeof value !== "string" || (!Token.isUnresolved(value) && !/^[^@\s"<>()[\],;:\\]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value))) {
    throw invalid("emailAddress", value, "must be an e-mail address", "Use the address of whoever runs the deployment, e.g. \"admin@example.org\".");
  }
}
