import { Aspects, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { invalid } from "../../src/errors";
import { PolicyAspect } from "./policy-aspect";
import type { PolicyRule } from "./policy-rule";
import { addSuppression, suppressionReason } from "./private/suppressions";
import { Imdsv2Required } from "./rules/imdsv2-required";
import { NoRemoteDesktopPorts } from "./rules/no-remote-desktop-ports";
import { OnlyDeclaredPorts } from "./rules/only-declared-ports";
import { PersistentVolumeProtected } from "./rules/persistent-volume-protected";
import { ProviderCredentialsFromEnvironment } from "./rules/provider-credentials-from-environment";
import { SensitiveSecretOutputs } from "./rules/sensitive-secret-outputs";
import { UserDataWithinBudget } from "./rules/user-data-within-budget";

/** Options of {@link applyPolicies}. */
export interface ApplyPoliciesOptions {
  /**
   * The rules to run.
   * @default Policies.defaultRules()
   */
  readonly rules?: readonly PolicyRule[];
}

/** Policy helpers: the default rule set and suppressions. */
export class Policies {
  /** The rules every PairPac stack is checked with. */
  static defaultRules(): PolicyRule[] {
    return [
      new NoRemoteDesktopPorts(),
      new OnlyDeclaredPorts(),
      new Imdsv2Required(),
      new UserDataWithinBudget(),
      new SensitiveSecretOutputs(),
      new PersistentVolumeProtected(),
      new ProviderCredentialsFromEnvironment(),
    ];
  }

  /**
   * Accepts the findings of rule `ruleId` on `construct` and everything below it. The reason is required and
   * kept with the suppression (it is what a reviewer reads).
   */
  static suppress(construct: IConstruct, ruleId: string, reason: string): void {
    if (typeof ruleId !== "string" || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(ruleId)) {
      throw invalid("ruleId", ruleId, "must be a rule id", 'Use the id printed with the finding, e.g. "PairPac-OnlyDeclaredPorts".');
    }
    if (typeof reason !== "string" || reason.trim() === "") {
      throw invalid("reason", reason, `must say why ${ruleId} does not apply to ${construct.node.path}`, "Write the reason a reviewer needs, e.g. \"VNC is reachable only through the SSH tunnel\".");
    }
    addSuppression(construct, ruleId, reason.trim());
  }

  /** The reason of the suppression of `ruleId` on `construct` or one of its scopes, if any. */
  static suppressionReason(construct: IConstruct, ruleId: string): string | undefined {
    return suppressionReason(construct, ruleId);
  }
}

const applied = new WeakMap<TerraformStack, PolicyAspect>();

/**
 * Checks `stack` with the policy rules during synth; synth fails with every error finding listed. Call it once
 * per stack (BranchStack does); further calls return the same aspect.
 */
export function applyPolicies(stack: TerraformStack, options: ApplyPoliciesOptions = {}): PolicyAspect {
  const existing = applied.get(stack);
  if (existing) return existing;
  const aspect = new PolicyAspect(stack, options.rules ?? Policies.defaultRules());
  Aspects.of(stack).add(aspect);
  applied.set(stack, aspect);
  return aspect;
}
