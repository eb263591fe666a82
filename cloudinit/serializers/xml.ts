import { invalid } from "../private/errors";
import { splitTokens } from "../tokens";
import { checkName } from "./private/checks";

/** A child of an {@link XmlElement}: another element or a text node. */
export type XmlNode = XmlElement | string;

/** An XML element built from plain data; rendered by {@link renderXml}. */
export interface XmlElement {
  /** Element name, e.g. `authorize`. */
  readonly name: string;
  /** Attributes in insertion order. */
  readonly attributes?: Readonly<Record<string, string | number | boolean>>;
  /** Child elements and text, in order. */
  readonly children?: readonly XmlNode[];
}

/** Options of {@link renderXml}. */
export interface XmlOptions {
  /**
   * Write the `<?xml version="1.0" encoding="UTF-8"?>` declaration first.
   * @default true
   */
  readonly declaration?: boolean;
  /**
   * Indentation per level; `""` writes everything on one line.
   * @default "  "
   */
  readonly indent?: string;
}

/** Builds an {@link XmlElement}; a shorthand for the object literal. */
export function xml(name: string, attributes: XmlElement["attributes"] = {}, ...children: XmlNode[]): XmlElement {
  return { name, attributes, children };
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Characters XML 1.0 cannot carry at all, even as character references. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/**
 * Renders an element tree as XML 1.0 text ending with a newline.
 *
 * Text and attribute values are escaped (`&`, `<`, `>`, and in attributes `"`, `'` and line breaks as character
 * references), so `]]>` or markup in a value stays text. A Terraform token is passed through unescaped: its value
 * must not contain `&`, `<`, `>`, `"` or `'` (PairPac's generated passwords never do).
 *
 * @throws PairPacError for a bad element or attribute name, or a character XML 1.0 cannot represent.
 */
export function renderXml(root: XmlElement, options: XmlOptions = {}): string {
  const declaration = options.declaration ?? true;
  const indent = options.indent ?? "  ";
  const out: string[] = [];
  if (declaration) out.push('<?xml version="1.0" encoding="UTF-8"?>');
  renderElement(root, 0, indent, out, "xml");
  return out.join(indent === "" ? "" : "\n") + "\n";
}

/** Escapes text content. */
export function escapeXmlText(field: string, text: string): string {
  checkCharacters(field, text);
  return escapeOutsideTokens(text, (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

/** Escapes an attribute value (for double-quoted attributes). */
export function escapeXmlAttribute(field: string, value: string): string {
  checkCharacters(field, value);
  return escapeOutsideTokens(value, (s) =>
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      .replace(/\t/g, "&#9;")
      .replace(/\n/g, "&#10;")
      .replace(/\r/g, "&#13;"),
  );
}

function checkCharacters(field: string, text: string): void {
  if (FORBIDDEN.test(text)) {
    throw invalid(field, text, "contains a control character that XML 1.0 cannot represent", "Remove the control character.");
  }
  // A lone surrogate would become U+FFFD when encoded: reject it instead of changing the value silently.
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) {
    throw invalid(field, text, "contains an unpaired surrogate", "Pass well-formed Unicode text.");
  }
}

function escapeOutsideTokens(text: string, escape: (s: string) => string): string {
  return splitTokens(text)
    .map((part) => (part.token ? part.text : escape(part.text)))
    .join("");
}

function renderElement(el: XmlElement, depth: number, indent: string, out: string[], field: string): void {
  checkName(`${field}.name`, el.name, NAME, "an XML name of ASCII letters, digits, '_', '.' and '-'", "connection");
  const pad = indent.repeat(depth);
  const attrs = Object.entries(el.attributes ?? {})
    .map(([k, v]) => {
      checkName(`${field}.attributes`, k, NAME, "an XML attribute name of ASCII letters, digits, '_', '.' and '-'", "name");
      return ` ${k}="${escapeXmlAttribute(`${field}.attributes.${k}`, String(v))}"`;
    })
    .join("");
  const children = el.children ?? [];
  if (children.length === 0) {
    out.push(`${pad}<${el.name}${attrs}/>`);
    return;
  }
  if (children.every((c) => typeof c === "string")) {
    const text = (children as string[]).map((c) => escapeXmlText(`${field}.${el.name}`, c)).join("");
    out.push(`${pad}<${el.name}${attrs}>${text}</${el.name}>`);
    return;
  }
  out.push(`${pad}<${el.name}${attrs}>`);
  children.forEach((child, i) => {
    if (typeof child === "string") out.push(pad + indent + escapeXmlText(`${field}.${el.name}`, child));
    else renderElement(child, depth + 1, indent, out, `${field}.${el.name}[${i}]`);
  });
  out.push(`${pad}</${el.name}>`);
}
