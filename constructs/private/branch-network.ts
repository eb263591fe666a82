import { invalid } from "../../src/errors";

/** IPv4 block of a branch network (AWS VPC, OCI VCN) when none is given: the same on every cloud and region. */
export const BRANCH_NETWORK_CIDR = "10.42.0.0/16";
/** IPv4 block of the branch network's public subnet when none is given. */
export const BRANCH_SUBNET_CIDR = "10.42.1.0/24";

/** The two IPv4 blocks of a branch network, defaults applied. */
export interface BranchCidrs {
  /** The network's block. */
  readonly network: string;
  /** The public subnet's block, inside `network`. */
  readonly subnet: string;
}

/** How a cloud names and bounds the blocks in errors and checks. */
export interface BranchCidrRules {
  /** Setting that holds the network block, e.g. "vpcCidr". */
  readonly networkField: string;
  /** What the cloud calls the network, e.g. "VPC". */
  readonly networkName: string;
  /** Longest prefix the cloud accepts for either block (AWS 28, OCI 30). */
  readonly maxPrefix: number;
}

/**
 * The branch network's blocks with the defaults applied, checked: literal IPv4 CIDR blocks with a prefix between
 * /16 and `rules.maxPrefix`, no host bits, the subnet (setting `subnetCidr`) inside the network.
 */
export function branchCidrs(given: { readonly network?: string; readonly subnet?: string }, rules: BranchCidrRules): BranchCidrs {
  const network = given.network ?? BRANCH_NETWORK_CIDR;
  const subnet = given.subnet ?? BRANCH_SUBNET_CIDR;
  validateIpv4Cidr(network, rules.networkField, 16, rules.maxPrefix);
  validateIpv4Cidr(subnet, "subnetCidr", 16, rules.maxPrefix);
  if (!cidrContains(network, subnet)) {
    throw invalid("subnetCidr", subnet, `is not inside the ${rules.networkName} block ${network}`,
      `Choose a subnet block inside ${rules.networkField}, e.g. ${BRANCH_SUBNET_CIDR} in ${BRANCH_NETWORK_CIDR}.`);
  }
  return { network, subnet };
}

/**
 * Throws naming the first of the `wanted` settings that differs from the `current` ones of the `cloud` ("AWS",
 * "OCI") network already created in `region` of this stack: every placement in a region shares its network.
 */
export function checkSameNetworkSettings(
  cloud: string, region: string, wanted: Readonly<Record<string, string | undefined>>, current: Readonly<Record<string, string | undefined>>,
): void {
  for (const [field, value] of Object.entries(wanted)) {
    if (value !== current[field]) {
      throw invalid(field, value, `differs from ${JSON.stringify(current[field])} of the ${region} network already created in this stack`, `Give every ${cloud} placement in ${region} the same ${field}.`);
    }
  }
}

/** Throws unless `cidr` is a literal IPv4 CIDR block with a prefix between `minPrefix` and `maxPrefix`. */
export function validateIpv4Cidr(cidr: string, field: string, minPrefix = 16, maxPrefix = 28): void {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  const octetsOk = m !== null && m.slice(1, 5).every((o) => Number(o) <= 255);
  const prefix = m ? Number(m[5]) : NaN;
  if (!octetsOk || prefix < minPrefix || prefix > maxPrefix) {
    throw invalid(field, cidr, `must be an IPv4 CIDR block with a prefix between /${minPrefix} and /${maxPrefix}`, `Use e.g. "${BRANCH_NETWORK_CIDR}".`);
  }
  const address = m!.slice(1, 5).reduce((acc, o) => acc * 256 + Number(o), 0);
  if (address % 2 ** (32 - prefix) !== 0) {
    throw invalid(field, cidr, "has host bits set", `Use the network address of the block, e.g. ${BRANCH_NETWORK_CIDR}.`);
  }
}

/** True when `inner` lies completely inside `outer` (both valid literal IPv4 CIDR blocks). */
export function cidrContains(outer: string, inner: string): boolean {
  const parse = (c: string) => {
    const [ip, len] = c.split("/");
    const address = ip.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
    return { address, prefix: Number(len) };
  };
  const o = parse(outer);
  const i = parse(inner);
  if (i.prefix < o.prefix) return false;
  const size = 2 ** (32 - o.prefix);
  return Math.floor(i.address / size) === Math.floor(o.address / size);
}
