import { TerraformProvider } from "cdktf";
import type { IConstruct } from "constructs";
import type { PolicyContext } from "../policy-context";
import { PolicyRule } from "../policy-rule";
import { blockList, resolvedJson, type Block } from "../private/terraform-json";

/** Credential arguments per provider: top-level names, and names inside nested blocks as "block.argument". */
const CREDENTIALS: Readonly<Record<string, readonly string[]>> = {
  aws: ["access_key", "secret_key", "token", "assume_role_with_web_identity.web_identity_token"],
  oci: ["private_key", "private_key_password"],
  dns: ["update.key_secret"],
};

/**
 * No credential is written into a provider configuration: AWS and OCI read theirs from their standard
 * environment variables or config files (see AwsProviders and OciProviders). A credential argument is accepted
 * only as a reference to a `sensitive` Terraform variable, whose value comes from `TF_VAR_<name>`.
 */
export class ProviderCredentialsFromEnvironment extends PolicyRule {
  /** Rule id. */
  readonly id = "PairPac-ProviderCredentialsFromEnvironment";
  /** What the rule enforces. */
  readonly description = "Provider credentials come from the environment or sensitive variables, never from code.";

  /** Findings for one construct. */
  check(construct: IConstruct, context: PolicyContext): string[] {
    if (!(construct instanceof TerraformProvider)) return [];
    const arguments_ = CREDENTIALS[construct.terraformResourceType];
    if (!arguments_) return [];
    const configs = (resolvedJson(construct).provider as Record<string, unknown> | undefined)?.[construct.terraformResourceType];
    const messages: string[] = [];
    for (const config of blockList(configs)) {
      for (const argument of arguments_) {
        for (const value of this.values(config, argument)) {
          if (!this.fromSensitiveVariable(value, context)) {
            messages.push(`provider ${construct.terraformResourceType}${config.alias ? `.${String(config.alias)}` : ""} sets ${argument} in the configuration. Leave it out (the provider reads its environment variables) or reference a sensitive TerraformVariable.`);
          }
        }
      }
    }
    return messages;
  }

  private values(config: Block, argument: string): unknown[] {
    const [first, second] = argument.split(".");
    if (second === undefined) return config[first] === undefined || config[first] === null ? [] : [config[first]];
    return blockList(config[first]).map((b) => b[second]).filter((v) => v !== undefined && v !== null);
  }

  private fromSensitiveVariable(value: unknown, context: PolicyContext): boolean {
    const m = typeof value === "string" ? /^\$\{var\.([A-Za-z_][\w-]*)\}$/.exec(value) : null;
    return m !== null && context.sensitiveVariables().has(m[1]);
  }
}
