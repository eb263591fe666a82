import { TerraformOutput } from "cdktf";
import type { IConstruct } from "constructs";
import type { PolicyContext } from "../policy-context";
import { PolicyRule } from "../policy-rule";

/** Attributes that hold secrets, per resource or data source type (a reference to the whole object counts too). */
const SECRET_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  random_password: ["result", "bcrypt_hash"],
  random_bytes: ["base64", "hex"],
  tls_private_key: ["private_key_pem", "private_key_openssh", "private_key_pem_pkcs8"],
  acme_certificate: ["private_key_pem", "certificate_p12", "certificate_p12_password"],
  acme_registration: ["account_key_pem"],
  aws_ssm_parameter: ["value", "value_wo"],
  oci_vault_secret: ["secret_content"],
  oci_secrets_secretbundle: ["secret_bundle_content"],
};

const REFERENCE = new RegExp(
  `(?<![\\w.-])(data\\.)?(${Object.keys(SECRET_ATTRIBUTES).join("|")})\\.([A-Za-z_][\\w-]*)((?:\\[[^\\]]*\\])*)(?:\\.(\\w+))?`, "g");
const LOCAL = /(?<![\w.-])local\.([A-Za-z_][\w-]*)/g;
const VARIABLE = /(?<![\w.-])var\.([A-Za-z_][\w-]*)/g;

/**
 * Every output whose value refers to a password, private key, certificate key or other secret (directly or
 * through local values) is `sensitive`, so `cdktf deploy` and `terraform output` never print it.
 */
export class SensitiveSecretOutputs extends PolicyRule {
  /** Rule id. */
  readonly id = "PairPac-SensitiveSecretOutputs";
  /** What the rule enforces. */
  readonly description = "Outputs that reference passwords, private keys or certificate keys are sensitive.";

  /** Findings for one construct. */
  check(construct: IConstruct, context: PolicyContext): string[] {
    if (!(construct instanceof TerraformOutput)) return [];
    const body = context.body(construct, "output");
    if (!body || body.sensitive === true) return [];
    const secrets = this.secretReferences(JSON.stringify(body.value ?? null), context);
    if (secrets.length === 0) return [];
    return [`output ${construct.friendlyUniqueId} is not sensitive but its value refers to ${secrets.join(", ")}. Create it with sensitive: true.`];
  }

  /** Secret references in `expression`, following local values. */
  private secretReferences(expression: string, context: PolicyContext): string[] {
    const found = new Set<string>();
    const sensitiveVariables = context.sensitiveVariables();
    const seen = new Set<string>();
    const queue = [expression];
    while (queue.length > 0) {
      const text = queue.pop()!;
      for (const m of text.matchAll(REFERENCE)) {
        const [, data, type, name, index, attribute] = m;
        if (attribute === undefined || SECRET_ATTRIBUTES[type].includes(attribute)) {
          found.add(`${data ?? ""}${type}.${name}${index}${attribute ? `.${attribute}` : ""}`);
        }
      }
      for (const m of text.matchAll(VARIABLE)) {
        if (sensitiveVariables.has(m[1])) found.add(`var.${m[1]} (sensitive)`);
      }
      for (const m of text.matchAll(LOCAL)) {
        if (seen.has(m[1])) continue;
        seen.add(m[1]);
        const local = context.local(m[1]);
        if (local !== undefined) queue.push(local);
      }
    }
    return [...found].sort();
  }
}
