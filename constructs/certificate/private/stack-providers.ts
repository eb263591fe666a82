import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { AcmeProvider } from "../../../.gen/providers/acme/provider";
import { invalid } from "../../../src/errors";

export { stackTlsProvider } from "../../private/stack-providers";

/**
 * The stack's acme provider for `serverUrl`, created at the top of the stack (id `AcmeProvider`) when missing.
 * A stack holds one branch, so one ACME directory: a second, different URL is an error.
 */
export function stackAcmeProvider(scope: IConstruct, serverUrl: string): AcmeProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.findAll().filter((c): c is AcmeProvider => c instanceof AcmeProvider);
  const same = existing.find((p) => p.serverUrlInput === serverUrl);
  if (same) {
    return same;
  }
  if (existing.length > 0) {
    throw invalid("serverUrl", serverUrl, `differs from the ACME directory ${JSON.stringify(existing[0].serverUrlInput)} already configured in this stack`,
      "Use one ACME directory (production or staging) per stack.");
  }
  return new AcmeProvider(stack, "AcmeProvider", { serverUrl });
}
