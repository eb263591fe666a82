import { TerraformResource } from "cdktf";
import type { IConstruct } from "constructs";
import type { PolicyContext } from "../policy-context";
import { PolicyRule } from "../policy-rule";
import { singleBlock } from "../private/terraform-json";

/** Resource types that hold persistent data. */
const VOLUME_TYPES = new Set(["aws_ebs_volume", "oci_core_volume"]);

/**
 * Every persistent volume (`aws_ebs_volume`, `oci_core_volume`) has `lifecycle { prevent_destroy = true }`:
 * home directories, mail and the Mumble database live there and must survive a replaced machine, a renamed
 * construct or a careless `destroy`.
 */
export class PersistentVolumeProtected extends PolicyRule {
  /** Rule id. */
  readonly id = "PairPac-PersistentVolumeProtected";
  /** What the rule enforces. */
  readonly description = "Every persistent volume has lifecycle.prevent_destroy = true.";

  /** Findings for one construct. */
  check(construct: IConstruct, context: PolicyContext): string[] {
    if (!(construct instanceof TerraformResource) || !VOLUME_TYPES.has(construct.terraformResourceType)) return [];
    const lifecycle = singleBlock(context.body(construct, "resource")?.lifecycle);
    if (lifecycle?.prevent_destroy === true) return [];
    return [`${construct.terraformResourceType} holds persistent data but lifecycle.prevent_destroy is ${JSON.stringify(lifecycle?.prevent_destroy ?? "not set")}. Set lifecycle: { preventDestroy: true }.`];
  }
}
