import type { IConstruct } from "constructs";
import type { Cloud, PublicPort } from "../machine";

/** The user-data size of a placed machine as the policies see it. */
export interface UserDataSizeRecord {
  /** Name of the cloud's limit, "aws" or "oci". */
  readonly budgetName: string;
  /** The limit in `unit`, less what other metadata takes (OCI: the admin key). */
  readonly limit: number;
  /** What is measured: "bytes after gzip" (AWS) or "bytes of base64" (OCI). */
  readonly unit: string;
  /** Worst-case size in `unit` as estimated at synth time (at most `limit`: the placement fails synth otherwise). */
  readonly estimate: number;
}

/** What a placed machine records on its construct (node metadata `pairpac:machine`) for the policy rules. */
export interface MachineRecord {
  /** Machine name, e.g. "gateway". */
  readonly name: string;
  /** Cloud the machine runs on. */
  readonly cloud: Cloud;
  /** Region the machine runs in. */
  readonly region: string;
  /** The ports the role declared public. */
  readonly publicPorts: readonly PublicPort[];
  /** Estimated and checked at synth time, once (the user-data is resolved then). */
  readonly userDataSize: () => UserDataSizeRecord;
}

/** Metadata type under which a placed machine records what the policies check. */
export const MACHINE_METADATA_TYPE = "pairpac:machine";

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
