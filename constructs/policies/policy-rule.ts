import type { IConstruct } from "constructs";
import type { PolicyContext } from "./policy-context";

/** How bad a finding is: errors fail synth, warnings are printed. */
export type PolicyLevel = "error" | "warning";

/**
 * One policy rule, cdk-nag style: it looks at one construct at a time and returns what is wrong with it.
 * Subclass it for a custom rule and pass it to `applyPolicies(stack, { rules: [...Policies.defaultRules(), myRule] })`.
 */
export abstract class PolicyRule {
  /** Stable identifier used in messages and suppressions, e.g. "PairPac-Imdsv2Required". */
  abstract readonly id: string;
  /** One sentence: what the rule enforces and why. */
  abstract readonly description: string;
  /** Whether a finding fails synth. */
  readonly level: PolicyLevel = "error";

  /**
   * Problems of `construct` (not of its children: every construct is visited). Return an empty list when the
   * construct is fine or not something this rule looks at.
   */
  abstract check(construct: IConstruct, context: PolicyContext): string[];
}
