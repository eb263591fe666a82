import { TerraformResource } from "cdktf";
import type { PolicyContext } from "../policy-context";
import { blockList, singleBlock, type Block } from "./terraform-json";

/** Normalised transport of a firewall rule. */
export type RuleProtocol = "tcp" | "udp" | "all" | "icmp" | "other";

/** One inbound rule found in a resource's configuration. */
export interface IngressRule {
  /** Where in the resource the rule is, e.g. "ingress[2]"; empty for a resource that is one rule. */
  readonly where: string;
  /** Normalised protocol. */
  readonly protocol: RuleProtocol;
  /** The protocol as written. */
  readonly protocolText: string;
  /** First port (tcp/udp); undefined with `to` undefined means every port. */
  readonly from?: number;
  /** Last port (tcp/udp). */
  readonly to?: number;
  /** Why the ports could not be read (e.g. they are Terraform expressions). */
  readonly unverifiable?: string;
  /** The ports as written, when they could not be read. */
  readonly portsText?: string;
  /** Expression of the security group / NSG the rule belongs to (undefined when the rule is inside the group resource). */
  readonly groupRef?: string;
}

/** The resource types whose configuration holds inbound rules. */
export const INGRESS_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  "aws_vpc_security_group_ingress_rule",
  "aws_security_group_rule",
  "aws_security_group",
  "aws_default_security_group",
  "oci_core_network_security_group_security_rule",
  "oci_core_security_list",
  "oci_core_default_security_list",
]);

function normaliseProtocol(text: string): RuleProtocol {
  switch (text.toLowerCase()) {
    case "tcp":
    case "6":
      return "tcp";
    case "udp":
    case "17":
      return "udp";
    case "icmp":
    case "icmpv6":
    case "1":
    case "58":
      return "icmp";
    case "-1":
    case "all":
      return "all";
    default:
      return "other";
  }
}

/** Reads a port number; `undefined` when absent, `NaN` when it is not a literal number. */
function port(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return NaN;
}

function rule(where: string, protocolValue: unknown, fromValue: unknown, toValue: unknown, groupRef?: string): IngressRule {
  const protocolText = typeof protocolValue === "string" || typeof protocolValue === "number" ? String(protocolValue) : JSON.stringify(protocolValue);
  const protocol = normaliseProtocol(protocolText);
  if (protocol !== "tcp" && protocol !== "udp") {
    return { where, protocol, protocolText, groupRef };
  }
  const from = port(fromValue);
  const to = port(toValue);
  if (Number.isNaN(from) || Number.isNaN(to)) {
    const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
    return { where, protocol, protocolText, groupRef, unverifiable: "its ports are not literal numbers", portsText: `${text(fromValue)}-${text(toValue)}` };
  }
  if (from === undefined && to === undefined) return { where, protocol, protocolText, groupRef };
  return { where, protocol, protocolText, groupRef, from: from ?? to, to: to ?? from };
}

function ociOptions(r: Block, nested: boolean): { from: unknown; to: unknown } {
  const options = singleBlock(r.tcp_options) ?? singleBlock(r.udp_options);
  if (!options) return { from: undefined, to: undefined };
  const range = nested ? singleBlock(options.destination_port_range) : options;
  return { from: range?.min, to: range?.max };
}

/** Every inbound rule in the configuration `body` of a resource of `type` (empty for other types). */
export function ingressRulesOf(type: string, body: Block): IngressRule[] {
  switch (type) {
    case "aws_vpc_security_group_ingress_rule":
      return [rule("", body.ip_protocol, body.from_port, body.to_port, String(body.security_group_id))];
    case "aws_security_group_rule":
      return body.type === "ingress" ? [rule("", body.protocol, body.from_port, body.to_port, String(body.security_group_id))] : [];
    case "aws_security_group":
    case "aws_default_security_group":
      return blockList(body.ingress).map((r, i) => rule(`ingress[${i}]`, r.protocol, r.from_port, r.to_port));
    case "oci_core_network_security_group_security_rule": {
      if (String(body.direction).toUpperCase() !== "INGRESS") return [];
      const { from, to } = ociOptions(body, true);
      return [rule("", body.protocol, from, to, String(body.network_security_group_id))];
    }
    case "oci_core_security_list":
    case "oci_core_default_security_list":
      return blockList(body.ingress_security_rules).map((r, i) => {
        const { from, to } = ociOptions(r, false);
        return rule(`ingress_security_rules[${i}]`, r.protocol, from, to);
      });
    default:
      return [];
  }
}

/** Human-readable form of a rule, e.g. "tcp 5900-5999" or "all protocols". */
export function describeRule(r: IngressRule): string {
  const at = r.where ? ` (${r.where})` : "";
  if (r.protocol === "all") return `all protocols and ports${at}`;
  if (r.protocol === "icmp" || r.protocol === "other") return `protocol ${r.protocolText}${at}`;
  if (r.portsText !== undefined) return `${r.protocol} ${r.portsText}${at}`;
  if (r.from === undefined) return `${r.protocol} all ports${at}`;
  return `${r.protocol} ${r.from === r.to ? r.from : `${r.from}-${r.to}`}${at}`;
}

/** The inclusive port range a tcp/udp/all rule opens, or undefined for icmp/other. */
export function openedRange(r: IngressRule): [number, number] | undefined {
  if (r.protocol === "icmp" || r.protocol === "other") return undefined;
  if (r.protocol === "all" || r.from === undefined || r.to === undefined) return [0, 65535];
  return [r.from, r.to];
}

/**
 * The findings of a firewall policy for `construct`: `judge` looks at each inbound rule of a firewall resource and
 * returns what is wrong with it (the text that follows `<resource type> rule <rule>`), or undefined when it is fine.
 * Empty for anything that is not a firewall resource whose synthesized configuration the context can read.
 */
export function ingressFindings(
  construct: unknown,
  context: PolicyContext,
  judge: (rule: IngressRule, resource: TerraformResource) => string | undefined,
): string[] {
  if (!(construct instanceof TerraformResource) || !INGRESS_RESOURCE_TYPES.has(construct.terraformResourceType)) return [];
  const body = context.body(construct, "resource");
  if (!body) return [];
  const findings: string[] = [];
  for (const rule of ingressRulesOf(construct.terraformResourceType, body)) {
    const finding = judge(rule, construct);
    if (finding !== undefined) findings.push(`${construct.terraformResourceType} rule ${describeRule(rule)}${finding}`);
  }
  return findings;
}
