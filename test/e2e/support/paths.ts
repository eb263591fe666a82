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
/** The systemctl stand-in installed into every test root. */
export const SYSTEMCTL_SHIM = path.join(SCRIPTS_DIR, "systemctl-shim.sh");
/** Prefix of every network namespace, veth and overlay mount the harness creates (cleanup looks for it). */
export const RESOURCE_PREFIX = "ppe2e";
