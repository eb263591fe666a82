/** The short table `stacks/main.ts` prints after synth: one block per branch stack. */
import { owningMachine } from "../constructs/private/machine-record";
import type { BranchStack } from "./branch-stack";

/** What the summary needs of a run of the app. */
export interface SummaryInput {
  /** The output folder. */
  readonly outdir: string;
  /** The stacks that were written. */
  readonly stacks: readonly BranchStack[];
  /** Where the branch names came from. */
  readonly branchSource: string;
  /** Settings whose value is an embedded placeholder. */
  readonly placeholders: readonly string[];
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => "  " + r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()).join("\n") + "\n";
}

/** One line per machine: its user-data size against its cloud's limit. */
export function userDataRows(stack: BranchStack): string[][] {
  return stack.machines.map((m) => {
    const record = owningMachine(m.instance)?.record;
    const size = record?.userDataSize();
    const value =
      size === undefined
        ? "not estimated (not placed by a PairPac placement)"
        : `${size.estimate} of ${size.limit} ${size.unit} (${((100 * size.estimate) / size.limit).toFixed(1)}% of the ${size.budgetName} limit)`;
    return [`user-data ${m.name}`, `${m.cloud}: ${value}`];
  });
}

/** With a teardown: what it does with the data volumes and the one command that runs it safely. */
function teardownRows(stack: BranchStack): string[][] {
  if (stack.teardown === undefined) return [];
  const name = stack.identity.stackName;
  return stack.teardown.data === "keep"
    ? [["teardown", `keep data: run \`cdktf deploy ${name}\` (a \`cdktf destroy\` first ignores the removed blocks; the teardown guard stops it before the volumes)`]]
    : [["teardown", `delete data: \`cdktf deploy ${name}\` or \`cdktf destroy ${name}\` deletes everything, volumes included`]];
}

/** Formats the summary of a run. */
export function formatSummary(input: SummaryInput): string {
  let out = `PairPac: ${input.stacks.length} stack(s) in ${input.outdir} (branch from ${input.branchSource})\n`;
  for (const stack of input.stacks) {
    const id = stack.identity;
    out += `\nstack ${id.stackName}  (branch ${JSON.stringify(id.branch)})\n`;
    out += table([
      ["workspace", id.workspaceName],
      ["compartment", stack.ociCompartmentName ?? "none (nothing on OCI)"],
      ["zone", id.zoneName],
      ["landing page", stack.gateway.landingUrl],
      ["guacamole", stack.gateway.guacamoleUrl],
      ["mumble", `mumble://${id.zoneName}:64738/`],
      ["certificate", stack.certificate.isStaging ? "Let's Encrypt staging" : "Let's Encrypt production"],
      ...userDataRows(stack),
      ...teardownRows(stack),
    ]);
  }
  if (input.placeholders.length > 0) {
    out += `\nPlaceholders in use (fine for synth, not for deploy): ${input.placeholders.join(", ")}\n`;
  }
  return out;
}
