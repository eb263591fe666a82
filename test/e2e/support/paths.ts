// Where the end-to-end harness keeps its files.
import * as path from "node:path";

/** The project's top folder. */
export const PROJECT_ROOT = path.resolve(__dirname, "..", "..", "..");
/** Cached root filesystems, build output and per-run work folders (gitignored). */
export const CACHE_DIR = path.join(PROJECT_ROOT, ".e2e-cache");
/** Screenshots, logs and rendered seeds kept for a person to look at (gitignored). */
export const ARTIFACTS_DIR = path.join(PROJECT_ROOT, "e2e-artifacts");
/** Shell helpers of the harness. */
export const SCRIPTS_DIR = path.join(PROJECT_ROOT, "scripts", "e2e");
/** `in-root.sh`: mounts a private /proc, /dev and /sys and chroots (see the script). */
export const IN_ROOT = path.join(SCRIPTS_DIR, "in-root.sh");
/**
 * Stand-ins installed over programs of every test root whose real effect would reach beyond the
 * machine (a service manager that does not run there, the host kernel's swap and sysctls); each
 * records what it was asked to do. Program path inside the root → shim on the host.
 */
export const SHIMS: Readonly<Record<string, string>> = {
  "/usr/bin/systemctl": path.join(SCRIPTS_DIR, "systemctl-shim.sh"),
  "/usr/sbin/sysctl": path.join(SCRIPTS_DIR, "sysctl-shim.sh"),
  "/usr/sbin/swapon": path.join(SCRIPTS_DIR, "swap-shim.sh"),
  "/usr/sbin/swapoff": path.join(SCRIPTS_DIR, "swap-shim.sh"),
};
/** Prefix of every network namespace, veth and overlay mount the harness creates (cleanup looks for it). */
export const RESOURCE_PREFIX = "ppe2e";
