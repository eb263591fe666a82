import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { Os } from "../../../cloudinit/os";
import { invalid } from "../../../src/errors";
import type { Architecture, CloudFacts, DataVolumeLimits } from "../../machine";
import { OciMachine } from "../oci-machine";
import { FREE_MICRO_INSTANCES, type OciPlacementProps } from "../oci-placement";
import { OciShape } from "../oci-shape";
import { ociImageSpec } from "./images";

/** OCI block volumes: 50 to 32768 GB. */
export const OCI_DATA_VOLUME_LIMITS: DataVolumeLimits = Object.freeze({ minGb: 50, maxGb: 32768, description: "OCI (the smallest block volume is 50 GB)" });

/** OCI: block volumes; `oci_core_instance.state` is "RUNNING" while it runs; the OCI CLI starts it. */
export const OCI_CLOUD_FACTS: CloudFacts = Object.freeze({
  cloud: "oci",
  dataVolumeLimits: OCI_DATA_VOLUME_LIMITS,
  running: { attribute: "state", value: "RUNNING" },
  startCommand: (region: string, id: string) => `oci compute instance action --region ${region} --action START --instance-id ${id}`,
});

/** An OCI placement's settings, checked and with every default applied. */
export interface OciPlacementSettings {
  /** The region. */
  readonly region: string;
  /** Compute shape. */
  readonly shape: OciShape;
  /** Operating system of the image. */
  readonly os: Os;
  /** CPU architecture of the shape. */
  readonly architecture: Architecture;
  /** Login user of the image. */
  readonly adminUser: string;
  /** Availability domain name to pin machines to, if given. */
  readonly availabilityDomain?: string;
  /** Availability domain index to pin machines to, if given. */
  readonly availabilityDomainIndex?: number;
  /** Boot volume size in GB, if given. */
  readonly bootVolumeSizeGb?: number;
  /** Replace the instance when a newer image is published. */
  readonly followLatestImage: boolean;
}

/** Checks `props` and applies the defaults; throws a PairPacError naming the first bad field. */
export function ociPlacementSettings(props: OciPlacementProps): OciPlacementSettings {
  const shape = props.shape ?? OciShape.E2_1_MICRO;
  const os = props.os ?? Os.UBUNTU_24_04;
  const index = props.availabilityDomainIndex;
  if (!(shape instanceof OciShape)) {
    throw invalid("shape", props.shape, "must be an OciShape", "Use OciShape.E2_1_MICRO or OciShape.a1Flex({ ocpus, memoryInGbs }).");
  }
  if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > 2)) {
    throw invalid("availabilityDomainIndex", index, "must be 0, 1 or 2 (regions have at most three availability domains)", "Use 0 for the first one, or leave it out to choose at plan time.");
  }
  if (props.availabilityDomain !== undefined && (typeof props.availabilityDomain !== "string" || !/^[A-Za-z0-9]{1,10}:[A-Z]{2}(-[A-Z]+)+-\d+-AD-[1-3]$/.test(props.availabilityDomain))) {
    throw invalid("availabilityDomain", props.availabilityDomain, "is not an availability domain name", "Use the name `oci iam availability-domain list` prints, e.g. \"Uocm:EU-FRANKFURT-1-AD-2\".");
  }
  if (props.availabilityDomain !== undefined && index !== undefined) {
    throw invalid("availabilityDomainIndex", index, "is given together with availabilityDomain", "Give only one of them.");
  }
  if (props.bootVolumeSizeGb !== undefined && (!Number.isInteger(props.bootVolumeSizeGb) || props.bootVolumeSizeGb < 50 || props.bootVolumeSizeGb > 32768)) {
    throw invalid("bootVolumeSizeGb", props.bootVolumeSizeGb, "must be an integer between 50 and 32768", "Use e.g. 50, or leave it out for the image default.");
  }
  return {
    region: props.region,
    shape,
    os,
    architecture: shape.architecture,
    adminUser: ociImageSpec(os, shape.architecture).adminUser,
    availabilityDomain: props.availabilityDomain,
    availabilityDomainIndex: index,
    bootVolumeSizeGb: props.bootVolumeSizeGb,
    followLatestImage: props.followLatestImage ?? false,
  };
}

/**
 * Throws when placing `machine` on the Always Free micro shape would exceed the tenancy's {@link FREE_MICRO_INSTANCES}
 * micros in the stack of `scope` (the apply would fail on the service limit).
 */
export function checkFreeMicros(scope: IConstruct, shape: OciShape, machine: string): void {
  if (shape.name !== OciShape.E2_1_MICRO.name) return;
  const micros = TerraformStack.of(scope).node.findAll().filter((c): c is OciMachine => c instanceof OciMachine && c.shapeName === OciShape.E2_1_MICRO.name);
  if (micros.length >= FREE_MICRO_INSTANCES) {
    throw invalid("shape", `${OciShape.E2_1_MICRO.name} for ${machine}`, `would be OCI micro instance number ${micros.length + 1} of the branch (${micros.map((m) => m.name).join(", ")} already are); a tenancy has ${FREE_MICRO_INSTANCES} Always Free micros, so the apply would fail on the limit`,
      "Put this machine on VM.Standard.A1.Flex (PAIRPAC_OCI_SHAPE=VM.Standard.A1.Flex, OciShape.a1Flex()) or on AWS (PAIRPAC_DESKTOPS=oci,aws), or run fewer desktops.");
  }
}
