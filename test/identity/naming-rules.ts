// Independent statements of every namespace's rule, written from the sources below and NOT from
// src/identity: the tests check BranchIdentity's output against these.

/** Go net/url shouldEscape(c, encodePathSegment): unreserved `-_.~` and `$&+=:@` stay, everything else is escaped
 * (checked against Go's src/net/url/url.go). Terraform CLI requires `name == url.PathEscape(name)`. */
export function isGoPathEscapeFixpoint(name: string): boolean {
  return /^[A-Za-z0-9\-_.~$&+=:@]*$/.test(name);
}

/** RFC 1035/1123 label, plus "no '--' in positions 3-4" (reserved for IDNA A-labels; Let's Encrypt rejects them). */
export function isDnsLabel(label: string): boolean {
  return /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(label) && label.slice(2, 4) !== "--";
}

/** A DNS name of labels, at most 253 characters in text form (255 octets on the wire). */
export function isDnsName(name: string): boolean {
  return name.length <= 253 && name.split(".").every(isDnsLabel);
}

/** HCP Terraform: at most 90 characters, letters, digits, "-" and "_"; Terraform CLI: non-empty PathEscape fixpoint. */
export function isWorkspaceName(name: string): boolean {
  return /^[A-Za-z0-9_-]{1,90}$/.test(name) && isGoPathEscapeFixpoint(name);
}

/** OCI compartment: at most 100 characters, letters, digits, ".", "-", "_". */
export function isCompartmentName(name: string): boolean {
  return /^[A-Za-z0-9._-]{1,100}$/.test(name);
}

/**
 * Branch names BranchIdentity must accept: Git's ref rules for branches (git-check-ref-format(1): no control
 * characters, space, ~ ^ : ? * [ \\, "..", "@{", "//"; not "@"; no leading "-" or "/"; no trailing "/" or "."; no
 * part starting with "." or ending with ".lock"; "HEAD" refused by git branch), plus PairPac's own limits: at most
 * 512 UTF-8 bytes, well-formed UTF-16, at least one ASCII letter/digit or non-ASCII character.
 */
export function acceptable(name: string): boolean {
  return name.length > 0
    && Buffer.byteLength(name, "utf8") <= 512
    && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name)
    // eslint-disable-next-line no-control-regex
    && !/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)
    && !name.includes("..") && !name.includes("@{") && !name.includes("//")
    && name !== "@" && name !== "HEAD"
    && !name.startsWith("-") && !name.startsWith("/") && !name.endsWith("/") && !name.endsWith(".")
    && name.split("/").every((part) => !part.startsWith(".") && !part.endsWith(".lock"))
    && /[A-Za-z0-9]|\P{ASCII}/u.test(name);
}

const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** cdktf stack: letters, digits, "-", "_" (no glob characters or whitespace), not starting with "-" (CLI option),
 * and a directory name everywhere: not a Windows device name, at most 255 bytes. */
export function isStackName(name: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(name) && name.length <= 255 && !WINDOWS_DEVICE_NAMES.test(name);
}

/** AWS tag key/value characters: Unicode letters, digits, spaces and `_ . : / = + - @`. */
const AWS_TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** Every problem with `tags` under AWS (50 tags, key 1-128, value 0-256, no aws: prefix) and OCI free-form tags
 * (key 1-100 printable ASCII without space or ".", value ≤ 256; at most 10 tags, the lowest limit reported). */
export function tagProblems(tags: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const entries = Object.entries(tags);
  if (entries.length > 10) {
    problems.push(`${entries.length} tags`);
  }
  const lowerKeys = new Set(entries.map(([key]) => key.toLowerCase()));
  if (lowerKeys.size !== entries.length) {
    problems.push("keys differ only in case (OCI keys are case-insensitive)");
  }
  for (const [key, value] of entries) {
    if (typeof value !== "string") {
      problems.push(`${key}: value is not a string`);
      continue;
    }
    if (key.length < 1 || key.length > 100) problems.push(`${key}: key length`);
    if (!AWS_TAG_CHARACTERS.test(key)) problems.push(`${key}: AWS key characters`);
    if (!/^[\x21-\x7e]+$/.test(key) || key.includes(".")) problems.push(`${key}: OCI key characters`);
    if (/^aws:/i.test(key)) problems.push(`${key}: aws: prefix`);
    if (value.length > 256) problems.push(`${key}: value length ${value.length}`);
    if (!AWS_TAG_CHARACTERS.test(value)) problems.push(`${key}: AWS value characters in ${JSON.stringify(value)}`);
    if (/^aws:/i.test(value)) problems.push(`${key}: aws: prefix in value`);
  }
  return problems;
}
