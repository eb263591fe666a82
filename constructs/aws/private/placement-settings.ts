import { Os } from "../../../cloudinit/os";
import { invalid } from "../../../src/errors";
import type { Architecture, CloudFacts, DataVolumeLimits } from "../../machine";
import type { AwsPlacementProps } from "../aws-placement";
import { awsImageSpec } from "./images";
import { architectureOf } from "./instance-types";

/** EBS gp3 volumes: 1 to 16384 GiB. */
export const AWS_DATA_VOLUME_LIMITS: DataVolumeLimits = Object.freeze({ minGb: 1, maxGb: 16384, description: "AWS (gp3)" });

/** EC2: gp3 data volumes; `aws_instance.instance_state` is "running" while it runs; the AWS CLI starts it. */
export const AWS_CLOUD_FACTS: CloudFacts = Object.freeze({
  cloud: "aws",
  dataVolumeLimits: AWS_DATA_VOLUME_LIMITS,
  running: { attribute: "instance_state", value: "running" },
  startCommand: (region: string, id: string) => `aws ec2 start-instances --region ${region} --instance-ids ${id}`,
});

/** An AWS placement's settings, checked and with every default applied. */
export interface AwsPlacementSettings {
  /** The region. */
  readonly region: string;
  /** EC2 instance type. */
  readonly instanceType: string;
  /** Operating system of the image. */
  readonly os: Os;
  /** CPU architecture, matching the instance type. */
  readonly architecture: Architecture;
  /** Login user of the image. */
  readonly adminUser: string;
  /** Size of the root volume in GiB. */
  readonly rootVolumeSizeGb: number;
  /** Replace the instance when a newer image is published. */
  readonly followLatestImage: boolean;
}

/** Checks `props` and applies the defaults; throws a PairPacError naming the first bad field. */
export function awsPlacementSettings(props: AwsPlacementProps): AwsPlacementSettings {
  const instanceType = props.instanceType ?? "t3.micro";
  const os = props.os ?? Os.UBUNTU_24_04;
  const rootVolumeSizeGb = props.rootVolumeSizeGb ?? 16;
  if (typeof instanceType !== "string" || !/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/.test(instanceType)) {
    throw invalid("instanceType", instanceType, "is not an EC2 instance type", 'Use e.g. "t3.micro".');
  }
  const derived = architectureOf(instanceType);
  const architecture = props.architecture ?? derived;
  if (architecture !== derived) {
    throw invalid("architecture", props.architecture, `does not match instance type ${instanceType} (${derived})`, `Leave architecture out or choose a ${props.architecture} instance type (e.g. ${props.architecture === "arm64" ? "t4g.micro" : "t3.micro"}).`);
  }
  if (!Number.isInteger(rootVolumeSizeGb) || rootVolumeSizeGb < 8 || rootVolumeSizeGb > 1024) {
    throw invalid("rootVolumeSizeGb", rootVolumeSizeGb, "must be an integer between 8 and 1024", "Use e.g. 16.");
  }
  return {
    region: props.region,
    instanceType,
    os,
    architecture,
    adminUser: awsImageSpec(os, architecture).adminUser,
    rootVolumeSizeGb,
    followLatestImage: props.followLatestImage ?? false,
  };
}
