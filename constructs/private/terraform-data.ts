import { anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl, TerraformResource, type ITerraformDependable, type TerraformResourceLifecycle } from "cdktf";
import type { FileProvisioner, LocalExecProvisioner, RemoteExecProvisioner, SSHProvisionerConnection, WinrmProvisionerConnection } from "cdktf";
import type { Construct } from "constructs";

/** What PairPac sets on a `terraform_data` resource. */
export interface TerraformDataConfig {
  /** `triggers_replace`: a change of any value replaces the resource (and runs its provisioners again). */
  readonly triggersReplace?: Record<string, string>;
  /** `input`: a value stored in the state; a change updates the resource in place (no provisioner runs). */
  readonly input?: string;
  /** Resources it waits for. */
  readonly dependsOn?: ITerraformDependable[];
  /** `lifecycle`, e.g. a precondition. */
  readonly lifecycle?: TerraformResourceLifecycle;
  /** `connection` of its provisioners. */
  readonly connection?: SSHProvisionerConnection | WinrmProvisionerConnection;
  /** Its provisioners, in order. */
  readonly provisioners?: (FileProvisioner | LocalExecProvisioner | RemoteExecProvisioner)[];
}

/**
 * Terraform's built-in `terraform_data` managed resource (Terraform 1.4+, no provider to download), with the
 * attributes PairPac uses. It synthesizes what cdktf's own `DataResource` does for them, but adds no validation that
 * runs `terraform version` at synth: that spawned the Terraform CLI once per resource (about 65 ms each) and failed
 * the synth on a machine without it. The stack's `terraform.required_version` (at least 1.5) already asks for a
 * Terraform that has it.
 */
export class TerraformData extends TerraformResource {
  /** The resource type. */
  static readonly tfResourceType = "terraform_data";

  private readonly triggersReplace?: Record<string, string>;
  private readonly input?: string;

  constructor(scope: Construct, id: string, config: TerraformDataConfig) {
    super(scope, id, {
      terraformResourceType: TerraformData.tfResourceType,
      terraformGeneratorMetadata: { providerName: "terraform" },
      dependsOn: config.dependsOn,
      lifecycle: config.lifecycle,
      connection: config.connection,
      provisioners: config.provisioners,
    });
    this.triggersReplace = config.triggersReplace;
    this.input = config.input;
  }

  protected override synthesizeAttributes(): Record<string, unknown> {
    return {
      ...(this.triggersReplace === undefined ? {} : { triggers_replace: hashMapper(anyToTerraform)(this.triggersReplace) }),
      ...(this.input === undefined ? {} : { input: anyToTerraform(this.input) }),
    };
  }

  protected override synthesizeHclAttributes(): Record<string, unknown> {
    return {
      ...(this.triggersReplace === undefined ? {} : { triggers_replace: hashMapperHcl(anyToHclTerraform)(this.triggersReplace) }),
      ...(this.input === undefined ? {} : { input: anyToHclTerraform(this.input) }),
    };
  }
}
