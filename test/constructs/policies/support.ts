/** Helpers for the policy rule tests: run one rule on a stack and read what it found. */
import { TerraformStack, Testing } from "cdktf";
import { AwsMachine } from "../../../constructs/aws";
import { OciMachine } from "../../../constructs/oci";
import { Placement, type MachineSpec } from "../../../constructs/placement";
import { applyPolicies, type PolicyFinding, type PolicyRule } from "../../../constructs/policies";
import { ADMIN_KEY, GATEWAY_PORTS, IDENTITY, TENANCY, roleDocument } from "../placement-support/support";

/** Runs only `rule` on `stack` (aspects, no validations) and returns its unsuppressed findings. */
export function findings(stack: TerraformStack, rule: PolicyRule): PolicyFinding[] {
  const aspect = applyPolicies(stack, { rules: [rule] });
  Testing.synth(stack);
  return aspect.findings;
}

/** A gateway on AWS with the usual ports and a data volume. */
export function awsGateway(stack: TerraformStack, spec: Partial<MachineSpec> = {}): AwsMachine {
  return Placement.aws({ region: "eu-central-1" }).place(stack, "Gateway", {
    name: "gateway", identity: IDENTITY, publicPorts: GATEWAY_PORTS, adminSshPublicKey: ADMIN_KEY,
    dataVolume: { sizeGb: 10, label: "pairpac-data" }, userData: (m) => roleDocument("gateway", m), ...spec,
  }) as AwsMachine;
}

/** A desktop on OCI with SSH only and a data volume. */
export function ociDesktop(stack: TerraformStack, spec: Partial<MachineSpec> = {}, id = "Desktop1"): OciMachine {
  return Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY }).place(stack, id, {
    name: "desktop-1", identity: IDENTITY, publicPorts: [{ port: 22, protocol: "tcp", description: "SSH administration" }],
    adminSshPublicKey: ADMIN_KEY, dataVolume: { sizeGb: 50, label: "pairpac-home" }, userData: (m) => roleDocument("desktop-1", m), ...spec,
  }) as OciMachine;
}
