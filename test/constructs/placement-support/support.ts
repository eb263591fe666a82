/**
 * Shared helpers for the placement and policy tests: a branch identity, a small role document, synthesis to
 * parsed JSON, and the strict provider-schema check against the vendored schemas (test/support/tf-schema.ts; any
 * problem fails).
 */
import { TerraformStack, Testing } from "cdktf";
import { CloudConfig, Command, DataVolume, File } from "../../../cloudinit";
import { BranchIdentity } from "../../../src/identity/branch-identity";
import type { MachineContext, PublicPort } from "../../../constructs/placement";

export { SCHEMA_DIR } from "../../support/terraform";

/** The branch used by the tests (a changed name, so labels carry a hash). */
export const IDENTITY = BranchIdentity.of({ branch: "feature/Audio_Fix", parentDomain: "pairpac.example.org" });

/** A literal admin key. */
export const ADMIN_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHcxZ9nXrG4Pj6p6u0m4hWcXpQ4a0Xh8m8Yg5rTqkq0b admin@pairpac";

/** The tenancy OCID used by the OCI tests. */
export const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000000";

/** The public ports of a gateway. */
export const GATEWAY_PORTS: readonly PublicPort[] = [
  { port: 22, protocol: "tcp", description: "SSH administration" },
  { port: 80, protocol: "tcp", description: "HTTP (ACME and redirect)" },
  { port: 443, protocol: "tcp", description: "HTTPS (nginx)" },
  { port: 64738, protocol: "tcp", description: "Mumble" },
  { port: 64738, protocol: "udp", description: "Mumble voice" },
];

/** A small role document that mounts the data volume the placement reports, by the label it reports. */
export function roleDocument(machine: string, context: MachineContext, extra = ""): CloudConfig {
  const doc = new CloudConfig({ machine, os: context.os });
  doc.add("test", File.text("/etc/pairpac/role", `machine=${machine}\nuser=${context.adminUser}\n${extra}`, { mode: "0644" }));
  doc.add("test", Command.of(["systemctl", "daemon-reload"]));
  if (context.dataVolumeDevice) {
    doc.add("data", DataVolume.of({ device: context.dataVolumeDevice, label: context.dataVolumeLabel ?? "pairpac-data", mountPoint: "/srv/pairpac" }));
  }
  return doc;
}

/** A fresh stack in a testing app. */
export function newStack(id = "test"): TerraformStack {
  return new TerraformStack(Testing.app(), id);
}

/** Synthesizes `stack` (aspects and validations included) and parses the JSON. */
export function synthJson(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(Testing.synth(stack, true)) as SynthesizedStack;
}

/** The parsed `cdk.tf.json`. */
export interface SynthesizedStack {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly provider?: Record<string, Record<string, unknown>[]>;
  readonly locals?: Record<string, unknown>;
  readonly output?: Record<string, Record<string, unknown>>;
  readonly terraform?: Record<string, unknown>;
}

/** The blocks of one resource type, by Terraform name. */
export function resources(json: SynthesizedStack, type: string): Record<string, Record<string, unknown>> {
  return json.resource?.[type] ?? {};
}

/** The blocks of one data source type, by Terraform name. */
export function dataSources(json: SynthesizedStack, type: string): Record<string, Record<string, unknown>> {
  return json.data?.[type] ?? {};
}

/** The single block of `type` whose Terraform name contains `part`; fails unless there is exactly one. */
export function only(blocks: Record<string, Record<string, unknown>>, part = ""): Record<string, unknown> {
  const found = Object.entries(blocks).filter(([name]) => name.includes(part));
  if (found.length !== 1) {
    throw new Error(`expected exactly one block named *${part}*, found ${found.map(([n]) => n).join(", ") || "none"}`);
  }
  return found[0][1];
}

/** The strict provider-schema check, shared with every other test (test/support/terraform.ts). */
export { expectValidTerraform as expectSchemaValid } from "../../support/terraform";
