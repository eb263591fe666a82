import type { Architecture } from "../../machine";

/**
 * Instance families on the Xen hypervisor (not Nitro): EBS volumes appear as /dev/xvd*, not as NVMe.
 * From the EC2 User Guide's list of instances built on the Nitro System (every family not listed there).
 */
const XEN_FAMILIES = new Set([
  "t1", "t2", "m1", "m2", "m3", "m4", "c1", "c3", "c4", "r3", "r4", "x1", "x1e", "d2", "h1", "i2", "i3", "g2", "g3", "g3s", "p2", "p3", "f1", "cc2", "cr1", "hs1",
]);

/** Burstable families whose CPU credit mode can be "standard" (no surplus charges). */
const BURSTABLE = /^t(2|3|3a|4g)$/;

/** The family of an instance type, e.g. "t3" for "t3.micro". */
export function instanceFamily(instanceType: string): string {
  return instanceType.split(".")[0];
}

/** True when EBS volumes of this type appear as NVMe devices (Nitro). `i3.metal` is Nitro, other i3 sizes are not. */
export function isNitro(instanceType: string): boolean {
  if (instanceType === "i3.metal") return true;
  return !XEN_FAMILIES.has(instanceFamily(instanceType));
}

/** True for burstable (t2/t3/t3a/t4g) families. */
export function isBurstable(instanceType: string): boolean {
  return BURSTABLE.test(instanceFamily(instanceType));
}

/**
 * The CPU architecture of an instance type: Graviton families carry a `g` right after the generation digit
 * (t4g, m7g, c7gn, r8gd, x2gd, im4gn, is4gen, i4g) and `a1`; all others are x86_64.
 */
export function architectureOf(instanceType: string): Architecture {
  const family = instanceFamily(instanceType);
  if (family === "a1" || /^[a-z]+\d+g[a-z]*(-[a-z]+)?$/.test(family)) return "arm64";
  return "x86_64";
}
