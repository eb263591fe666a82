/** Test helpers of the DNS and certificate tests; the schema check itself is in test/support/terraform.ts. */
import { DefaultTokenResolver, StringConcat, type TerraformResource, Tokenization } from "cdktf";
import type { IConstruct } from "constructs";
import type { TfJson } from "../../support/terraform";

export { expectValidTerraform, SCHEMA_DIR, synthChecked, type TfJson } from "../../support/terraform";

/** The synthesized block of `element` (resource, data source or provider-independent element) in `json`. */
export function blockOf(json: TfJson, element: TerraformResource): TfJson {
  const block = json.resource?.[element.terraformResourceType]?.[element.friendlyUniqueId];
  if (block === undefined) {
    throw new Error(`no ${element.terraformResourceType}.${element.friendlyUniqueId} in the synthesized JSON`);
  }
  return block as TfJson;
}

/** Resolves the tokens in `value` to the strings they synthesize to (e.g. `${var.x}`). */
export function resolveIn(scope: IConstruct, value: unknown): unknown {
  return Tokenization.resolve(value, { scope, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) });
}
