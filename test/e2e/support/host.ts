// Host tools the end-to-end tests need (Debian packages), installed with apt when missing.
import { formatResult, run, sleep } from "./exec";

/**
 * Host commands and the Debian package that provides each. Everything else runs inside the test
 * machines (from the cached Debian 13 root filesystem). scripts/e2e/install-host-deps.sh installs the
 * same packages plus {@link HOST_EXTRA_PACKAGES} (a test checks that the lists agree).
 */
export const HOST_COMMANDS: Readonly<Record<string, string>> = {
  chromium: "chromium",
  // The one page in Firefox too (landing-page.test.ts; driven over WebDriver BiDi, see scripts/e2e/chromium.js).
  "firefox-esr": "firefox-esr",
  ip: "iproute2",
  mmdebstrap: "mmdebstrap",
  mount: "mount",
  unshare: "util-linux",
};

/** Host packages without a command to look for: a font, so the landing page screenshot shows text. */
export const HOST_EXTRA_PACKAGES: readonly string[] = ["fonts-dejavu-core"];

async function hasCommand(cmd: string): Promise<boolean> {
  const r = await run("sh", ["-c", `command -v "$1"`, "sh", cmd]);
  return r.code === 0;
}

/**
 * Makes sure `cmd` is on the host, installing `aptPackage` when it is not. Another apt may be
 * running on a shared machine: waits for its lock and retries.
 */
export async function ensureHostCommand(cmd: string, aptPackage: string): Promise<void> {
  if (await hasCommand(cmd)) return;
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  let last = "";
  for (let attempt = 0; attempt < 30; attempt++) {
    const r = await run("apt-get", ["install", "-y", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=120", aptPackage], {
      env,
      timeoutMs: 600_000,
    });
    if (r.code === 0 && (await hasCommand(cmd))) return;
    last = formatResult(r);
    if (/Unable to locate package|has no installation candidate/.test(r.stderr) && attempt === 0) {
      await run("apt-get", ["update"], { env, timeoutMs: 300_000 });
      continue;
    }
    if (!/Could not get lock|Unable to acquire|lock-frontend/.test(r.stderr)) break;
    await sleep(5000);
  }
  throw new Error(`host command ${cmd} is missing and installing Debian package ${aptPackage} failed:\n${last}`);
}

/** Installs every missing host tool of {@link HOST_COMMANDS}. */
export async function ensureHostTools(): Promise<void> {
  for (const [cmd, pkg] of Object.entries(HOST_COMMANDS)) {
    await ensureHostCommand(cmd, pkg);
  }
}
