import { TerraformElement, TerraformLocal, TerraformResource, TerraformStack, TerraformVariable } from "cdktf";
import type { IConstruct } from "constructs";
import { allMachines, owningMachine, type MachineRecord } from "../private/machine-record";
import { resolvedBody, resolvedJson } from "./private/terraform-json";

// What placed machines record for the rules: part of the rule-writing API.
export type { MachineRecord, UserDataSizeRecord } from "../private/machine-record";

/** A placed machine and what it recorded for the policies. */
export interface MachineEntry {
  /** The machine's construct. */
  readonly machine: IConstruct;
  /** Its record (name, cloud, declared ports, user-data size). */
  readonly record: MachineRecord;
}

/**
 * What policy rules may ask about the stack they check: resolved configurations, the placed machines, and
 * lookups from Terraform references back to constructs. Built once per stack and check; results are cached.
 */
export class PolicyContext {
  /** The stack being checked. */
  readonly stack: TerraformStack;
  private readonly bodies = new Map<IConstruct, Record<string, unknown> | undefined>();
  private resourceIndex?: Map<string, TerraformResource>;
  private machineList?: MachineEntry[];
  private localIndex?: Map<string, string>;
  private localByName?: Map<string, TerraformLocal>;
  private sensitiveVariableNames?: Set<string>;

  constructor(stack: TerraformStack) {
    this.stack = stack;
  }

  /** The resolved configuration block of a resource (`section` "resource"), data source, output or variable. */
  body(element: TerraformElement, section: "resource" | "data" | "output" | "variable"): Record<string, unknown> | undefined {
    if (!this.bodies.has(element)) this.bodies.set(element, resolvedBody(element, section));
    return this.bodies.get(element);
  }

  /** The resource an expression such as `${aws_security_group.Name_ABC.id}` refers to (first reference only). */
  resourceReferencedBy(expression: string | undefined): TerraformResource | undefined {
    if (!expression) return undefined;
    const m = /\$\{([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)(?:\.|\}|\[)/.exec(expression);
    if (!m) return undefined;
    if (!this.resourceIndex) {
      this.resourceIndex = new Map();
      for (const c of this.stack.node.findAll()) {
        if (c instanceof TerraformResource) this.resourceIndex.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c);
      }
    }
    return this.resourceIndex.get(`${m[1]}.${m[2]}`);
  }

  /** Every placed machine of the stack. */
  machines(): readonly MachineEntry[] {
    this.machineList ??= allMachines(this.stack);
    return this.machineList;
  }

  /** The placed machine that contains `construct`, if any. */
  machineOf(construct: IConstruct): MachineEntry | undefined {
    return owningMachine(construct);
  }

  /** The resolved expression text of every local value, by name (objects as JSON). Resolves them all: see {@link local}. */
  locals(): ReadonlyMap<string, string> {
    const all = new Map<string, string>();
    for (const name of this.localElements().keys()) all.set(name, this.local(name)!);
    return all;
  }

  /**
   * The resolved expression text of the local value `name` (objects as JSON), or undefined when the stack has none of
   * that name. Only that local is resolved (user-data and delivery bundles make some locals large).
   */
  local(name: string): string | undefined {
    if (!this.localIndex?.has(name)) {
      const element = this.localElements().get(name);
      if (!element) return undefined;
      const locals = resolvedJson(element).locals as Record<string, unknown> | undefined;
      this.localIndex ??= new Map();
      for (const [key, value] of Object.entries(locals ?? {})) this.localIndex.set(key, typeof value === "string" ? value : JSON.stringify(value));
    }
    return this.localIndex!.get(name);
  }

  /** The stack's local values by name, unresolved. */
  private localElements(): ReadonlyMap<string, TerraformLocal> {
    if (!this.localByName) {
      this.localByName = new Map();
      for (const c of this.stack.node.findAll()) if (c instanceof TerraformLocal) this.localByName.set(c.friendlyUniqueId, c);
    }
    return this.localByName;
  }

  /** Names of the variables declared `sensitive`. */
  sensitiveVariables(): ReadonlySet<string> {
    if (!this.sensitiveVariableNames) {
      this.sensitiveVariableNames = new Set();
      for (const c of this.stack.node.findAll()) {
        if (c instanceof TerraformVariable && this.body(c, "variable")?.sensitive === true) {
          this.sensitiveVariableNames.add(c.friendlyUniqueId);
        }
      }
    }
    return this.sensitiveVariableNames;
  }
}
