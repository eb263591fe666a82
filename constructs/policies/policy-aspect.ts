import { Annotations, TerraformStack, type IAspect } from "cdktf";
import type { IConstruct } from "constructs";
import { PolicyContext } from "./policy-context";
import type { PolicyLevel, PolicyRule } from "./policy-rule";
import { suppressionReason } from "./private/suppressions";

/** One problem a rule found. */
export interface PolicyFinding {
  /** The rule's id. */
  readonly ruleId: string;
  /** Error or warning. */
  readonly level: PolicyLevel;
  /** Construct path of the offending construct. */
  readonly path: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/** A finding that a suppression silenced, with the suppression's reason. */
export interface SuppressedFinding extends PolicyFinding {
  /** Why it is acceptable. */
  readonly reason: string;
}

/**
 * Runs policy rules on every construct of a stack during synth (an aspect) and fails synth through a stack
 * validation that lists every error finding. Findings are also added as construct annotations (errors and
 * warnings), so the cdktf CLI shows them next to the construct. Created by `applyPolicies`.
 */
export class PolicyAspect implements IAspect {
  /** Findings not suppressed, in visiting order. */
  readonly findings: PolicyFinding[] = [];
  /** Findings silenced by a suppression. */
  readonly suppressed: SuppressedFinding[] = [];
  /** The rules this aspect runs. */
  readonly rules: readonly PolicyRule[];
  private readonly context: PolicyContext;

  constructor(stack: TerraformStack, rules: readonly PolicyRule[]) {
    this.rules = rules;
    this.context = new PolicyContext(stack);
    stack.node.addValidation({ validate: () => this.errorMessages() });
  }

  /** Checks `node` against every rule. */
  visit(node: IConstruct): void {
    for (const rule of this.rules) {
      for (const message of rule.check(node, this.context)) {
        const finding: PolicyFinding = { ruleId: rule.id, level: rule.level, path: node.node.path, message };
        const reason = suppressionReason(node, rule.id);
        if (reason !== undefined) {
          this.suppressed.push({ ...finding, reason });
          continue;
        }
        this.findings.push(finding);
        const text = `[${rule.id}] ${message}`;
        if (rule.level === "error") Annotations.of(node).addError(text);
        else Annotations.of(node).addWarning(text);
      }
    }
  }

  /** One line per error finding: what the validation reports. */
  errorMessages(): string[] {
    return this.findings
      .filter((f) => f.level === "error")
      .map((f) => `[${f.ruleId}] ${f.path}: ${f.message} (if this is intended: Policies.suppress(construct, "${f.ruleId}", "<reason>"))`);
  }
}
