import { Os } from "../../../cloudinit/os";
import { invalid } from "../../../src/errors";
import type { Architecture } from "../../machine";

/** How to find the official image of an operating system on EC2, and who logs in to it. */
export interface AwsImageSpec {
  /** AWS account that publishes the image. */
  readonly owner: string;
  /** `name` filter of `aws_ami`. */
  readonly namePattern: string;
  /** Login user of the image. */
  readonly adminUser: string;
}

/**
 * The official images. Owner ids and name patterns as published by the vendors and used in many public
 * Terraform configurations (checked with the search tool, 2026):
 * - Canonical, account 099720109477: `ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-<amd64|arm64>-server-*`, user `ubuntu`;
 * - Debian, account 136693071363: `debian-13-<amd64|arm64>-*`, user `admin`.
 */
export function awsImageSpec(os: Os, architecture: Architecture): AwsImageSpec {
  const arch = architecture === "arm64" ? "arm64" : "amd64";
  if (os === Os.UBUNTU_24_04) {
    return { owner: "099720109477", namePattern: `ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-${arch}-server-*`, adminUser: "ubuntu" };
  }
  if (os === Os.DEBIAN_13) {
    return { owner: "136693071363", namePattern: `debian-13-${arch}-*`, adminUser: "admin" };
  }
  throw invalid("os", String(os), "has no AWS image in PairPac", `Use one of ${Os.all().map((o) => `Os.${o.id}`).join(", ")}.`);
}
