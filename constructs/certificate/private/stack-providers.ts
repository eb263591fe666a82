import type { IConstruct } from "constructs";
import { AcmeProvider } from "../../../.gen/providers/acme/provider";
import { invalid } from "../../../src/errors";
import { perStack } from "../../private/per-stack";

export { stackTlsProvider } from "../../private/stack-providers";

/**
 * The stack's acme provider for `serverUrl`, created at the top of the stack (id `AcmeProvider`) when missing.
 * A stack holds one branch, so one ACME directory: a second, different URL is an error.
 */
export function stackAcmeProvider(scope: IConstruct, serverUrl: string): AcmeProvider {
  return perStack(scope, {
    id: "AcmeProvider",
    type: AcmeProvider,
    matches: () => true,
    create: (stack, id) => new AcmeProvider(stack, id, { serverUrl }),
    reuse: (existing) => {
      if (existing.serverUrlInput !== serverUrl) {
        throw invalid("serverUrl", serverUrl, `differs from the ACME directory ${JSON.stringify(existing.serverUrlInput)} already configured in this stack`,
          "Use one ACME directory (production or staging) per stack.");
      }
    },
  });
}
