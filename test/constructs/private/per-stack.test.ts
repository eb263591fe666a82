import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { perStack } from "../../../constructs/private/per-stack";
import { expectPairPacError } from "../../support/pairpac-error";

/** A construct whose constructor is private, as AwsNetwork's and OciCompartment's are. */
class Shared extends Construct {
  static of(scope: Construct, region: string, reused: string[] = []): Shared {
    return perStack(scope, {
      id: `Shared-${region}`,
      type: Shared,
      create: (stack, id) => new Shared(stack, id, region),
      reuse: (existing) => reused.push(existing.region),
    });
  }

  private constructor(scope: Construct, id: string, readonly region: string) {
    super(scope, id);
  }
}

describe("perStack", () => {
  test("creates at the top of the stack once, then finds it (from any scope of the stack) and lets the caller check it", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const deep = new Construct(new Construct(stack, "A"), "B");
    const reused: string[] = [];
    const first = Shared.of(deep, "eu-central-1", reused);
    expect(first.node.path).toBe("test/Shared-eu-central-1");
    expect(Shared.of(stack, "eu-central-1", reused)).toBe(first);
    expect(Shared.of(deep, "us-east-1", reused)).not.toBe(first);
    expect(reused).toEqual(["eu-central-1"]);
  });

  test("with matches: a fitting construct anywhere in the stack is used instead of creating one", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const mine = new TlsProvider(new Construct(stack, "Mine"), "tls", {});
    const spec = { id: "TlsProvider", type: TlsProvider, matches: (p: TlsProvider) => p.aliasInput === undefined, create: (s: TerraformStack, id: string) => new TlsProvider(s, id, {}) };
    expect(perStack(stack, spec)).toBe(mine);
    const other = new TerraformStack(Testing.app(), "other");
    new TlsProvider(other, "aliased", { alias: "second" });
    expect(perStack(other, spec).node.path).toBe("other/TlsProvider");
  });

  test("an id taken by a construct of another class fails naming the setting and the fix", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    new Construct(stack, "dns_secret");
    const create = (s: TerraformStack, id: string) => new TerraformVariable(s, id, {});
    expectPairPacError(() => perStack(stack, { id: "dns_secret", type: TerraformVariable, create }), { field: "id", value: "dns_secret", fix: "Choose another id for that construct." });
    expectPairPacError(() => perStack(stack, { id: "dns_secret", type: TerraformVariable, create, taken: { field: "keySecretVariable", fix: "Choose another variable name." } }),
      { field: "keySecretVariable", value: "dns_secret", problem: "is already the id of another construct at the top of the stack", fix: "Choose another variable name." });
  });

  test("a construct of the class under the id that matches rejects is an error, not a silent reuse", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    new TlsProvider(stack, "TlsProvider", { alias: "x" });
    expectPairPacError(() => perStack(stack, { id: "TlsProvider", type: TlsProvider, matches: (p) => p.aliasInput === undefined, create: (s, id) => new TlsProvider(s, id, {}) }),
      { field: "id", value: "TlsProvider", problem: "is already the id of another construct at the top of the stack" });
  });
});
