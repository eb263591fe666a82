import { invalid } from "./errors";
import { globalPattern } from "../tokens";
import { emitYaml, type ScalarStyle } from "./yaml-emit";

/** Strings PyYAML (YAML 1.1, used by cloud-init) reads back unchanged as plain scalars. */
const SAFE_PLAIN = /^[A-Za-z_/]([A-Za-z0-9_./+@=,:-]*[A-Za-z0-9_./+@=,-])?$/;
/**
 * Characters a YAML writer could emit raw but PyYAML reads differently or rejects: C0 controls other than tab and
 * line feed, CR, DEL and C1 controls (NEL is a line break in YAML 1.1), the Unicode line/paragraph separators, BOM and
 * non-characters. Strings containing one are written as an escaped double-quoted scalar by this module.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const NEEDS_ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** YAML 1.1 booleans and nulls: never plain. */
const YAML11_SPECIAL = /^(y|n|yes|no|true|false|on|off|null)$/i;

/** True if `value` can be written as a plain scalar that PyYAML reads back as the same string (and YAML 1.2 readers too). */
export function isSafePlain(value: string): boolean {
  return SAFE_PLAIN.test(value) && !YAML11_SPECIAL.test(value);
}

/**
 * The default quoteScalar: a JSON string (valid YAML double-quoted scalar), additionally escaping characters that YAML
 * does not allow unescaped (DEL, C1 controls, BOM, lone surrogates), which JSON.stringify leaves raw.
 */
export function defaultQuoteScalar(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Options of {@link renderYaml}. */
export interface YamlRenderOptions {
  readonly tokenPattern: RegExp;
  readonly quoteScalar: (value: string) => string;
}

/**
 * Serializes `value` as YAML that cloud-init (PyYAML, YAML 1.1) reads back to the same object. Every string containing a
 * token is written as `quoteScalar(wholeString)`. One-line strings that are not safe as plain scalars, and strings with
 * characters YAML 1.1 readers treat specially, are written as escaped double-quoted (JSON) scalars; other multi-line
 * strings as literal blocks; so only plain scalars, literal blocks and JSON strings appear (yaml-emit.ts).
 *
 * @throws PairPacError for a mapping key that contains a token (keys are never quoted by Terraform).
 */
export function renderYaml(value: unknown, options: YamlRenderOptions): string {
  const pattern = globalPattern(options.tokenPattern);
  const hasToken = (text: string): boolean => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  };
  checkKeys(value, "cloudConfig", hasToken);
  return emitYaml(value, {
    scalar: (s) => {
      if (hasToken(s)) return { quoted: options.quoteScalar(s) };
      if (NEEDS_ESCAPES.test(s)) return { quoted: defaultQuoteScalar(s) };
      return textStyle(s);
    },
    quote: defaultQuoteScalar,
    plainKey: isSafePlain,
  });
}

/**
 * The style of text the caller has no other rule for: a literal block for several lines, plain where safe in YAML 1.1
 * and 1.2, else a JSON string. Cloud-config and Compose write their strings with it.
 */
export function textStyle(s: string): ScalarStyle {
  if (s.includes("\n")) return "literal";
  return isSafePlain(s) ? "plain" : { quoted: defaultQuoteScalar(s) };
}

/** Rejects a mapping key containing a Terraform token, naming its path. */
function checkKeys(node: unknown, path: string, hasToken: (text: string) => boolean): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => checkKeys(item, `${path}[${i}]`, hasToken));
  } else if (node !== null && typeof node === "object") {
    for (const [key, v] of Object.entries(node)) {
      if (hasToken(key)) {
        throw invalid(`${path}.${key}`, key, "is a mapping key containing a Terraform token", "Use tokens only in values.");
      }
      checkKeys(v, `${path}.${key}`, hasToken);
    }
  }
}
