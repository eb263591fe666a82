/**
 * Shared helpers of the GatewayNode and DesktopNode tests: a placement that records what it was asked to place (the
 * real placements have their own tests), the machine context it would pass to the role, and what Terraform sees for
 * a value.
 */
import { TerraformOutput, TerraformStack, Testing } from "cdktf";
import type { Construct } from "constructs";
import { Os, UserDataBudget } from "../../cloudinit";
import type { MachineContext, MachineSpec, PlacedMachine, Placement } from "../../constructs/placement";

/** The data volume device the recording placement reports. */
export const RECORDED_DATA_VOLUME_DEVICE = "/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0123";

/** A placement that records every spec it is asked to place and answers with a fixed machine. */
export class RecordingPlacement {
  readonly cloud: "aws" | "oci";
  readonly region = "eu-central-1";
  readonly os: Os;
  readonly architecture = "x86_64" as const;
  readonly adminUser: string;
  readonly userDataBudget = UserDataBudget.AWS;
  readonly specs: MachineSpec[] = [];

  constructor(o: { readonly cloud?: "aws" | "oci"; readonly os?: Os; readonly adminUser?: string } = {}) {
    this.cloud = o.cloud ?? "aws";
    this.os = o.os ?? Os.UBUNTU_24_04;
    this.adminUser = o.adminUser ?? "ubuntu";
  }

  /** This recorder as the placement a node takes. */
  asPlacement(): Placement {
    return this as unknown as Placement;
  }

  place(_scope: Construct, _id: string, spec: MachineSpec): PlacedMachine {
    this.specs.push(spec);
    return { cloud: this.cloud, name: spec.name, publicIp: "198.51.100.9", adminUser: this.adminUser, publicPorts: spec.publicPorts, instance: undefined as never,
      ...(spec.dataVolume ? { dataVolumeDevice: RECORDED_DATA_VOLUME_DEVICE } : {}) };
  }

  /** The context this placement gives the role's user-data, with `dataVolumeDevice` as given. */
  context(dataVolumeDevice?: string): MachineContext {
    return { cloud: "aws", os: this.os, architecture: this.architecture, adminUser: this.adminUser, userDataBudget: this.userDataBudget, dataVolumeDevice };
  }
}

/** What Terraform will see for `value` (through an output of the synthesized stack). */
export function resolved(stack: TerraformStack, value: string | undefined): string {
  const id = `Check${Math.random().toString(36).slice(2)}`;
  new TerraformOutput(stack, id, { value });
  return (JSON.parse(Testing.synth(stack)) as { output: Record<string, { value: string }> }).output[id].value;
}
