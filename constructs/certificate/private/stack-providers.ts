import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { AcmeProvider } from "../../../.gen/providers/acme/provider";
import { invalid } from "../../../src/errors";

/** The stack's tls provider without alias, created at the top of the stack (id `TlsProvider`) when missing. */
export function stackTlsProvider(scope: IConstruct): TlsProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.findAll().find((c): c is TlsProvider => c instanceof TlsProvider && c.aliasInput === undefined);
  return existing ?? new TlsProvider(stack, "TlsProvider", {});
}

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
