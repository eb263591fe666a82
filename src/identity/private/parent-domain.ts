import { domainToASCII } from "node:url";
import { invalid } from "../../errors";

/** Longest name DNS allows in text form (255 octets on the wire). */
export const MAX_DOMAIN_NAME_LENGTH = 253;

/** Longest DNS label. */
export const MAX_LABEL_LENGTH = 63;

/**
 * Room kept inside every branch zone for one more label of up to 15 characters plus its dot, so that
 * `_acme-challenge.<zone>` (certificate validation) and host names such as `mail.<zone>` stay within 253 characters.
 */
export const RESERVED_INSIDE_ZONE = "_acme-challenge.".length;

/**
 * Longest parent domain: 253 - 63 (branch label) - 1 (its dot) - 16 (`_acme-challenge.`) = 173 characters, so
 * every branch zone is a valid name whatever the branch.
 */
export const MAX_PARENT_DOMAIN_LENGTH = MAX_DOMAIN_NAME_LENGTH - MAX_LABEL_LENGTH - 1 - RESERVED_INSIDE_ZONE;

const FIELD = "parentDomain";

/**
 * Validates the domain under which branch zones are created and returns it normalised: lower case, without the
 * trailing dot. Throws a PairPacError naming the rule that failed.
 */
export function normaliseParentDomain(value: unknown): string {
  if (typeof value !== "string") {
    throw invalid(FIELD, value, "must be a string", "Pass the domain under which each branch gets its zone, e.g. \"pairpac.example.org\".");
  }
  if (value.length === 0 || value === ".") {
    throw invalid(FIELD, value, "must not be empty", "Pass the domain under which each branch gets its zone, e.g. \"pairpac.example.org\".");
  }
  if (/\P{ASCII}/u.test(value)) {
    const ascii = domainToASCII(value.replace(/\.$/, ""));
    const fix = ascii.length > 0
      ? `Write internationalised domains in their ASCII (xn--) form: ${JSON.stringify(ascii)}.`
      : "Write internationalised domains in their ASCII (xn--) form.";
    throw invalid(FIELD, value, "must be ASCII", fix);
  }
  const domain = value.replace(/\.$/, "").toLowerCase();
  const labels = domain.split(".");
  for (const label of labels) {
    if (label.length === 0) {
      throw invalid(FIELD, value, "must not contain an empty label (a leading dot or \"..\")", `Use e.g. ${JSON.stringify(labels.filter((l) => l.length > 0).join("."))}.`);
    }
    if (label.length > MAX_LABEL_LENGTH) {
      throw invalid(FIELD, value, `must not contain a label longer than ${MAX_LABEL_LENGTH} characters (${JSON.stringify(label)} has ${label.length})`,
        "Use a domain whose labels are at most 63 characters long.");
    }
    if (!/^[a-z0-9-]+$/.test(label)) {
      throw invalid(FIELD, value, `must contain only letters, digits, "-" and "." (label ${JSON.stringify(label)})`,
        "Use a host name such as \"pairpac.example.org\" (no spaces, underscores, slashes or a URL scheme).");
    }
    if (label.startsWith("-") || label.endsWith("-")) {
      throw invalid(FIELD, value, `must not contain a label starting or ending with "-" (${JSON.stringify(label)})`,
        "Use a valid host name such as \"pairpac.example.org\".");
    }
  }
  if (labels.length < 2) {
    throw invalid(FIELD, value, "must have at least two labels", "Use a domain you control with at least two labels, e.g. \"pairpac.example.org\".");
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1])) {
    throw invalid(FIELD, value, "must not end with an all-numeric label (it would read as an IP address)",
      "Use a domain name such as \"pairpac.example.org\", not an address.");
  }
  if (domain.length > MAX_PARENT_DOMAIN_LENGTH) {
    throw invalid(FIELD, value, `is ${domain.length} characters long; at most ${MAX_PARENT_DOMAIN_LENGTH} leave room in 253 for the branch label (63), its dot and "_acme-challenge."`,
      "Use a shorter parent domain.");
  }
  return domain;
}
