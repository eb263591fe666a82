import { TerraformStack, TerraformVariable, type TerraformVariableConfig } from "cdktf";
import type { IConstruct } from "constructs";
import { invalid } from "../../../src/errors";

/** Terraform variable names: a letter or underscore, then letters, digits, `_` and `-`. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The stack-level Terraform variable `name`, created on first use with `config`. Created at the stack's top level
 * so that its Terraform name is exactly `name` (cdktf adds a hash suffix to nested ids), and shared by every
 * construct that asks for the same name. `field` names the setting in errors.
 */
export function stackVariable(scope: IConstruct, field: string, name: string, config: TerraformVariableConfig): TerraformVariable {
  checkVariableName(field, name);
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(name);
  if (existing !== undefined) {
    if (!(existing instanceof TerraformVariable)) {
      throw invalid(field, name, "is already the id of another construct at the top of the stack", "Choose another variable name.");
    }
    return existing;
  }
  return new TerraformVariable(stack, name, config);
}

/** Checks a Terraform variable name and returns it. */
export function checkVariableName(field: string, name: unknown): string {
  if (typeof name !== "string" || !VARIABLE_NAME.test(name)) {
    throw invalid(field, name, "must be a Terraform variable name (a letter or _, then letters, digits, _ and -)", "Use e.g. \"dns_tsig_secret\".");
  }
  return name;
}
