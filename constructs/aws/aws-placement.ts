// The settings of an AWS placement. The placement itself is `AwsPlacement` in ../placement.ts, created with
// `Placement.aws(...)`; its checks and defaults are in ./private/placement-settings.ts.
import type { Os } from "../../cloudinit/os";
import type { Architecture } from "../machine";

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
