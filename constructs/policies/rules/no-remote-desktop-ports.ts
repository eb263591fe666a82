import type { IConstruct } from "constructs";
import type { PolicyContext } from "../policy-context";
import { PolicyRule } from "../policy-rule";
import { ingressFindings, openedRange } from "../private/ingress";

/** A port range that must never be reachable from outside, and why. */
interface ForbiddenRange {
  readonly from: number;
  readonly to: number;
  readonly what: string;
}

/**
 * Remote-desktop plumbing stays private: VNC (5900-5999), PulseAudio (4713 and the per-desktop 4700-4799),
 * guacd (4822) and the Guacamole web application (8080) are reached only through the gateway's loopback and
 * the SSH tunnels, never through a firewall rule.
 */
const FORBIDDEN: readonly ForbiddenRange[] = [
  { from: 5900, to: 5999, what: "VNC" },
  { from: 4700, to: 4799, what: "PulseAudio (4713 and the per-desktop tunnel ports)" },
  { from: 4822, to: 4822, what: "guacd" },
  { from: 8080, to: 8080, what: "Guacamole web application" },
];

/** No inbound firewall rule (AWS security group, OCI NSG or security list) opens a VNC, PulseAudio or Guacamole port. */
export class NoRemoteDesktopPorts extends PolicyRule {
  /** Rule id. */
  readonly id = "PairPac-NoRemoteDesktopPorts";
  /** What the rule enforces. */
  readonly description = "No inbound rule opens VNC (5900-5999), PulseAudio (4700-4799, 4713) or Guacamole (4822, 8080): they are reached only through SSH tunnels and the gateway's loopback.";

  /** Findings for one construct. */
  check(construct: IConstruct, context: PolicyContext): string[] {
    return ingressFindings(construct, context, (rule) => {
      if (rule.unverifiable) {
        return `: ${rule.unverifiable}, so it cannot be checked against the remote-desktop ports. Use literal port numbers.`;
      }
      const range = openedRange(rule);
      const hits = range ? FORBIDDEN.filter((f) => range[0] <= f.to && f.from <= range[1]) : [];
      if (hits.length === 0) return undefined;
      return ` opens ${hits.map((h) => `${h.what} (${h.from === h.to ? h.from : `${h.from}-${h.to}`})`).join(", ")} to the network. These services are reached only through the SSH tunnels; remove the rule.`;
    });
  }
}
