/**
 * How PairPac reaches a DNS server that accepts dynamic updates (RFC 2136) signed with a TSIG key (RFC 8945),
 * e.g. BIND, Knot DNS or PowerDNS. Used by both `DnsZone.rfc2136` and `DnsParent.rfc2136`.
 *
 * The TSIG secret never appears in code or in the synthesized JSON: it is the sensitive Terraform variable
 * named by {@link keySecretVariable} (set it with `TF_VAR_dns_tsig_secret` or a `*.tfvars` file kept out of Git).
 */
export interface Rfc2136ServerProps {
  /** Host name or IP address of the primary server that accepts the updates, e.g. `ns1.example.org`. */
  readonly server: string;
  /**
   * Port of the server.
   * @default 53
   */
  readonly port?: number;
  /** Name of the TSIG key as configured on the server, e.g. `pairpac` (a trailing dot is added when missing). */
  readonly keyName: string;
  /**
   * HMAC algorithm of the TSIG key: one of `hmac-sha1`, `hmac-sha256`, `hmac-sha512` (the algorithms both the
   * hashicorp/dns provider and lego, the ACME library, accept; `hmac-md5` is rejected because lego does not
   * support it and MD5 is obsolete).
   * @default "hmac-sha256"
   */
  readonly keyAlgorithm?: string;
  /**
   * Name of the sensitive Terraform variable that holds the base64-encoded TSIG secret; created in the stack
   * when it does not exist yet.
   * @default "dns_tsig_secret"
   */
  readonly keySecretVariable?: string;
}
