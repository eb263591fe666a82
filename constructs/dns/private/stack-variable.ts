import { TerraformVariable, type TerraformVariableConfig } from "cdktf";
import type { IConstruct } from "constructs";
import { invalid } from "../../../src/errors";
import { perStack } from "../../private/per-stack";

/** Terraform variable names: a letter or underscore, then letters, digits, `_` and `-`. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The stack-level Terraform variable `name`, created on first use with `config`. Created at the stack's top level
 * so that its Terraform name is exactly `name` (cdktf adds a hash suffix to nested ids), and shared by every
 * construct that asks for the same name. `field` names the setting in errors.
 */
export function stackVariable(scope: IConstruct, field: string, name: string, config: TerraformVariableConfig): TerraformVariable {
  checkVariableName(field, name);
  return perStack(scope, {
    id: name,
    type: TerraformVariable,
    create: (stack, id) => new TerraformVariable(stack, id, config),
    taken: { field, fix: "Choose another variable name." },
  });
}

/** Checks a Terraform variable name and returns it. */
export function checkVariableName(field: string, name: unknown): string {
  if (typeof name !== "string" || !VARIABLE_NAME.test(name)) {
    throw invalid(field, name, "must be a Terraform variable name (a letter or _, then letters, digits, _ and -)", "Use e.g. \"dns_tsig_secret\".");
  }
  return name;
}
