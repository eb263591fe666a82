import { DefaultTokenResolver, StringConcat, TerraformElement, TerraformStack, Tokenization } from "cdktf";

/** A resolved configuration block: what the element writes into cdk.tf.json. */
export type Block = Record<string, unknown>;

/** The element's part of cdk.tf.json, with every token resolved to its Terraform expression. */
export function resolvedJson(element: TerraformElement): Block {
  const stack = TerraformStack.of(element);
  return Tokenization.resolve(element.toTerraform(), { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }) as Block;
}

/** The body of a resource, data source, output, local or variable element (its single entry in its section). */
export function resolvedBody(element: TerraformElement, section: "resource" | "data" | "output" | "variable"): Block | undefined {
  const json = resolvedJson(element)[section] as Record<string, unknown> | undefined;
  if (!json) return undefined;
  if (section === "output" || section === "variable") {
    return json[element.friendlyUniqueId] as Block | undefined;
  }
  for (const byName of Object.values(json)) {
    const body = (byName as Record<string, unknown>)[element.friendlyUniqueId];
    if (body !== undefined) return body as Block;
  }
  return undefined;
}

/** True for a plain object. */
export function isBlock(value: unknown): value is Block {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A nested block that may be written as an object or a one-element list. */
export function singleBlock(value: unknown): Block | undefined {
  if (Array.isArray(value)) return isBlock(value[0]) ? value[0] : undefined;
  return isBlock(value) ? value : undefined;
}

/** A list of nested blocks (a single object counts as one). */
export function blockList(value: unknown): Block[] {
  if (Array.isArray(value)) return value.filter(isBlock);
  return isBlock(value) ? [value] : [];
}
