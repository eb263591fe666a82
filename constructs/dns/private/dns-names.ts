/**
 * Checks for DNS names, record names, addresses and TTLs used by the DNS constructs. Pure functions: each returns
 * the normalised value or throws a PairPacError naming the field.
 */
import { isIPv4, isIPv6 as netIsIPv6 } from "node:net";
import { Token } from "cdktf";
import { invalid } from "../../../src/errors";

/**
 * `net.isIPv6`, asked only of strings with a colon (every IPv6 address has one): its first call compiles a large
 * regular expression (about 10 ms), which a synth of host names never needs.
 */
function isIPv6(value: string): boolean {
  return value.includes(":") && netIsIPv6(value);
}

/** One DNS label: letters, digits and inner hyphens, 1-63 octets (RFC 1035, RFC 1123). */
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** A label of a service name such as `_dmarc` or `_acme-challenge`: a leading underscore is allowed. */
const SERVICE_LABEL = /^(?=.{1,63}$)_?(?!-)[a-z0-9-]+(?<!-)$/;

/** Longest DNS name in presentation form without the trailing dot (RFC 1035: 255 octets on the wire). */
export const MAX_NAME_LENGTH = 253;

/** The name PairPac uses for the apex of the branch zone in record APIs, as in zone files. */
export const APEX = "@";

/**
 * Normalises an absolute domain name (a zone or host): lower case, no trailing dot. Every label must be a host
 * label (no underscore), the whole name at most 253 characters.
 */
export function normaliseDomain(field: string, value: unknown): string {
  if (typeof value !== "string" || value.length === 0) {
    throw invalid(field, value, "must be a non-empty domain name", "Use e.g. \"example.org\".");
  }
  const name = value.toLowerCase().replace(/\.$/, "");
  if (name.length > MAX_NAME_LENGTH) {
    throw invalid(field, value, `is ${name.length} characters long; a DNS name has at most ${MAX_NAME_LENGTH}`, "Use a shorter name.");
  }
  const labels = name.split(".");
  if (labels.length < 1 || labels.some((label) => !HOST_LABEL.test(label))) {
    throw invalid(field, value, "must be a domain name of letters, digits and inner hyphens, labels of 1 to 63 characters separated by dots",
      "Use e.g. \"example.org\" (no spaces, no underscores, no leading or trailing hyphen in a label).");
  }
  return name;
}

/**
 * Checks a record name relative to the branch zone: `@` for the apex, otherwise one or more labels such as
 * `mumble` or `_dmarc` (an underscore may start a label). Returns it in lower case.
 */
export function normaliseRecordName(field: string, value: unknown): string {
  if (value === APEX) {
    return APEX;
  }
  if (typeof value !== "string" || value.length === 0) {
    throw invalid(field, value, "must be \"@\" for the zone apex or a relative name such as \"mumble\"", "Pass \"@\" or a name inside the branch zone.");
  }
  if (value.endsWith(".")) {
    throw invalid(field, value, "must be relative to the branch zone (it ends with a dot, so it is absolute)",
      "Drop the trailing dot and the zone name, e.g. \"mumble\" for mumble.<branch zone>.");
  }
  const name = value.toLowerCase();
  if (name.split(".").some((label) => !SERVICE_LABEL.test(label))) {
    throw invalid(field, value, "must consist of labels of letters, digits and inner hyphens (a label may start with \"_\")",
      "Use e.g. \"mumble\", \"mail\" or \"_dmarc\".");
  }
  return name;
}

/** Joins a relative record name and a zone into an absolute name without trailing dot. */
export function absoluteName(name: string, zone: string): string {
  return name === APEX ? zone : `${name}.${zone}`;
}

/**
 * `name` relative to `zone` (both absolute, without trailing dot): `@` when they are equal, undefined when `name`
 * is not inside `zone`.
 */
export function relativeTo(name: string, zone: string): string | undefined {
  if (name === zone) {
    return APEX;
  }
  return name.endsWith(`.${zone}`) ? name.slice(0, -(zone.length + 1)) : undefined;
}

/** Whether `name` lies strictly below `zone` (both absolute, without trailing dot). */
export function isBelow(name: string, zone: string): boolean {
  return name.endsWith(`.${zone}`);
}

/**
 * A mail exchange or similar target: `@` or a relative name means a host in the branch zone, a name ending with a
 * dot is absolute (zone-file convention). Returns the absolute name WITH trailing dot.
 */
export function targetName(field: string, value: unknown, zone: string): string {
  if (typeof value === "string" && value.endsWith(".") && value.length > 1) {
    return `${normaliseDomain(field, value)}.`;
  }
  return `${absoluteName(normaliseRecordName(field, value), zone)}.`;
}

/** Checks a list of addresses of one family; Terraform tokens pass unchecked (they are known only at apply time). */
export function checkAddresses(field: string, value: unknown, family: 4 | 6): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw invalid(field, value, `must be a non-empty list of IPv${family} addresses`,
      family === 4 ? "Pass e.g. [gateway.publicIp]." : "Pass e.g. [gateway.ipv6Address].");
  }
  const check = family === 4 ? isIPv4 : isIPv6;
  value.forEach((address, index) => {
    if (typeof address !== "string") {
      throw invalid(`${field}[${index}]`, address, `must be an IPv${family} address as a string`, "Pass the address as a string or a Terraform token.");
    }
    if (!Token.isUnresolved(address) && !check(address)) {
      throw invalid(`${field}[${index}]`, address, `is not an IPv${family} address`,
        family === 4 ? "Use e.g. \"192.0.2.10\"." : "Use e.g. \"2001:db8::10\".");
    }
  });
  if (!value.some((address) => Token.isUnresolved(address)) && new Set(value).size !== value.length) {
    throw invalid(field, value, "must not contain an address twice", "Remove the duplicate.");
  }
  return [...value];
}

/** Checks a TTL in seconds. */
export function checkTtl(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 30 || value > 86_400) {
    throw invalid(field, value, "must be an integer number of seconds between 30 and 86400", "Use e.g. 300.");
  }
  return value;
}

/** Checks a host name or IP address of a server (no port). */
export function checkServer(field: string, value: unknown): string {
  if (typeof value === "string" && (isIPv4(value) || isIPv6(value))) {
    return value;
  }
  if (typeof value === "string" && Token.isUnresolved(value)) {
    return value;
  }
  return normaliseDomain(field, value);
}

/** Checks a TCP/UDP port. */
export function checkPort(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 65_535) {
    throw invalid(field, value, "must be an integer port between 1 and 65535", "Use 53 for DNS.");
  }
  return value;
}

/** `host:port` as Go's net.JoinHostPort writes it (IPv6 in brackets), for lego's RFC2136_NAMESERVER. */
export function joinHostPort(host: string, port: number): string {
  return isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}
