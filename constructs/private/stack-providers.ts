import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";

/** The stack's tls provider without alias, created at the top of the stack (id `TlsProvider`) when missing. */
export function stackTlsProvider(scope: IConstruct): TlsProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild("TlsProvider");
  if (existing instanceof TlsProvider) return existing;
  const other = stack.node.findAll().find((c): c is TlsProvider => c instanceof TlsProvider && c.aliasInput === undefined);
  return other ?? new TlsProvider(stack, "TlsProvider", {});
}

/** The stack's random provider without alias, created at the top of the stack (id `RandomProvider`) when missing. */
export function stackRandomProvider(scope: IConstruct): RandomProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild("RandomProvider");
  if (existing instanceof RandomProvider) return existing;
  const other = stack.node.findAll().find((c): c is RandomProvider => c instanceof RandomProvider && c.aliasInput === undefined);
  return other ?? new RandomProvider(stack, "RandomProvider", {});
}
