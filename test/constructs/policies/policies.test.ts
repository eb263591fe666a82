import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { Lazy, TerraformLocal, Testing } from "cdktf";
import { Construct, type IConstruct } from "constructs";
import { applyPolicies, Policies, PolicyContext, PolicyRule } from "../../../constructs/policies";
import { PairPacError } from "../../../src/errors";
import { GATEWAY_PORTS, newStack } from "../placement-support/support";
import { awsGateway, ociDesktop } from "./support";
import { expectPairPacError } from "../../support/pairpac-error";

/** A warning-level rule that flags constructs named "Flagged". */
class FlagNamed extends PolicyRule {
  readonly id = "Test-FlagNamed";
  readonly description = "Flags constructs named Flagged.";
  readonly level = "warning" as const;
  check(construct: IConstruct, _context: PolicyContext): string[] {
    return construct.node.id === "Flagged" ? ["is flagged"] : [];
  }
}

describe("applyPolicies", () => {
  test("the default rules: seven rules with distinct ids", () => {
    expect(Policies.defaultRules().map((r) => [r.id, r.level])).toEqual([
      ["PairPac-NoRemoteDesktopPorts", "error"],
      ["PairPac-OnlyDeclaredPorts", "error"],
      ["PairPac-Imdsv2Required", "error"],
      ["PairPac-UserDataWithinBudget", "error"],
      ["PairPac-SensitiveSecretOutputs", "error"],
      ["PairPac-PersistentVolumeProtected", "error"],
      ["PairPac-ProviderCredentialsFromEnvironment", "error"],
    ]);
  });

  test("a clean cross-cloud stack synthesizes with every default rule", () => {
    const stack = newStack();
    awsGateway(stack);
    ociDesktop(stack);
    const aspect = applyPolicies(stack);
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(aspect.findings).toEqual([]);
  });

  test("fails synth with every error finding listed", () => {
    const stack = newStack();
    awsGateway(stack, { publicPorts: [...GATEWAY_PORTS, { port: 5900, protocol: "tcp", description: "VNC" }] });
    new Instance(stack, "Plain", { ami: "ami-1", instanceType: "t3.micro" });
    new EbsVolume(stack, "Scratch", { availabilityZone: "eu-central-1a", size: 5 });
    applyPolicies(stack);
    let message = "";
    try {
      Testing.synth(stack, true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("[PairPac-NoRemoteDesktopPorts] test/Gateway/Ingress-tcp-5900: aws_vpc_security_group_ingress_rule rule tcp 5900 opens VNC (5900-5999)");
    expect(message).toContain('[PairPac-Imdsv2Required] test/Plain: aws_instance allows IMDSv1 (metadata_options.http_tokens is "not set"). Set metadata_options { http_tokens = "required" }. (if this is intended: Policies.suppress(construct, "PairPac-Imdsv2Required", "<reason>"))');
    expect(message).toContain("[PairPac-PersistentVolumeProtected] test/Scratch: aws_ebs_volume holds persistent data");
    expect(message.match(/\[PairPac-/g)).toHaveLength(3);
  });

  test("error findings are also construct annotations", () => {
    const stack = newStack();
    new EbsVolume(stack, "Scratch", { availabilityZone: "eu-central-1a", size: 5 });
    applyPolicies(stack);
    Testing.synth(stack);
    const scratch = stack.node.findChild("Scratch");
    expect(scratch.node.metadata.filter((m) => m.type === "@cdktf/error").map((m) => m.data)).toEqual([
      '[PairPac-PersistentVolumeProtected] aws_ebs_volume holds persistent data but lifecycle.prevent_destroy is "not set". Set lifecycle: { preventDestroy: true }.',
    ]);
  });

  test("a suppression with a reason silences the rule on the construct and below, and keeps the reason", () => {
    const stack = newStack();
    const scope = new Construct(stack, "Scratchpad");
    new EbsVolume(scope, "Cache", { availabilityZone: "eu-central-1a", size: 5 });
    new EbsVolume(stack, "Other", { availabilityZone: "eu-central-1a", size: 5 });
    Policies.suppress(scope, "PairPac-PersistentVolumeProtected", "  a cache that is rebuilt on boot  ");
    const aspect = applyPolicies(stack);
    Testing.synth(stack);
    expect(aspect.findings.map((f) => f.path)).toEqual(["test/Other"]);
    expect(aspect.suppressed.map((f) => [f.ruleId, f.path, f.reason])).toEqual([["PairPac-PersistentVolumeProtected", "test/Scratchpad/Cache", "a cache that is rebuilt on boot"]]);
    expect(Policies.suppressionReason(scope.node.findChild("Cache"), "PairPac-PersistentVolumeProtected")).toBe("a cache that is rebuilt on boot");
    expect(Policies.suppressionReason(scope, "PairPac-Imdsv2Required")).toBeUndefined();
  });

  test("fails to suppress without a reason or without a rule id", () => {
    const stack = newStack();
    expect(() => Policies.suppress(stack, "PairPac-OnlyDeclaredPorts", "   ")).toThrow(PairPacError);
    expectPairPacError(() => Policies.suppress(stack, "PairPac-OnlyDeclaredPorts", ""), { field: "reason", value: "", problem: "must say why PairPac-OnlyDeclaredPorts does not apply to test", fix: /^Write the reason a reviewer needs/ });
    expectPairPacError(() => Policies.suppress(stack, "", "because"), { field: "ruleId", value: "", problem: "must be a rule id" });
  });

  test("custom rules: a warning is annotated but does not fail synth; applying twice returns the same aspect", () => {
    const stack = newStack();
    new Construct(stack, "Flagged");
    const aspect = applyPolicies(stack, { rules: [new FlagNamed()] });
    expect(applyPolicies(stack)).toBe(aspect);
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(aspect.findings).toEqual([{ ruleId: "Test-FlagNamed", level: "warning", path: "test/Flagged", message: "is flagged" }]);
    expect(aspect.errorMessages()).toEqual([]);
    expect(stack.node.findChild("Flagged").node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data)).toEqual(["[Test-FlagNamed] is flagged"]);
  });
});

describe("PolicyContext local values", () => {
  test("local(name) resolves only that local, through its own tokens; locals() lists them all; an unknown name is undefined", () => {
    const stack = newStack();
    let produced = 0;
    const counted = Lazy.stringValue({ produce: () => { produced++; return "big"; } });
    new TerraformLocal(stack, "Small", "${var.x}-1");
    new TerraformLocal(stack, "Big", counted);
    const context = new PolicyContext(stack);
    expect(context.local("Small")).toBe("${var.x}-1");
    expect(produced).toBe(0);
    expect(context.local("Nope")).toBeUndefined();
    expect(context.local("Big")).toBe("big");
    expect(Object.fromEntries(context.locals())).toEqual({ Small: "${var.x}-1", Big: "big" });
  });
});
