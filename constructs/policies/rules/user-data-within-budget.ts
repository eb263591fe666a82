import { TerraformResource } from "cdktf";
import type { IConstruct } from "constructs";
import type { PolicyContext } from "../policy-context";
import { PolicyRule } from "../policy-rule";
import { singleBlock } from "../private/terraform-json";

/** Instance types whose user-data this rule accounts for. */
const INSTANCE_TYPES = new Set(["aws_instance", "oci_core_instance"]);

/**
 * Every instance's user-data was sized at synth time. A PairPac placement estimates the worst case of each
 * machine's user-data and fails synth when it is over its cloud's limit (AWS: 16,384 bytes after gzip; OCI:
 * 32,000 bytes of metadata, base64), so what is left to find is an instance with user-data that no placement
 * created: its size was never estimated.
 */
export class UserDataWithinBudget extends PolicyRule {
  /** Rule id. */
  readonly id = "PairPac-UserDataWithinBudget";
  /** What the rule enforces. */
  readonly description = "Every instance's user-data was estimated against its cloud's limit at synth time (by the PairPac placement that created it).";

  /** Findings for one construct. */
  check(construct: IConstruct, context: PolicyContext): string[] {
    if (construct instanceof TerraformResource && INSTANCE_TYPES.has(construct.terraformResourceType) && !context.machineOf(construct)) {
      const body = context.body(construct, "resource") ?? {};
      const userData = body.user_data ?? body.user_data_base64 ?? singleBlock(body.metadata)?.user_data;
      if (userData !== undefined) {
        return [`${construct.terraformResourceType} has user-data but was not created by a PairPac placement, so its size was never estimated. Place machines with Placement.aws(...)/Placement.oci(...).`];
      }
    }
    return [];
  }
}
