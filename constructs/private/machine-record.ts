import type { IConstruct } from "constructs";
import type { Cloud, PublicPort } from "../placement";

/** Metadata type under which a placed machine records what the policies check. */
export const MACHINE_METADATA_TYPE = "pairpac:machine";

/** The user-data size of a machine as the policies see it. */
export interface UserDataSizeRecord {
  /** Name of the cloud's limit, e.g. "AWS" or "OCI". */
  readonly budgetName: string;
  /** The limit in `unit`. */
  readonly limit: number;
  /** What is measured, e.g. "gzip bytes" or "base64 bytes". */
  readonly unit: string;
  /** Worst-case size in `unit` as estimated at synth time; undefined when it could not be estimated. */
  readonly estimate: number | undefined;
  /** Why there is no estimate (only when `estimate` is undefined). */
  readonly reason?: string;
}

/** What a placed machine records on its construct for the policy rules. */
export interface MachineRecord {
  /** Machine name, e.g. "gateway". */
  readonly name: string;
  /** Cloud the machine runs on. */
  readonly cloud: Cloud;
  /** Region the machine runs in. */
  readonly region: string;
  /** The ports the role declared public. */
  readonly publicPorts: readonly PublicPort[];
  /** Evaluated at synth time (the user-data may be rendered lazily). */
  readonly userDataSize: () => UserDataSizeRecord;
}

/** Records `record` on `machine` (the construct that holds the machine's resources). */
export function recordMachine(machine: IConstruct, record: MachineRecord): void {
  machine.node.addMetadata(MACHINE_METADATA_TYPE, record);
}

/** The record of `construct` itself, if it is a placed machine. */
export function machineRecordOf(construct: IConstruct): MachineRecord | undefined {
  const entry = construct.node.metadata.find((m) => m.type === MACHINE_METADATA_TYPE);
  return entry ? (entry.data as MachineRecord) : undefined;
}

/** The nearest placed machine that contains `construct` (itself included). */
export function owningMachine(construct: IConstruct): { machine: IConstruct; record: MachineRecord } | undefined {
  for (const c of construct.node.scopes.slice().reverse()) {
    const record = machineRecordOf(c);
    if (record) return { machine: c, record };
  }
  return undefined;
}

/** Every placed machine under `root`, in construct-tree order. */
export function allMachines(root: IConstruct): { machine: IConstruct; record: MachineRecord }[] {
  const out: { machine: IConstruct; record: MachineRecord }[] = [];
  for (const c of root.node.findAll()) {
    const record = machineRecordOf(c);
    if (record) out.push({ machine: c, record });
  }
  return out;
}
