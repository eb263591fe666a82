/** A placement for the node tests: records what it was asked to place and tells the role what a real one would. */
import { DataResource, TerraformOutput, TerraformStack, Testing } from "cdktf";
import type { Construct } from "constructs";
import { Os, type CloudConfig } from "../../../cloudinit";
import { AWS_CLOUD_FACTS } from "../../../constructs/aws/private/placement-settings";
import { OCI_CLOUD_FACTS } from "../../../constructs/oci/private/placement-settings";
import { Placement, type Cloud, type MachineContext, type MachineSpec, type PlacedMachine } from "../../../constructs/placement";

/** The data-volume device the recording placement reports (an AWS NVMe by-id path). */
export const RECORDED_DEVICE = "/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0123";

/** Records the specs it is asked to place; the real placements have their own tests. */
export class RecordingPlacement extends Placement {
  /** The specs, in the order they were placed. */
  readonly specs: MachineSpec[] = [];

  constructor(cloud: Cloud = "aws", os: Os = Os.UBUNTU_24_04, adminUser = "ubuntu") {
    super({ region: "eu-central-1", os, architecture: "x86_64", adminUser }, cloud === "oci" ? OCI_CLOUD_FACTS : AWS_CLOUD_FACTS);
  }

  place(scope: Construct, id: string, spec: MachineSpec): PlacedMachine {
    this.specs.push(spec);
    return { cloud: this.cloud, name: spec.name, publicIp: "198.51.100.9", adminUser: this.adminUser, publicPorts: spec.publicPorts, instance: new DataResource(scope, `${id}Instance`),
      ...(spec.dataVolume ? { dataVolumeDevice: RECORDED_DEVICE } : {}) };
  }

  /** What a real placement tells the role of `spec`: its data volume's device and the spec's label. */
  context(spec: MachineSpec = this.specs[0], over: Partial<MachineContext> = {}): MachineContext {
    return { cloud: this.cloud, os: this.os, architecture: this.architecture, adminUser: this.adminUser,
      ...(spec.dataVolume ? { dataVolumeDevice: RECORDED_DEVICE, dataVolumeLabel: spec.dataVolume.label } : {}), ...over };
  }

  /** The document the role of the first spec renders with {@link context} (and `over`). */
  userData(over: Partial<MachineContext> = {}): CloudConfig {
    const spec = this.specs[0];
    const source = spec.userData;
    return (typeof source === "function" ? source(this.context(spec, over)) : source) as CloudConfig;
  }
}

/** What Terraform will see for `value` (through an output of the synthesized stack). */
export function resolved(stack: TerraformStack, value: string | undefined): string {
  const id = `Check${Math.random().toString(36).slice(2)}`;
  new TerraformOutput(stack, id, { value });
  return (JSON.parse(Testing.synth(stack)) as { output: Record<string, { value: string }> }).output[id].value;
}
