import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";

/** cdktf's string form of a string token (the same pattern cloudinit's renderer looks for). */
const STRING_TOKEN = /\$\{TfToken\[TOKEN\.\d+\]\}/g;

/**
 * Registry of the largest length each Terraform string token of a stack can resolve to.
 *
 * User-data is rendered at synth time with tokens in it (passwords, keys, ids); cloudinit's
 * `estimateUserData` replaces each token by a stand-in of its declared length to estimate the encoded size.
 * Constructs that create a value which ends up in user-data declare its worst-case length here, e.g.
 * `TokenLengths.declare(this, password.result, 32)`.
 */
export class TokenLengths {
  private static readonly registries = new WeakMap<IConstruct, Map<string, number>>();

  /**
   * Declares the largest length `token` can resolve to and returns the token unchanged.
   * A string holding several tokens declares each of them with the same length (rarely what you want:
   * declare single tokens).
   */
  static declare(scope: IConstruct, token: string, maxLength: number): string {
    if (!Number.isInteger(maxLength) || maxLength < 0) {
      throw new Error(`TokenLengths.declare: maxLength must be a non-negative integer; got ${JSON.stringify(maxLength)}.`);
    }
    const tokens = token.match(STRING_TOKEN) ?? [];
    if (tokens.length === 0) {
      throw new Error(`TokenLengths.declare: expected a Terraform token; got ${JSON.stringify(token)}. Declare lengths of unresolved values only.`);
    }
    const registry = TokenLengths.registryOf(scope);
    for (const key of tokens) {
      registry.set(key, Math.max(maxLength, registry.get(key) ?? 0));
    }
    return token;
  }

  /** All lengths declared in the stack of `scope`, keyed by the token's string form (`${TfToken[TOKEN.n]}`). */
  static of(scope: IConstruct): ReadonlyMap<string, number> {
    return new Map(TokenLengths.registryOf(scope));
  }

  private static registryOf(scope: IConstruct): Map<string, number> {
    const stack = TerraformStack.of(scope);
    let registry = TokenLengths.registries.get(stack);
    if (!registry) {
      registry = new Map();
      TokenLengths.registries.set(stack, registry);
    }
    return registry;
  }
}
