import { DefaultTokenResolver, StringConcat, TerraformStack, Tokenization } from "cdktf";
import type { IConstruct } from "constructs";
import { findTokens } from "../../cloudinit/tokens";
import { invalid } from "../../src/errors";

/**
 * Registry of the largest length each Terraform value of a stack can resolve to, for user-data size estimates.
 *
 * User-data is rendered at synth time with tokens in it (passwords, keys, ids); cloudinit's
 * `estimateUserData` replaces each token by a stand-in of its declared length. Constructs that create a value
 * which may end up in user-data declare its worst-case length here, e.g.
 * `TokenLengths.declare(this, password.result, 32)`.
 *
 * Every access to a resource attribute creates a new token (`key.publicKeyOpenssh` twice gives two tokens), so
 * lengths are matched by what the tokens resolve to (`${tls_private_key.admin.public_key_openssh}`), not by the
 * token text: {@link TokenLengths.forText} finds the declared length of every token in a rendered document.
 */
export class TokenLengths {
  private static readonly registries = new WeakMap<IConstruct, Map<string, number>>();

  /**
   * Declares the largest length `token` can resolve to and returns the token unchanged. A string holding
   * several tokens declares each of them with the same length (declare single tokens).
   */
  static declare(scope: IConstruct, token: string, maxLength: number): string {
    if (!Number.isInteger(maxLength) || maxLength < 0) {
      throw invalid("maxLength", maxLength, "must be a non-negative integer", "Pass the largest number of characters the value can have.");
    }
    const tokens = findTokens(token);
    if (tokens.length === 0) {
      throw invalid("token", token, "is not a Terraform token", "Declare lengths of unresolved values only, e.g. password.result.");
    }
    const registry = TokenLengths.registryOf(scope);
    for (const key of tokens) {
      registry.set(key, Math.max(maxLength, registry.get(key) ?? 0));
    }
    return token;
  }

  /**
   * The declared length of every token occurring in `text` (keyed by the token text, as `estimateUserData`
   * expects), matched by resolved value. Tokens without a declaration are left out.
   */
  static forText(scope: IConstruct, text: string): Map<string, number> {
    const stack = TerraformStack.of(scope);
    const registry = TokenLengths.registryOf(scope);
    const byValue = new Map<string, number>();
    for (const [token, length] of registry) {
      const value = TokenLengths.resolve(stack, token);
      byValue.set(value, Math.max(length, byValue.get(value) ?? 0));
    }
    const out = new Map<string, number>();
    for (const token of new Set(findTokens(text))) {
      const length = registry.get(token) ?? byValue.get(TokenLengths.resolve(stack, token));
      if (length !== undefined) out.set(token, length);
    }
    return out;
  }

  private static resolve(stack: TerraformStack, token: string): string {
    return JSON.stringify(Tokenization.resolve(token, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }));
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
