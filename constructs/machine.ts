/**
 * The machine vocabulary: what a node asks of a placement ({@link MachineSpec}), what the placement tells the
 * role before the instance exists ({@link MachineContext}) and what it hands back ({@link PlacedMachine}).
 * Types only, and no cloud module is imported here: the clouds (constructs/aws/, constructs/oci/) build on this
 * module, and `placement.ts` builds on them.
 */
import type { TerraformResource } from "cdktf";
import type { CloudConfig, Os } from "../cloudinit";
import type { BranchIdentity } from "../src/identity";

/** The clouds a machine can be placed on. */
export type Cloud = "aws" | "oci";

/** CPU architecture of a machine (named as the Linux kernel and AWS name them). */
export type Architecture = "x86_64" | "arm64";

/** A port the machine's role serves to the whole internet. */
export interface PublicPort {
  /** Port number, 1-65535. */
  readonly port: number;
  /** Transport protocol. */
  readonly protocol: "tcp" | "udp";
  /** What the port is for, e.g. "HTTPS (nginx)": becomes the firewall rule's description. */
  readonly description: string;
}

/** A persistent block volume that survives the replacement of the machine. */
export interface DataVolumeSpec {
  /** Size in GB, within the placement's {@link Placement.dataVolumeLimits} (AWS: 1-16384; OCI: 50-32768). */
  readonly sizeGb: number;
  /** File-system label the role formats and mounts the volume by (ext4: at most 16 characters, letters, digits, `-`, `_`). */
  readonly label: string;
}

/** The data-volume sizes a placement's cloud accepts. */
export interface DataVolumeLimits {
  /** Smallest volume in GB (AWS gp3: 1; OCI: 50). */
  readonly minGb: number;
  /** Largest volume in GB (AWS gp3: 16384; OCI: 32768). */
  readonly maxGb: number;
  /** The volume type the limits are for, in messages, e.g. "AWS (gp3)". */
  readonly description: string;
}

/** What a cloud is like, as a {@link Placement} of it works from (given to its constructor). */
export interface CloudFacts {
  /** The cloud. */
  readonly cloud: Cloud;
  /** The data-volume sizes it accepts. */
  readonly dataVolumeLimits: DataVolumeLimits;
  /** The instance attribute that tells whether the instance runs, and its value while it does. */
  readonly running: {
    /** The attribute of the instance resource, e.g. `instance_state`. */
    readonly attribute: string;
    /** Its value while the instance runs, e.g. `running`. */
    readonly value: string;
  };
  /** The cloud CLI command that starts an instance of `region` whose id is `id` (a Terraform reference). */
  readonly startCommand: (region: string, id: string) => string;
}

/**
 * What a placement knows about a machine before its instance exists. A role renders its user-data from it,
 * so roles never branch on the cloud.
 */
export interface MachineContext {
  /** Cloud the machine is placed on. */
  readonly cloud: Cloud;
  /** Operating system of the image. */
  readonly os: Os;
  /** CPU architecture of the image and the instance. */
  readonly architecture: Architecture;
  /** Login user of the image for SSH administration ("ubuntu" on Ubuntu, "admin" on Debian on AWS). */
  readonly adminUser: string;
  /**
   * Stable device path of the data volume, known before the instance exists (may contain a Terraform token,
   * e.g. the AWS NVMe by-id link built from the volume id); undefined without a data volume.
   */
  readonly dataVolumeDevice?: string;
  /**
   * File-system label of the data volume, as the spec gave it: the label the role formats and mounts the volume
   * by; undefined without a data volume.
   */
  readonly dataVolumeLabel?: string;
}

/**
 * Where the user-data comes from. A function is called once, after the data volume exists and before the
 * instance is created, with what the placement knows about the machine.
 *
 * - a `CloudConfig`: the placement renders it for Terraform (every scalar holding a token quoted by
 *   `jsonencode`) and estimates its encoded size with the stack's declared token lengths;
 * - a string: used as it is (a rendered `#cloud-config`, tokens allowed); its size is estimated the same way,
 *   which is exact as long as every token in it stands for its own value (not for a quoted scalar).
 *
 * The placement is the one place that checks the size: over the cloud's limit, synth fails naming the machine,
 * the size, the limit and the largest contributors. A function just returns the document.
 */
export type UserDataSource = CloudConfig | string | ((machine: MachineContext) => CloudConfig | string);

/** What a node hands its placement: the role's needs, independent of the cloud. */
export interface MachineSpec {
  /** Machine name, e.g. "gateway", "desktop-1": lower-case letters, digits and `-`, used in names, tags and errors. */
  readonly name: string;
  /** The branch the machine belongs to (tags, compartment, names). */
  readonly identity: BranchIdentity;
  /** Ports opened to the internet, exactly these and nothing else. An empty list opens no port at all. */
  readonly publicPorts: readonly PublicPort[];
  /** The machine's cloud-init user-data; the placement compresses and encodes it (`base64gzip`). */
  readonly userData: UserDataSource;
  /** OpenSSH public key of the administrator (token allowed). */
  readonly adminSshPublicKey: string;
  /**
   * Persistent data volume, protected by `prevent_destroy`.
   * @default - no data volume
   */
  readonly dataVolume?: DataVolumeSpec;
}

/** A machine placed on a cloud: what the rest of the stack may use. */
export interface PlacedMachine {
  /** Cloud the machine runs on. */
  readonly cloud: Cloud;
  /** Machine name from the spec. */
  readonly name: string;
  /** Public IPv4 address (token); stable across instance replacements (Elastic IP / reserved public IP). */
  readonly publicIp: string;
  /** Login user for SSH administration. */
  readonly adminUser: string;
  /** Stable device path of the data volume (token allowed); undefined without a data volume. */
  readonly dataVolumeDevice?: string;
  /** The ports the placement opened, as declared by the role. */
  readonly publicPorts: readonly PublicPort[];
  /** The instance resource (`aws_instance` or `oci_core_instance`). */
  readonly instance: TerraformResource;
}
