import { invalid } from "../private/errors";
import type { UnitSections } from "../serializers/systemd-unit";
import type { GatewayPublicPort } from "../ports";
import { GATEWAY_NETWORKS, GATEWAY_PORTS } from "./gateway-ports";

/** Name of the gateway's nftables table (its own table: Docker's iptables-nft tables are never touched). */
export const NFT_TABLE = "pairpac";

/** Unit that loads the ruleset (shipped by the nftables package of Debian and Ubuntu). */
export const NFTABLES_UNIT = "nftables.service";

/**
 * Drop-in for {@link NFTABLES_UNIT}: the package's unit stops with `ExecStop=/usr/sbin/nft flush ruleset`, which also
 * removes Docker's tables (published ports, container NAT and isolation vanish until dockerd restarts), and the
 * package's postinst try-restarts the unit on every upgrade. The empty `ExecStop=` clears that command; stopping now
 * deletes PairPac's own table only, and a missing table is no error (`-`). Start and reload keep loading
 * /etc/nftables.conf, which replaces only that table (see {@link nftablesRuleset}).
 * Checked: nftables 1.0.6-2+deb12u2 (bookworm) /lib/systemd/system/nftables.service; trixie and Ubuntu 24.04 ship the
 * same ExecStop.
 */
export function nftablesDropIn(): UnitSections {
  return { Service: { ExecStop: ["", `-/usr/sbin/nft delete table inet ${NFT_TABLE}`] } };
}

/**
 * The gateway's nftables ruleset (written to /etc/nftables.conf, loaded by nftables.service).
 *
 * Input is dropped unless it is loopback, established/related, ICMP, one of the public ports, or the Guacamole web
 * app reaching guacd on the `guac` bridge. Packets for 127.0.0.0/8 or ::1 arriving on any other interface are dropped
 * before routing (Docker enables route_localnet for its loopback publications). The file never flushes the whole
 * ruleset, so reloading it leaves Docker's rules alone; Docker's published ports (Mumble, IMAPS) pass through the
 * forward path that Docker manages, and every other container port is published on 127.0.0.1 only.
 */
export function nftablesRuleset(ports: readonly GatewayPublicPort[]): string {
  const byProto = (p: "tcp" | "udp") => [...new Set(ports.filter((x) => x.protocol === p).map((x) => x.port))].sort((a, b) => a - b);
  ports.forEach((p, i) => {
    if (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535) {
      throw invalid(`publicPorts[${i}].port`, p.port, "must be an integer between 1 and 65535", "Use e.g. 443.");
    }
    if (p.protocol !== "tcp" && p.protocol !== "udp") {
      throw invalid(`publicPorts[${i}].protocol`, p.protocol, "must be tcp or udp", "Use \"tcp\" or \"udp\".");
    }
  });
  const set = (xs: number[]) => (xs.length === 1 ? String(xs[0]) : `{ ${xs.join(", ")} }`);
  const tcp = byProto("tcp");
  const udp = byProto("udp");
  const guac = GATEWAY_NETWORKS.guac;
  return [
    "#!/usr/sbin/nft -f",
    `table inet ${NFT_TABLE}`,
    `delete table inet ${NFT_TABLE}`,
    `table inet ${NFT_TABLE} {`,
    "  chain prerouting {",
    "    type filter hook prerouting priority raw; policy accept;",
    '    iifname != "lo" ip daddr 127.0.0.0/8 drop',
    '    iifname != "lo" ip6 daddr ::1 drop',
    "  }",
    "  chain input {",
    "    type filter hook input priority filter; policy drop;",
    '    iifname "lo" accept',
    "    ct state established,related accept",
    "    ct state invalid drop",
    "    meta l4proto icmp accept",
    "    meta l4proto ipv6-icmp accept",
    ...(tcp.length > 0 ? [`    tcp dport ${set(tcp)} accept`] : []),
    ...(udp.length > 0 ? [`    udp dport ${set(udp)} accept`] : []),
    `    iifname "${guac.bridge}" ip saddr ${guac.subnet} ip daddr ${guac.gateway} tcp dport ${GATEWAY_PORTS.guacd} accept`,
    "  }",
    "}",
    "",
  ].join("\n");
}
