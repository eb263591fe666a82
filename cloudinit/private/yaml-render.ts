import { Document, isScalar, visit } from "yaml";
import { invalid } from "./errors";
import { globalPattern } from "../tokens";

/** Marker of token placeholders; content containing it is rejected so a replacement can never hit user text. */
const PLACEHOLDER_PREFIX = "PAIRPAC_TOKEN_SCALAR_";

/** Strings PyYAML (YAML 1.1, used by cloud-init) reads back unchanged as plain scalars. */
const SAFE_PLAIN = /^[A-Za-z_/]([A-Za-z0-9_./+@=,:-]*[A-Za-z0-9_./+@=,-])?$/;
/**
 * Characters the `yaml` library would emit raw but PyYAML reads differently or rejects: C0 controls other than tab and
 * line feed, CR, DEL and C1 controls (NEL is a line break in YAML 1.1), the Unicode line/paragraph separators, BOM and
 * non-characters. Strings containing one are written as an escaped double-quoted scalar by this module.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const NEEDS_ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** YAML 1.1 booleans and nulls: never plain. */
const YAML11_SPECIAL = /^(y|n|yes|no|true|false|on|off|null)$/i;

/** True if `value` can be written as a plain scalar that PyYAML reads back as the same string. */
function isSafePlain(value: string): boolean {
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
 * token is emitted as a placeholder and finally replaced by `quoteScalar(wholeString)`. One-line strings that are not
 * safe as plain scalars, and strings with characters YAML 1.1 readers treat specially, are replaced the same way by an
 * escaped double-quoted (JSON) scalar, so the `yaml` library only writes plain scalars and literal blocks.
 */
export function renderYaml(value: unknown, options: YamlRenderOptions): string {
  const placeholders: { value: string; quote: (value: string) => string }[] = [];
  const pattern = globalPattern(options.tokenPattern);
  const substitute = (node: unknown, path: string): unknown => {
    if (typeof node === "string") {
      if (node.includes(PLACEHOLDER_PREFIX)) {
        throw invalid(path, node, `must not contain the reserved text ${PLACEHOLDER_PREFIX}`, "Remove it from the content.");
      }
      pattern.lastIndex = 0;
      if (pattern.test(node)) {
        placeholders.push({ value: node, quote: options.quoteScalar });
        return `${PLACEHOLDER_PREFIX}${placeholders.length - 1}`;
      }
      if (NEEDS_ESCAPES.test(node) || (!node.includes("\n") && !isSafePlain(node))) {
        placeholders.push({ value: node, quote: defaultQuoteScalar });
        return `${PLACEHOLDER_PREFIX}${placeholders.length - 1}`;
      }
      return node;
    }
    if (Array.isArray(node)) return node.map((item, i) => substitute(item, `${path}[${i}]`));
    if (node !== null && typeof node === "object") {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(node)) {
        pattern.lastIndex = 0;
        if (pattern.test(key)) {
          throw invalid(`${path}.${key}`, key, "is a mapping key containing a Terraform token", "Use tokens only in values.");
        }
        out[key] = substitute((node as Record<string, unknown>)[key], `${path}.${key}`);
      }
      return out;
    }
    return node;
  };
  const prepared = substitute(value, "cloudConfig");
  const doc = new Document(prepared, { version: "1.1" });
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === "string") {
        const s = node.value;
        if (s.startsWith(PLACEHOLDER_PREFIX)) {
          node.type = "PLAIN";
        } else if (!s.includes("\n")) {
          node.type = isSafePlain(s) ? "PLAIN" : "QUOTE_DOUBLE";
        }
      }
    },
  });
  let text = doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
  text = text.replace(new RegExp(`${PLACEHOLDER_PREFIX}(\\d+)`, "g"), (_m, i: string) => {
    const p = placeholders[Number(i)];
    return p.quote(p.value);
  });
  return text;
}
