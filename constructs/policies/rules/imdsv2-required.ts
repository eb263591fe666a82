import { TerraformResource } from "cdktf";
import type { IConstruct } from "constructs";
import type { PolicyContext } from "../policy-context";
import { PolicyRule } from "../policy-rule";
import { singleBlock } from "../private/terraform-json";

/**
 * Every instance accepts only session-based metadata requests: AWS `metadata_options.http_tokens = "required"`
 * (IMDSv2; or the metadata endpoint disabled), OCI `instance_options.are_legacy_imds_endpoints_disabled = true`
 * (IMDS v2 only). A process tricked into fetching a URL (SSRF) then cannot read the instance's metadata.
 */
export class Imdsv2Required extends PolicyRule {
  /** Rule id. */
  readonly id = "PairPac-Imdsv2Required";
  /** What the rule enforces. */
  readonly description = "Every instance requires IMDSv2 (AWS http_tokens = required; OCI legacy IMDS endpoints disabled).";

  /** Findings for one construct. */
  check(construct: IConstruct, context: PolicyContext): string[] {
    if (!(construct instanceof TerraformResource)) return [];
    if (construct.terraformResourceType === "aws_instance") {
      const options = singleBlock(context.body(construct, "resource")?.metadata_options);
      if (options?.http_tokens === "required" || options?.http_endpoint === "disabled") return [];
      return [`aws_instance allows IMDSv1 (metadata_options.http_tokens is ${JSON.stringify(options?.http_tokens ?? "not set")}). Set metadata_options { http_tokens = "required" }.`];
    }
    if (construct.terraformResourceType === "oci_core_instance") {
      const options = singleBlock(context.body(construct, "resource")?.instance_options);
      if (options?.are_legacy_imds_endpoints_disabled === true) return [];
      return [`oci_core_instance allows the legacy IMDS v1 endpoints (instance_options.are_legacy_imds_endpoints_disabled is ${JSON.stringify(options?.are_legacy_imds_endpoints_disabled ?? "not set")}). Set instance_options { are_legacy_imds_endpoints_disabled = true }.`];
    }
    return [];
  }
}
