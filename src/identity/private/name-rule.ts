import { createHash } from "node:crypto";

/** Hex characters of the branch hash appended to every name whose readable part had to be changed. */
export const HASH_LENGTH = 8;

/** Separates the readable part from the hash. Names passed through unchanged never contain it. */
export const HASH_SEPARATOR = "--";

/** Shortest readable part in front of the hash; shorter ones are padded with {@link PAD_CHARACTER}. */
export const MIN_READABLE_LENGTH = 3;

/** Pads readable parts that are too short (so a DNS label never has "--" in positions 3 and 4). */
export const PAD_CHARACTER = "x";

/** One namespace's naming rule: which names it allows and which of them PairPac may use unchanged. */
export interface NameRule {
  /** Longest allowed name. */
  readonly maxLength: number;
  /** Characters the namespace allows besides `a-z`, `0-9` and `-`; they are kept in readable parts. */
  readonly extraCharacters: string;
  /** Names the namespace allows but that must not be used unchanged (they get a hash like any changed name). */
  readonly reserved: readonly string[];
}

/** DNS label (RFC 1035 / RFC 1123): letters, digits, hyphen; at most 63 octets. */
export const DNS_LABEL_RULE: NameRule = { maxLength: 63, extraCharacters: "", reserved: [] };

/**
 * HCP Terraform workspace (at most 90 characters, letters, digits, "-" and "_") and Terraform CLI workspace
 * (`name == url.PathEscape(name)`, which holds for this alphabet). "default" is the CLI's implicit workspace.
 */
export const WORKSPACE_RULE: NameRule = { maxLength: 90, extraCharacters: "_", reserved: ["default"] };

/** OCI compartment: at most 100 characters, letters, digits, ".", "-" and "_". */
export const COMPARTMENT_RULE: NameRule = { maxLength: 100, extraCharacters: "._", reserved: [] };

/**
 * cdktf stack: the workspace alphabet (no glob characters or whitespace, which cdktf rejects), and a directory
 * name on every platform, so the Windows device names are reserved.
 */
export const STACK_RULE: NameRule = {
  maxLength: 90,
  extraCharacters: "_",
  reserved: [
    "aux", "con", "nul", "prn",
    "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
    "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
  ],
};

/**
 * Latin letters that Unicode compatibility decomposition (NFKD) does not reduce to ASCII, spelled the usual way.
 * Everything else up to U+024F goes through NFKD; both are frozen (Unicode's normalisation stability policy), so
 * names derived from them never change with the Node.js or ICU version.
 */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
  "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t",
  "Ŧ": "t", "ŋ": "n", "Ŋ": "n", "ƒ": "f",
};

/** Last code point of Latin Extended-B: characters up to here are transliterated, all later ones become "-". */
const LAST_TRANSLITERATED = 0x024f;

/** First {@link HASH_LENGTH} hex digits of the SHA-256 of the branch's UTF-8 bytes. */
export function branchHash(branch: string): string {
  return createHash("sha256").update(branch, "utf8").digest("hex").slice(0, HASH_LENGTH);
}

/** Whether `branch` may be used unchanged as a name under `rule`. */
export function passesUnchanged(branch: string, rule: NameRule): boolean {
  if (branch.length > rule.maxLength || branch.includes(HASH_SEPARATOR) || rule.reserved.includes(branch)) {
    return false;
  }
  return patternsOf(rule).unchanged.test(branch);
}

/**
 * The name for `branch` under `rule`: the branch itself when {@link passesUnchanged}, otherwise
 * `<readable part>--<hash>`.
 */
export function nameFor(branch: string, rule: NameRule, hash: string): string {
  if (passesUnchanged(branch, rule)) {
    return branch;
  }
  return `${readablePart(branch, rule)}${HASH_SEPARATOR}${hash}`;
}

/**
 * The readable part of a changed name: transliterated to ASCII, lower case, every character outside the rule's
 * alphabet replaced by "-", runs of "-" collapsed, trimmed to start and end with a letter or digit, cut to leave
 * room for the hash, and padded to {@link MIN_READABLE_LENGTH} characters.
 */
export function readablePart(branch: string, rule: NameRule): string {
  const { outside } = patternsOf(rule);
  const edges = /^[^a-z0-9]+|[^a-z0-9]+$/g;
  let readable = transliterate(branch)
    .replace(/[A-Z]/g, (letter) => letter.toLowerCase())
    .replace(outside, "-")
    .replace(/-{2,}/g, "-")
    .replace(edges, "");
  readable = readable.slice(0, rule.maxLength - HASH_SEPARATOR.length - HASH_LENGTH).replace(edges, "");
  return readable.padEnd(MIN_READABLE_LENGTH, PAD_CHARACTER);
}

/** ASCII stays; Latin letters up to U+024F lose their accents; every other character becomes "-". */
function transliterate(branch: string): string {
  let out = "";
  for (const character of branch) {
    const codePoint = character.codePointAt(0) as number;
    const spelled = LATIN_LETTERS[character];
    if (codePoint < 0x80) {
      out += character;
    } else if (spelled !== undefined) {
      out += spelled;
    } else if (codePoint <= LAST_TRANSLITERATED) {
      const ascii = character.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/\P{ASCII}/gu, "-");
      out += ascii.length > 0 ? ascii : "-";
    } else {
      out += "-";
    }
  }
  return out;
}

const compiled = new WeakMap<NameRule, { unchanged: RegExp; outside: RegExp }>();

/** The rule's regular expressions, compiled once per rule. */
function patternsOf(rule: NameRule): { unchanged: RegExp; outside: RegExp } {
  let patterns = compiled.get(rule);
  if (patterns === undefined) {
    const extra = escapeForClass(rule.extraCharacters);
    patterns = {
      unchanged: new RegExp(`^[a-z0-9](?:[a-z0-9${extra}-]*[a-z0-9])?$`),
      outside: new RegExp(`[^a-z0-9${extra}-]`, "g"),
    };
    compiled.set(rule, patterns);
  }
  return patterns;
}

function escapeForClass(characters: string): string {
  return characters.replace(/[\\\]^-]/g, (c) => `\\${c}`);
}
