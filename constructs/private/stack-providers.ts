import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import type { IConstruct } from "constructs";
import { perStack } from "./per-stack";

/** The stack's tls provider without alias (any the stack has), created at the top of the stack (id `TlsProvider`) when missing. */
export function stackTlsProvider(scope: IConstruct): TlsProvider {
  return perStack(scope, {
    id: "TlsProvider",
    type: TlsProvider,
    matches: (p) => p.aliasInput === undefined,
    create: (stack, id) => new TlsProvider(stack, id, {}),
  });
}

/** The stack's random provider without alias (any the stack has), created at the top of the stack (id `RandomProvider`) when missing. */
export function stackRandomProvider(scope: IConstruct): RandomProvider {
  return perStack(scope, {
    id: "RandomProvider",
    type: RandomProvider,
    matches: (p) => p.aliasInput === undefined,
    create: (stack, id) => new RandomProvider(stack, id, {}),
  });
}
