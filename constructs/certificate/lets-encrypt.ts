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
