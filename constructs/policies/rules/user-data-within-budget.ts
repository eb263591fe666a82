import { TerraformResource } from "cdktf";
import type { IConstruct } from "constructs";
import { machineRecordOf } from "../../private/machine-record";
import type { PolicyContext } from "../policy-context";
import { PolicyRule } from "../policy-rule";
import { singleBlock } from "../private/terraform-json";

/** Instance types whose user-data this rule accounts for. */
const INSTANCE_TYPES = new Set(["aws_instance", "oci_core_instance"]);

/**
 * Every machine's user-data fits its cloud's limit, judged by the worst-case estimate its placement recorded
 * (AWS: 16,384 bytes after gzip; OCI: 32,000 bytes of metadata, base64). An instance with user-data that was
 * not created by a PairPac placement has no estimate and is a finding too.
 */
export class UserDataWithinBudget extends PolicyRule {
  /** Rule id. */
  readonly id = "PairPac-UserDataWithinBudget";
  /** What the rule enforces. */
  readonly description = "Every instance's user-data is within its cloud's limit (worst-case estimate recorded at synth time).";

  /** Findings for one construct. */
  check(construct: IConstruct, context: PolicyContext): string[] {
    const record = machineRecordOf(construct);
    if (record) {
      const size = record.userDataSize();
      if (size.estimate === undefined) {
        return [`the user-data size of ${record.name} could not be estimated${size.reason ? ` (${size.reason})` : ""}, so it cannot be checked against the ${size.budgetName} limit of ${size.limit} ${size.unit}.`];
      }
      if (size.estimate > size.limit) {
        return [`the user-data of ${record.name} is about ${size.estimate} ${size.unit} at worst, over the ${size.budgetName} limit of ${size.limit}. Move large content out of user-data or switch optional features off (checkBudget names the largest contributors).`];
      }
      return [];
    }
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
