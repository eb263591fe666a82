import {
  DefaultTokenResolver, StringConcat, TerraformBackend, TerraformProvider, TerraformResource, TerraformStack, TerraformVariable, Tokenization,
} from "cdktf";
import type { IConstruct } from "constructs";
import { TerraformData } from "../constructs/private/terraform-data";
import { invalid } from "../src/errors";

/** Resource types that hold a branch's persistent data (the same set the PersistentVolumeProtected rule guards). */
export const DATA_VOLUME_TYPES: readonly string[] = ["aws_ebs_volume", "oci_core_volume"];

/**
 * What happens to a branch when it is torn down, and to its data volumes. Pass it as `BranchStackProps.teardown`
 * (the app: `PAIRPAC_TEARDOWN`) and run `cdktf deploy` for the stack (for {@link Teardown.deleteData}, `cdktf destroy`
 * works as well; for {@link Teardown.keepData} it does not: `terraform destroy` ignores `removed` blocks in
 * Terraform 1.11 and would delete the volumes; the teardown guard (a `terraform_data` named `teardown-guard` that every deployed stack with data volumes holds) stops it before them;
 * shown in test/stacks/teardown.conformance.test.ts).
 *
 * A teardown stack keeps only the backend, the providers and the variables they use: every resource, data source, local,
 * output and check of the branch leaves the configuration, so Terraform destroys everything the state holds,
 * in the dependency order recorded in the state, OCI compartment included. The data volumes are the exception:
 *
 * - {@link Teardown.keepData}: each volume gets a `removed { from = <address>, lifecycle { destroy = false } }`
 *   block (Terraform 1.7 or later, "config-driven remove"): Terraform forgets it and the volume keeps existing
 *   (and keeps being billed) outside Terraform. The teardown guard stays too, with a destroy-time check.
 * - {@link Teardown.deleteData}: the volumes are destroyed with the rest, but only for the stacks named when
 *   asking for it, so a teardown meant for one branch never deletes the data of another.
 */
export class Teardown {
  /** Tear the branch down and keep its data volumes (they leave Terraform's management). */
  static keepData(): Teardown {
    return new Teardown("keep", []);
  }

  /**
   * Tear the branch down and delete its data volumes too. `stackNames` must name the stack being torn down
   * (its `BranchIdentity.stackName`); any other stack given this teardown is an error at synth.
   */
  static deleteData(stackNames: readonly string[]): Teardown {
    if (!Array.isArray(stackNames) || stackNames.length === 0 || stackNames.some((s) => typeof s !== "string" || s.trim() === "")) {
      throw invalid("teardown.stackNames", stackNames, "must name at least one stack whose data volumes are deleted", "Pass the stack name(s) of the branch(es) to delete, e.g. Teardown.deleteData([\"main\"]).");
    }
    return new Teardown("delete", stackNames.map((s) => s.trim()));
  }

  private constructor(
    /** `keep`: volumes are forgotten; `delete`: volumes are destroyed. */
    readonly data: "keep" | "delete",
    /** For `delete`: the stacks whose data may be deleted. */
    readonly stackNames: readonly string[],
  ) {}

  /**
   * Turns the fully built `stack` into its teardown: removes everything but backend, providers and variables,
   * and (keep) adds a `removed` block per data volume. Returns the addresses of the data volumes.
   */
  apply(stack: TerraformStack): string[] {
    if (this.data === "delete" && !this.stackNames.includes(stack.node.id)) {
      throw invalid("teardown", `delete:${this.stackNames.join(",")}`, `does not name the stack "${stack.node.id}", so its data volumes may not be deleted`,
        `Name it (PAIRPAC_TEARDOWN=delete:${stack.node.id}), or use PAIRPAC_TEARDOWN=keep to keep the data.`);
    }
    const volumes = dataVolumes(stack).map((r) => `${r.terraformResourceType}.${r.friendlyUniqueId}`);
    strip(stack);
    dropUnusedVariables(stack);
    if (this.data === "keep" && volumes.length > 0) {
      stack.addOverride("removed", volumes.map((from) => ({ from, lifecycle: { destroy: false } })));
      // The deployed stack's guard (same address) becomes "kept" when this teardown runs as a deploy; a destroy
      // that comes first finds it still "deployed" and fails before the volumes.
      new TerraformData(stack, TEARDOWN_GUARD_ID, {
        input: TEARDOWN_GUARD_KEPT,
        provisioners: [{ type: "local-exec", when: "destroy", command: teardownGuardCommand(stack.node.id) }],
      });
    }
    return volumes;
  }
}

/** Construct id (and so Terraform name) of the guard that stops a destroy of a keep teardown, see {@link addTeardownGuard}. */
export const TEARDOWN_GUARD_ID = "teardown-guard";

/** The guard's `input` in a deployed stack, and in a keep teardown. */
export const TEARDOWN_GUARD_DEPLOYED = "deployed";
export const TEARDOWN_GUARD_KEPT = "kept";

/**
 * What the guard's destroy-time provisioner runs: nothing once a keep teardown has run as a deploy (the state's
 * `input` is then "kept"), else a message and a failure, which stops the destroy before the data volumes (the guard
 * depends on them, so Terraform destroys it first). `echo` and `exit` mean the same in `sh` and Windows `cmd`, the
 * shells local-exec uses; the message has no character either shell would interpret.
 */
export function teardownGuardCommand(stackName: string): string {
  const message = `PairPac: the data volumes were not destroyed. A keep teardown must run as cdktf deploy ${stackName} first,`
    + " because terraform destroy ignores its removed blocks and would delete the volumes. Run cdktf deploy, then destroy again if you like.";
  return `\${self.input == "${TEARDOWN_GUARD_KEPT}" ? "exit 0" : "echo ${message} && exit 1"}`;
}

/**
 * Adds the teardown guard to a deployed stack with data volumes: a `terraform_data` (no provider) that depends on
 * every data volume, with `input = "deployed"`. Terraform records those dependencies in the state, so a later
 * `terraform destroy` of a keep teardown destroys the guard before the volumes, and the teardown's guard (same
 * address, a destroy-time provisioner) stops it there. Returns undefined when the stack has no data volume.
 */
export function addTeardownGuard(stack: TerraformStack): TerraformData | undefined {
  const volumes = dataVolumes(stack);
  if (volumes.length === 0) return undefined;
  return new TerraformData(stack, TEARDOWN_GUARD_ID, { input: TEARDOWN_GUARD_DEPLOYED, dependsOn: volumes });
}

function dataVolumes(stack: TerraformStack): TerraformResource[] {
  return stack.node.findAll().filter((c): c is TerraformResource => c instanceof TerraformResource && DATA_VOLUME_TYPES.includes(c.terraformResourceType));
}

function keeps(c: IConstruct): boolean {
  return c instanceof TerraformProvider || c instanceof TerraformBackend || c instanceof TerraformVariable;
}

/** Removes from `scope` every child subtree that holds no provider, backend or variable; recurses into the others. */
function strip(scope: IConstruct): void {
  for (const child of [...scope.node.children]) {
    if (keeps(child)) continue;
    if (child.node.findAll().some(keeps)) {
      strip(child);
    } else {
      scope.node.tryRemoveChild(child.node.id);
    }
  }
}

/**
 * Removes the stack-level variables no remaining provider configuration refers to (e.g. the lego credentials of
 * the certificate), so a teardown never asks for a value it does not use.
 */
function dropUnusedVariables(stack: TerraformStack): void {
  const providers = stack.node.findAll().filter((c): c is TerraformProvider => c instanceof TerraformProvider);
  const used = JSON.stringify(Tokenization.resolve(providers.map((p) => p.toTerraform()), {
    scope: stack, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()),
  }));
  for (const variable of stack.node.findAll().filter((c): c is TerraformVariable => c instanceof TerraformVariable)) {
    if (!used.includes(`var.${variable.friendlyUniqueId}`)) variable.node.scope?.node.tryRemoveChild(variable.node.id);
  }
}
