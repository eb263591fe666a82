/**
 * Snapshots of a synthesized stack that a reviewer can read: each machine's user-data expression (tens of kilobytes
 * of escaped YAML on one line) is stored in the stack snapshot as its SHA-256 and length only, and the YAML it holds
 * is decoded into one multi-line document per machine for a snapshot of its own. A change to a role then shows as a
 * readable YAML diff, and the hash still catches a change the decoding would hide (escaping, the wrapping function).
 */
import { createHash } from "node:crypto";

/** A `locals` entry holding a machine's user-data, e.g. `gateway_Machine_UserData_C8A7DD96`. */
const USER_DATA_LOCAL = /^(.+)_Machine_UserData_[0-9A-F]{8}$/;

/** The user-data expression as PairPac writes it: `${base64gzip("<HCL string body>")}`. */
const USER_DATA_EXPRESSION = /^\$\{([a-z0-9]+)\("([\s\S]*)"\)\}$/;

/** What stands in the stack snapshot instead of a user-data expression. */
export interface UserDataDigest {
  /** The function Terraform applies to the document, e.g. `base64gzip`. */
  readonly function: string;
  /** SHA-256 of the whole expression, hex. */
  readonly sha256: string;
  /** Length of the whole expression in characters. */
  readonly length: number;
}

/** A synthesized stack split into the JSON with digests and the decoded user-data of each machine. */
export interface ReadableStack {
  /** The synthesized JSON, every user-data expression replaced by its {@link UserDataDigest}. */
  readonly json: unknown;
  /** The cloud-init document of each machine by machine name (e.g. `gateway`, `desktop-1`), Terraform references kept. */
  readonly userData: Readonly<Record<string, string>>;
}

/** Splits a synthesized stack (parsed JSON) for {@link ReadableStack} snapshots; the input is not changed. */
export function readableStack(stack: unknown): ReadableStack {
  const json = structuredClone(stack) as { locals?: Record<string, unknown> };
  const userData: Record<string, string> = {};
  for (const [key, value] of Object.entries(json.locals ?? {})) {
    const machine = USER_DATA_LOCAL.exec(key)?.[1];
    if (machine === undefined || typeof value !== "string") continue;
    const { fn, document } = decodeUserDataExpression(value);
    userData[machine] = document;
    (json.locals as Record<string, unknown>)[key] = { function: fn, sha256: createHash("sha256").update(value).digest("hex"), length: value.length } satisfies UserDataDigest;
  }
  return { json, userData };
}

/**
 * The document inside a user-data expression: the HCL string body with its escapes undone (`\n`, `\"`, `\\`,
 * `\uNNNN`, `$${`, `%%{`). A scalar PairPac wraps in `${jsonencode("...")}` is written as the JSON string Terraform
 * makes of it, so the document stays YAML; Terraform references (`${tls_private_key.x.private_key_openssh}`) are kept
 * as written, so the document shows where each Terraform value goes.
 */
export function decodeUserDataExpression(expression: string): { fn: string; document: string } {
  const m = USER_DATA_EXPRESSION.exec(expression);
  if (!m) throw new Error(`not a user-data expression: ${expression.slice(0, 80)}…`);
  return { fn: m[1], document: decodeBody(m[2]) };
}

const JSONENCODE = /^\$\{jsonencode\("([\s\S]*)"\)\}$/;

/** Undoes the escapes of an HCL quoted-string body (without its quotes). */
function decodeBody(body: string): string {
  let out = "";
  let i = 0;
  while (i < body.length) {
    if (body[i] === "\\") {
      const [text, next] = unescape(body, i);
      out += text;
      i = next;
    } else if (body.startsWith("$${", i) || body.startsWith("%%{", i)) {
      out += body.slice(i + 1, i + 3);
      i += 3;
    } else if (body.startsWith("${", i)) {
      const end = interpolationEnd(body, i);
      const interpolation = body.slice(i, end);
      const scalar = JSONENCODE.exec(interpolation);
      out += scalar ? JSON.stringify(decodeBody(scalar[1])) : interpolation;
      i = end;
    } else if (body[i] === "\"") {
      throw new Error(`unescaped quote at ${i} of the user-data expression`);
    } else {
      out += body[i];
      i++;
    }
  }
  return out;
}

const ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", "\\": "\\", "\"": "\"" };

function unescape(s: string, at: number): [string, number] {
  const c = s[at + 1];
  if (c === "u") return [String.fromCharCode(parseInt(s.slice(at + 2, at + 6), 16)), at + 6];
  const text = ESCAPES[c];
  if (text === undefined) throw new Error(`unknown escape \\${c} at ${at} of the user-data expression`);
  return [text, at + 2];
}

/** Index after the `}` that closes the interpolation starting at `start` (`${`), skipping quoted strings. */
function interpolationEnd(s: string, start: number): number {
  let depth = 1;
  let i = start + 2;
  while (i < s.length) {
    const c = s[i];
    if (c === "\"") {
      i = stringEnd(s, i + 1);
      continue;
    }
    if (c === "{") depth++;
    if (c === "}" && --depth === 0) return i + 1;
    i++;
  }
  throw new Error(`unterminated interpolation at ${start} of the user-data expression`);
}

/** Index after the `"` that closes the quoted string whose body starts at `at`. */
function stringEnd(s: string, at: number): number {
  let i = at;
  while (i < s.length) {
    if (s[i] === "\\") i += 2;
    else if (s.startsWith("$${", i) || s.startsWith("%%{", i)) i += 3;
    else if (s.startsWith("${", i)) i = interpolationEnd(s, i);
    else if (s[i] === "\"") return i + 1;
    else i++;
  }
  throw new Error(`unterminated string at ${at} of the user-data expression`);
}
