/**
 * Turning rendered cloud-init text into a Terraform expression, safely.
 *
 * Why this exists (measured with cdktf 0.21.0):
 * - In `cdk.tf.json` every string is a Terraform template: a literal `${HOME}` or `%{` in a shell script or
 *   config file would be read as an interpolation or directive. cdktf does not escape plain strings.
 * - `Fn.jsonencode(s)` / `Fn.base64gzip(s)` with a long literal string render broken HCL (inner `"` are not
 *   escaped, and a `Lazy` argument is inlined without quotes).
 * So PairPac writes the expression itself: static text is escaped as an HCL string literal, cdktf string tokens
 * are kept as they are (cdktf resolves them to `${resource.attr}` interpolations), and every YAML scalar that
 * holds a token is wrapped in `jsonencode(...)`, so a multi-line value such as a PEM key cannot break the YAML.
 */
import { Lazy } from "cdktf";
import { splitTokens } from "../../cloudinit/tokens";

/** Characters that need an escape inside an HCL quoted string literal: backslash, quote, C0 controls and DEL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const HCL_ESCAPED = /[\\"\u0000-\u001f\u007f]/g;
const HCL_ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", "\"": '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Escapes static text for the inside of an HCL quoted string literal (no surrounding quotes). */
export function escapeHclLiteral(text: string): string {
  const out = text.replace(HCL_ESCAPED, (ch) => HCL_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  // Template sequences: `$${` and `%%{` are the literal forms of `${` and `%{`.
  return escapeTemplateSequences(out);
}

/** `${` and `%{` written as their literal forms `$${` and `%%{`. */
function escapeTemplateSequences(text: string): string {
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/**
 * Escapes static text for the inside of an HCL string literal that itself sits inside an interpolation, keeping
 * cdktf tokens as interpolations: cdktf resolves a token inside `${...}` to a bare reference, so each token is
 * written as `${<token>}` and ends up as `${resource.attr}` in the literal.
 */
export function escapeHclLiteralKeepTokens(s: string): string {
  return splitTokens(s)
    .map((p) => (p.token ? "${" + p.text + "}" : escapeHclLiteral(p.text)))
    .join("");
}

/**
 * Escapes a string that is used as a whole Terraform template (a plain attribute value), keeping tokens:
 * only `${` and `%{` need escaping there.
 */
export function escapeTemplateKeepTokens(s: string): string {
  return splitTokens(s)
    .map((p) => (p.token ? p.text : escapeTemplateSequences(p.text)))
    .join("");
}

/** A function that renders a document, given how to quote a scalar that contains tokens. */
export type Renderer = (quoteScalar: (scalar: string) => string) => string;

/**
 * The Terraform expression text for `f(<rendered document>)` where `f` is `base64gzip` (default) or another
 * one-argument string function, with token scalars JSON-quoted by Terraform. Pure: used by tests too.
 */
export function userDataExpressionText(render: Renderer, fn = "base64gzip"): string {
  const scalars: string[] = [];
  const marker = (i: number) => `\uE000PAIRPAC_SCALAR_${i}\uE000`;
  const text = render((scalar) => {
    scalars.push(scalar);
    return marker(scalars.length - 1);
  });
  let body = "";
  let last = 0;
  for (const m of text.matchAll(/\uE000PAIRPAC_SCALAR_(\d+)\uE000/g)) {
    const at = m.index ?? 0;
    body += escapeHclLiteralKeepTokens(text.slice(last, at));
    body += '${jsonencode("' + escapeHclLiteralKeepTokens(scalars[Number(m[1])]) + '")}';
    last = at + m[0].length;
  }
  body += escapeHclLiteralKeepTokens(text.slice(last));
  return "${" + fn + '("' + body + '")}';
}

/**
 * A lazy string token for `base64gzip(<rendered document>)`, rendered at synth time (so desktops registered
 * after the gateway was created are included).
 *
 * `contentKey`, when given, returns text that differs whenever `render` would render something else: the
 * expression is then rendered once per content instead of at every resolution (a synth resolves the token once,
 * the policies once more).
 */
export function lazyBase64GzipUserData(render: Renderer, contentKey?: () => string): string {
  let last: { readonly key: string; readonly text: string } | undefined;
  return Lazy.stringValue({
    produce: () => {
      if (contentKey === undefined) return userDataExpressionText(render);
      const key = contentKey();
      if (last?.key !== key) last = { key, text: userDataExpressionText(render) };
      return last.text;
    },
  });
}
