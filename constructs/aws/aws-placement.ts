import type { Construct } from "constructs";
import { UserDataBudget } from "../../cloudinit";
import { Os } from "../../cloudinit/os";
import { invalid } from "../../src/errors";
import type { Architecture, MachineSpec, Placement, PlacedMachine } from "../placement";
import { validateDataVolume, validateMachineSpec } from "../private/validate";
import { AwsMachine } from "./aws-machine";
import { AwsNetwork } from "./aws-network";
import { awsImageSpec } from "./private/images";
import { architectureOf } from "./private/instance-types";

/** Settings of {@link Placement.aws}. */
export interface AwsPlacementProps {
  /** AWS region, e.g. "eu-central-1". */
  readonly region: string;
  /**
   * EC2 instance type. t2.micro/t3.micro are in the free tier of accounts opened before 2025-07-15.
   * @default "t3.micro"
   */
  readonly instanceType?: string;
  /**
   * Operating system of the image: Ubuntu 24.04 (Canonical's AMI, user `ubuntu`) or Debian 13 (Debian's AMI, user `admin`).
   * @default Os.UBUNTU_24_04
   */
  readonly os?: Os;
  /**
   * CPU architecture; must match the instance type (Graviton types such as t4g are arm64).
   * @default - derived from the instance type
   */
  readonly architecture?: Architecture;
  /**
   * Availability zone of the branch subnet in this region.
   * @default - the first available zone that needs no opt-in
   */
  readonly availabilityZone?: string;
  /**
   * IPv4 block of the branch VPC in this region.
   * @default "10.42.0.0/16"
   */
  readonly vpcCidr?: string;
  /**
   * IPv4 block of the public subnet.
   * @default "10.42.1.0/24"
   */
  readonly subnetCidr?: string;
  /**
   * Size of the encrypted gp3 root volume in GiB (8-1024). The free tier covers 30 GiB of EBS in total.
   * @default 16
   */
  readonly rootVolumeSizeGb?: number;
  /**
   * Replace the instance whenever a newer image is published. Off by default so that plans converge: the
   * image found when the instance was created stays (`ami` is in `ignore_changes`, which also holds when the
   * instance is replaced for changed user-data); `terraform apply -replace=<instance>` moves to the newest image.
   * @default false
   */
  readonly followLatestImage?: boolean;
  /**
   * Named profile of the shared AWS config and credentials files for this region's provider.
   * @default - the standard chain: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, AWS_PROFILE, shared files
   */
  readonly profile?: string;
}

/**
 * Places machines on Amazon EC2 (each machine its instance, Elastic IP, security group and data volume; one VPC
 * per region and stack). Create it with `Placement.aws(...)`.
 */
export class AwsPlacement implements Placement {
  /** Always "aws". */
  readonly cloud = "aws" as const;
  /** The region. */
  readonly region: string;
  /** Operating system of the image. */
  readonly os: Os;
  /** CPU architecture of instance and image. */
  readonly architecture: Architecture;
  /** Login user of the image ("ubuntu" or "admin"). */
  readonly adminUser: string;
  /** EC2: 16,384 bytes of gzip-compressed user-data. */
  readonly userDataBudget: UserDataBudget = UserDataBudget.AWS;
  /** The instance type. */
  readonly instanceType: string;

  private readonly props: AwsPlacementProps;
  private readonly rootVolumeSizeGb: number;

  constructor(props: AwsPlacementProps) {
    this.props = props;
    this.region = props.region;
    this.instanceType = props.instanceType ?? "t3.micro";
    this.os = props.os ?? Os.UBUNTU_24_04;
    this.rootVolumeSizeGb = props.rootVolumeSizeGb ?? 16;
    if (typeof this.instanceType !== "string" || !/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/.test(this.instanceType)) {
      throw invalid("instanceType", this.instanceType, "is not an EC2 instance type", 'Use e.g. "t3.micro".');
    }
    const derived = architectureOf(this.instanceType);
    this.architecture = props.architecture ?? derived;
    if (this.architecture !== derived) {
      throw invalid("architecture", props.architecture, `does not match instance type ${this.instanceType} (${derived})`, `Leave architecture out or choose a ${props.architecture} instance type (e.g. ${props.architecture === "arm64" ? "t4g.micro" : "t3.micro"}).`);
    }
    if (!Number.isInteger(this.rootVolumeSizeGb) || this.rootVolumeSizeGb < 8 || this.rootVolumeSizeGb > 1024) {
      throw invalid("rootVolumeSizeGb", this.rootVolumeSizeGb, "must be an integer between 8 and 1024", "Use e.g. 16.");
    }
    this.adminUser = awsImageSpec(this.os, this.architecture).adminUser;
  }

  /** Creates the machine under `scope` and, once per stack and region, the provider and branch network. */
  place(scope: Construct, id: string, spec: MachineSpec): PlacedMachine {
    validateMachineSpec(spec);
    if (spec.dataVolume) validateDataVolume(spec.dataVolume, 1, 16384, "AWS (gp3)");
    const network = AwsNetwork.of(scope, {
      region: this.region,
      identity: spec.identity,
      vpcCidr: this.props.vpcCidr,
      subnetCidr: this.props.subnetCidr,
      availabilityZone: this.props.availabilityZone,
      profile: this.props.profile,
    });
    return new AwsMachine(scope, id, {
      network,
      spec,
      instanceType: this.instanceType,
      os: this.os,
      architecture: this.architecture,
      adminUser: this.adminUser,
      rootVolumeSizeGb: this.rootVolumeSizeGb,
      followLatestImage: this.props.followLatestImage ?? false,
    });
  }
}
