/*
 * Declared worst-case lengths (characters) of the certificate values that end up in user-data, for the
 * user-data size budget. They hold as long as MAX_CERTIFICATE_NAMES and MAX_CERTIFICATE_NAME_CHARS hold, which
 * BranchCertificate enforces.
 *
 * How they were derived: a Let's Encrypt-like P-256 leaf (SKI, AKI, AIA with CA-issuers and OCSP URLs, CRL
 * distribution point, policy, a 250-byte SCT list, serverAuth+clientAuth) with 10 names of 613 characters in
 * total, signed by a P-384 key, is 1,624 bytes of DER and 2,256 characters of PEM (measured with OpenSSL);
 * 2,400 leaves a margin. `issuer_pem` holds every certificate after the leaf: for ECDSA keys Let's Encrypt
 * sends an ECDSA intermediate (E5-E9, about 1,500 PEM characters) and may add ISRG Root X2 cross-signed by
 * ISRG Root X1 (RSA-4096 signature, about 1,950); two RSA intermediates would be about 1,850 each. 4,000 covers
 * two intermediates of either kind. The P-256 private key is 227 characters as SEC 1 PEM and 241 as PKCS #8.
 */

/** Most names (apex + service host names) in one certificate. */
export const MAX_CERTIFICATE_NAMES = 10;

/** Most characters of all names of one certificate together. */
export const MAX_CERTIFICATE_NAME_CHARS = 600;

/** Longest leaf certificate PEM (`acme_certificate.certificate_pem`), in characters, for any allowed names. */
export const LEAF_PEM_MAX_CHARS = 2_400;

/**
 * Longest leaf certificate PEM for these names: everything but the SAN list (at most 1,650 PEM characters in the
 * measured leaf: 2,256 minus the 613 name characters and their 2-byte DER headers, as base64) plus the names with
 * their DER headers, as base64, with 5% margin. 10 names of 613 characters give 2,565 (measured: 2,256); one
 * 40-character name gives 1,712.
 */
export function leafPemMaxChars(names: readonly string[]): number {
  const sanBytes = names.reduce((sum, n) => sum + n.length + 4, 0);
  return Math.min(LEAF_PEM_MAX_CHARS + 200, 1_650 + Math.ceil(((sanBytes * 4) / 3) * 1.05));
}

/** Longest issuer chain PEM (`acme_certificate.issuer_pem`), in characters. */
export const ISSUER_PEM_MAX_CHARS = 4_000;

/** Longest full chain (leaf followed by issuers, `BranchCertificate.certificatePem`), in characters. */
export const FULLCHAIN_MAX_CHARS = LEAF_PEM_MAX_CHARS + ISSUER_PEM_MAX_CHARS;

/** Longest P-256 private key PEM (`acme_certificate.private_key_pem`), in characters. */
export const P256_KEY_PEM_MAX_CHARS = 300;
