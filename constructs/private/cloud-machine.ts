import { TerraformLocal, type TerraformResource } from "cdktf";
import { Construct } from "constructs";
import type { Cloud, MachineContext, MachineSpec, PlacedMachine, PublicPort } from "../machine";
import { recordMachine } from "./machine-record";
import { prepareUserData, type UserDataLimit } from "./user-data";

/** What a cloud knows of a machine's image before the instance exists; the rest of its {@link MachineContext} comes from the spec. */
export type ImageContext = Pick<MachineContext, "os" | "architecture">;

/**
 * What the machines of the two clouds (`AwsMachine`, `OciMachine`) share: the {@link PlacedMachine} fields that
 * come from the spec, the name their resources carry, and the one way from the spec's user-data to the
 * instance: the context the role renders from, the `UserData` local (gzip+base64 in Terraform, size checked
 * against the cloud's limit) and the record the policies read.
 *
 * A subclass creates its cloud's resources under itself (the construct ids are the Terraform addresses), sets
 * `dataVolumeDevice` before it calls {@link encodedUserData}, and sets `publicIp` and `instance`.
 */
export abstract class CloudMachine<C extends Cloud> extends Construct implements PlacedMachine {
  /** The cloud the machine runs on. */
  readonly cloud: C;
  /** Machine name (from the spec). */
  readonly name: string;
  /** Login user for SSH administration. */
  readonly adminUser: string;
  /** The declared public ports. */
  readonly publicPorts: readonly PublicPort[];
  /** Public IPv4 address (token), stable across instance replacements. */
  abstract readonly publicIp: string;
  /** The instance resource. */
  abstract readonly instance: TerraformResource;
  /** Stable device path of the data volume (token allowed); undefined without a data volume. */
  abstract readonly dataVolumeDevice?: string;
  /** `pairpac-<branch dnsLabel>-<machine name>`: the name (or name prefix) of the machine's resources. */
  protected readonly label: string;

  protected constructor(scope: Construct, id: string, cloud: C, spec: MachineSpec, adminUser: string) {
    super(scope, id);
    this.cloud = cloud;
    this.name = spec.name;
    this.adminUser = adminUser;
    this.publicPorts = Object.freeze([...spec.publicPorts]);
    this.label = `pairpac-${spec.identity.dnsLabel}-${spec.name}`;
  }

  /**
   * The user-data of `spec` for this machine as a token for the instance: resolved with the machine's context
   * (`image`, the admin user, the data volume's device and label), checked against `limit`, gzip+base64 encoded
   * in the `UserData` local. Records the machine (in `region`) for the policies.
   */
  protected encodedUserData(spec: MachineSpec, image: ImageContext, limit: UserDataLimit, region: string): string {
    const context: MachineContext = {
      cloud: this.cloud,
      os: image.os,
      architecture: image.architecture,
      adminUser: this.adminUser,
      dataVolumeDevice: this.dataVolumeDevice,
      dataVolumeLabel: spec.dataVolume?.label,
    };
    const prepared = prepareUserData(this, spec, context, limit);
    recordMachine(this, { name: this.name, cloud: this.cloud, region, publicPorts: this.publicPorts, userDataSize: prepared.size });
    return new TerraformLocal(this, "UserData", prepared.encoded).asString;
  }
}
