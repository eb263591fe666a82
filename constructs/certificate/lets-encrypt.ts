/*
 * Let's Encrypt ACME directories (checked on letsencrypt.org/docs/staging-environment and in the acme provider's
 * docs). Staging issues certificates from untrusted test roots, with far higher rate limits: right for
 * throwaway branches. Production is trusted by browsers and limited to 50 certificates per registered domain
 * per week.
 */

/** Let's Encrypt production directory URL. */
export const LETS_ENCRYPT_PRODUCTION_URL = "https://acme-v02.api.letsencrypt.org/directory";

/** Let's Encrypt staging directory URL (untrusted test roots, high rate limits). */
export const LETS_ENCRYPT_STAGING_URL = "https://acme-staging-v02.api.letsencrypt.org/directory";

/**
 * Root of the short ECDSA chain in production: leaf ← E-series intermediate ← ISRG Root X2. Without a preference
 * Let's Encrypt may add ISRG Root X2 cross-signed by X1 (another ~1.3 kB of PEM in the gateway's user-data).
 * Every current browser and OS trusts ISRG Root X2 directly.
 */
export const LETS_ENCRYPT_PREFERRED_CHAIN = "ISRG Root X2";

/** The staging counterpart of {@link LETS_ENCRYPT_PREFERRED_CHAIN} (root names checked on letsencrypt.org/docs/staging-environment and acme.sh's "Preferred Chain" wiki page). */
export const LETS_ENCRYPT_STAGING_PREFERRED_CHAIN = "(STAGING) Bogus Broccoli X2";
