import type { TerraformResource } from "cdktf";
import type { IConstruct } from "constructs";
import type { PublicPort } from "../../machine";
import type { MachineEntry, PolicyContext } from "../policy-context";
import { PolicyRule } from "../policy-rule";
import { ingressFindings, openedRange, type IngressRule } from "../private/ingress";

/**
 * Every inbound rule opens only ports the machine's role declared public (`MachineSpec.publicPorts`).
 *
 * A rule belongs to the placed machine that contains it, or whose security group / NSG it references. A rule
 * that belongs to no machine (e.g. a subnet's security list) reaches every machine of the stack, so it may open
 * only ports that all machines declared. ICMP rules open no port and are accepted; rules for all protocols, for
 * other protocols or with non-literal ports are findings.
 */
export class OnlyDeclaredPorts extends PolicyRule {
  /** Rule id. */
  readonly id = "PairPac-OnlyDeclaredPorts";
  /** What the rule enforces. */
  readonly description = "Inbound rules open exactly the ports the machine's role declared public, nothing more.";

  /** Findings for one construct. */
  check(construct: IConstruct, context: PolicyContext): string[] {
    return ingressFindings(construct, context, (rule, resource) => {
      if (rule.protocol === "icmp") return undefined;
      const owner = this.ownerOf(resource, rule, context);
      const { allowed, whose } = owner
        ? { allowed: owner.record.publicPorts, whose: `machine ${owner.record.name}` }
        : { allowed: this.commonPorts(context.machines()), whose: "every machine of the stack (the rule belongs to no single machine)" };
      const problem = this.problem(rule, allowed);
      if (!problem) return undefined;
      const declared = allowed.length === 0 ? "none" : allowed.map((p) => `${p.port}/${p.protocol}`).join(", ");
      return ` ${problem}; ports declared by ${whose}: ${declared}. Declare the port in the role's publicPorts or remove the rule.`;
    });
  }

  private ownerOf(construct: TerraformResource, rule: IngressRule, context: PolicyContext): MachineEntry | undefined {
    const direct = context.machineOf(construct);
    if (direct) return direct;
    const group = context.resourceReferencedBy(rule.groupRef);
    return group ? context.machineOf(group) : undefined;
  }

  /** Ports every machine declared (the only ones a shared rule may open). */
  private commonPorts(machines: readonly MachineEntry[]): readonly PublicPort[] {
    if (machines.length === 0) return [];
    return machines[0].record.publicPorts.filter((p) =>
      machines.every((m) => m.record.publicPorts.some((q) => q.port === p.port && q.protocol === p.protocol)));
  }

  /** What is wrong with `rule` given the allowed ports, or undefined when it is fine. */
  private problem(rule: IngressRule, allowed: readonly PublicPort[]): string | undefined {
    if (rule.unverifiable) return `cannot be checked: ${rule.unverifiable}`;
    if (rule.protocol === "other") return "opens a protocol other than TCP, UDP or ICMP";
    const range = openedRange(rule);
    if (!range) return undefined;
    const protocols: ("tcp" | "udp")[] = rule.protocol === "all" ? ["tcp", "udp"] : [rule.protocol as "tcp" | "udp"];
    for (const protocol of protocols) {
      const undeclared = range[1] - range[0] + 1 - allowed.filter((p) => p.protocol === protocol && p.port >= range[0] && p.port <= range[1]).length;
      if (undeclared > 0) {
        const first = this.firstUndeclared(range, protocol, allowed);
        return `opens ${undeclared} undeclared ${protocol} port(s)${first === undefined ? "" : `, e.g. ${first}/${protocol}`}`;
      }
    }
    return undefined;
  }

  private firstUndeclared(range: [number, number], protocol: string, allowed: readonly PublicPort[]): number | undefined {
    for (let port = range[0]; port <= range[1]; port++) {
      if (!allowed.some((p) => p.protocol === protocol && p.port === port)) return port;
    }
    return undefined;
  }
}
