/**
 * The shapes of cloud identifiers, one definition each, used by the settings and the constructs alike.
 *
 * They check the form only (a typo, a value pasted into the wrong field); whether the region, compartment or
 * bucket exists is for the cloud to say at deploy time.
 */

/**
 * An AWS region name: a partition prefix of 2-4 letters, one or more words, a number, e.g. `eu-central-1`,
 * `us-gov-west-1`, `us-isob-east-1`.
 */
export const AWS_REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

/** An OCI region identifier: a two-letter area, one or more words, a number, e.g. `eu-frankfurt-1`, `us-gov-ashburn-1`. */
export const OCI_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/**
 * The pattern of an OCID of one of `types` (all types when none is given):
 * `ocid1.<type>.<realm>.[region][.future use].<unique id>`, e.g. `ocid1.tenancy.oc1..aaaa…`.
 */
export function ocidPattern(...types: readonly string[]): RegExp {
  const type = types.length === 0 ? "[a-z][a-z0-9-]*" : `(?:${types.join("|")})`;
  return new RegExp(`^ocid1\\.${type}\\.oc\\d+\\.[a-z0-9-]*(\\.[a-z0-9-]+)?\\.[a-z0-9]+$`);
}

/** The OCID of a tenancy or a compartment (either can be the parent of a compartment). */
export const COMPARTMENT_OCID: RegExp = ocidPattern("tenancy", "compartment");

/** The characters and length of an S3 bucket name (see {@link isS3BucketName} for the whole rule). */
export const S3_BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * True for a valid S3 bucket name: 3-63 lower-case letters, digits, dots and hyphens, starting and ending with a
 * letter or digit, no `..`, not an IPv4 address, not starting with `xn--`.
 */
export function isS3BucketName(name: string): boolean {
  return S3_BUCKET_NAME.test(name) && !name.includes("..") && !/^\d+\.\d+\.\d+\.\d+$/.test(name) && !name.startsWith("xn--");
}
