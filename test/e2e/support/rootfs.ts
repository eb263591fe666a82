// Debian 13 root filesystem for the end-to-end tests, built by mmdebstrap and cached by package list.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { CACHE_DIR } from "./paths";
import { formatResult, mustRun, run, sleep } from "./exec";
import { ensureHostCommand } from "./host";

/** What goes into one cached root filesystem; every field is part of the cache key. */
export interface RootfsSpec {
  /** Debian suite. */
  readonly suite: string;
  /** Debian mirror the build downloads from. */
  readonly mirror: string;
  /** Packages installed with their Recommends (as `apt-get install` does by default). */
  readonly withRecommends: readonly string[];
  /** Packages installed without Recommends (roles that turn Recommends off, and the harness's own). */
  readonly withoutRecommends: readonly string[];
}

/**
 * Bump when the way the root filesystem is built changes in a way the spec does not show
 * (e.g. a new customize step), so old caches are not reused.
 */
const BUILD_RECIPE_VERSION = 3;

/**
 * mmdebstrap variant: Debian's priority required and important packages (login, systemd, iproute2, procps,
 * cron, ...), the base Debian's cloud images are built on. The `apt` variant (Essential only) lacks e.g.
 * /usr/sbin/nologin on trixie, which every real image has.
 */
export const ROOTFS_VARIANT = "important";

/** Debian 13, as the roles render it with `--os debian-13`. */
export const DEBIAN_13 = { suite: "trixie", mirror: "http://deb.debian.org/debian" } as const;

/** Cache key: a hash of the spec (order and duplicates of packages do not matter). */
export function rootfsKey(spec: RootfsSpec): string {
  const sorted = (l: readonly string[]) => [...new Set(l)].sort();
  const canonical = {
    recipe: BUILD_RECIPE_VERSION,
    suite: spec.suite,
    mirror: spec.mirror,
    variant: ROOTFS_VARIANT,
    withRecommends: sorted(spec.withRecommends),
    withoutRecommends: sorted(spec.withoutRecommends),
  };
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex").slice(0, 16);
}

/** Information written next to a finished root filesystem. */
export interface RootfsManifest {
  readonly key: string;
  readonly spec: RootfsSpec;
  readonly builtAt: string;
  readonly buildSeconds: number;
}

/** A ready root filesystem (read-only by convention: tests work on overlay copies). */
export interface Rootfs {
  readonly root: string;
  readonly manifest: RootfsManifest;
  /** True when this call built it, false when it came from the cache. */
  readonly built: boolean;
}

function isMountedBelow(dir: string): boolean {
  const mounts = fs.readFileSync("/proc/self/mounts", "utf8").split("\n");
  return mounts.some((line) => {
    const target = (line.split(" ")[1] ?? "").replace(/\\040/g, " ");
    return target === dir || target.startsWith(dir + "/");
  });
}

/** Removes a directory tree without ever crossing into a mounted file system. */
export async function removeTree(dir: string): Promise<void> {
  if (!fs.existsSync(dir)) return;
  if (isMountedBelow(dir)) {
    throw new Error(`refusing to delete ${dir}: something is still mounted below it (see /proc/self/mounts)`);
  }
  await mustRun("rm", ["-rf", "--one-file-system", "--", dir], { timeoutMs: 300_000 });
}

async function withLock<T>(lockFile: string, body: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number(fs.readFileSync(lockFile, "utf8"));
      let alive = false;
      try {
        process.kill(holder, 0);
        alive = holder !== process.pid;
      } catch {
        alive = false;
      }
      if (!alive) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${lockFile} is held by process ${holder} for too long`);
      await sleep(2000);
    }
  }
  try {
    return await body();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

/** Deletes cached root filesystems of other keys (they are large) unless something still uses them. */
async function pruneOthers(keep: string): Promise<void> {
  for (const name of fs.readdirSync(CACHE_DIR)) {
    const m = /^rootfs-([0-9a-f]{16})(\.partial|\.json|\.log)?$/.exec(name);
    if (!m || m[1] === keep) continue;
    const entry = path.join(CACHE_DIR, name);
    if (m[2] === ".json" || m[2] === ".log") {
      if (!fs.existsSync(path.join(CACHE_DIR, `rootfs-${m[1]}`))) fs.rmSync(entry, { force: true });
      continue;
    }
    if (isMountedBelow(entry) || overlayUsesLower(entry)) continue;
    await removeTree(entry);
    fs.rmSync(path.join(CACHE_DIR, `rootfs-${m[1]}.json`), { force: true });
    fs.rmSync(path.join(CACHE_DIR, `rootfs-${m[1]}.log`), { force: true });
  }
}

function overlayUsesLower(dir: string): boolean {
  return fs.readFileSync("/proc/self/mounts", "utf8").includes(`lowerdir=${dir}`);
}

/**
 * Returns the cached root filesystem for `spec`, building it with mmdebstrap first when needed
 * (installing mmdebstrap on the host with apt when it is missing).
 */
export async function ensureRootfs(spec: RootfsSpec, log: (line: string) => void = () => undefined): Promise<Rootfs> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const key = rootfsKey(spec);
  const root = path.join(CACHE_DIR, `rootfs-${key}`);
  const manifestFile = path.join(CACHE_DIR, `rootfs-${key}.json`);
  return withLock(path.join(CACHE_DIR, "rootfs.lock"), async () => {
    if (fs.existsSync(manifestFile) && fs.existsSync(path.join(root, "usr/bin/cloud-init"))) {
      return { root, manifest: JSON.parse(fs.readFileSync(manifestFile, "utf8")) as RootfsManifest, built: false };
    }
    await ensureHostCommand("mmdebstrap", "mmdebstrap");
    const partial = `${root}.partial`;
    await removeTree(partial);
    await removeTree(root);
    const withRec = [...new Set(spec.withRecommends)].sort();
    const withoutRec = [...new Set(spec.withoutRecommends)].filter((p) => !withRec.includes(p)).sort();
    // dpkg without fsync: the tree is a throw-away cache, and syncing every file of ~2 GB triples the build time.
    const args = [`--variant=${ROOTFS_VARIANT}`, "--mode=root", "--format=directory", "--dpkgopt=force-unsafe-io"];
    if (withRec.length > 0) {
      // First the packages that bring their Recommends, then the rest without (a later apt-get install of an
      // installed package would not add its missing Recommends).
      args.push(`--include=${withRec.join(",")}`, '--aptopt=APT::Install-Recommends "true"');
      if (withoutRec.length > 0) {
        args.push(`--customize-hook=chroot "$1" env DEBIAN_FRONTEND=noninteractive apt-get install --yes --quiet -o APT::Install-Recommends=false ${withoutRec.join(" ")}`);
      }
    } else {
      args.push(`--include=${withoutRec.join(",")}`);
    }
    // The build's own apt/dpkg options must not leak into the machines (the roles' apt settings apply there).
    args.push('--customize-hook=rm -f "$1/etc/apt/apt.conf.d/99mmdebstrap" "$1/etc/dpkg/dpkg.cfg.d/99mmdebstrap"');
    args.push(spec.suite, partial, spec.mirror);
    const packages = [...withRec, ...withoutRec].sort();
    log(`building Debian ${spec.suite} root filesystem ${key} with ${packages.length} packages (mmdebstrap)`);
    const started = Date.now();
    const result = await run("mmdebstrap", args, { timeoutMs: 14 * 60_000 });
    const logFile = path.join(CACHE_DIR, `rootfs-${key}.log`);
    fs.writeFileSync(logFile, formatResult(result, 10_000_000));
    if (result.code !== 0) {
      await removeTree(partial).catch(() => undefined);
      throw new Error(`mmdebstrap failed (full log in ${logFile}):\n${formatResult(result)}`);
    }
    fs.renameSync(partial, root);
    const manifest: RootfsManifest = {
      key,
      spec: { ...spec, withRecommends: withRec, withoutRecommends: withoutRec },
      builtAt: new Date().toISOString(),
      buildSeconds: Math.round((Date.now() - started) / 1000),
    };
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + "\n");
    log(`root filesystem ${key} built in ${manifest.buildSeconds} s`);
    await pruneOthers(key);
    return { root, manifest, built: true };
  });
}

/** Host PIDs of processes whose root or working directory is `dir` or below it (chrooted into a test root). */
export function processesUsing(dir: string): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    for (const link of ["root", "cwd"]) {
      try {
        const target = fs.readlinkSync(`/proc/${entry}/${link}`);
        if (target === dir || target.startsWith(dir + "/")) {
          out.push(Number(entry));
          break;
        }
      } catch {
        /* gone, or a kernel thread */
      }
    }
  }
  return out;
}

/**
 * Unmounts a test root once nothing runs in it any more. Killing a machine's PID namespace is asynchronous: its
 * processes may still be exiting (and writing to /tmp or /run of the root) when the command that started them has
 * returned, and a lazy unmount followed by deleting the upper layer then races with them ("Directory not empty").
 * So: SIGKILL whatever still runs there, wait until it is gone, and unmount for real.
 */
export async function unmountWhenIdle(root: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pids = processesUsing(root);
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
    if (pids.length === 0) {
      const r = await run("umount", [root]);
      if (r.code === 0 || !isMountedBelow(root)) return;
    }
    if (Date.now() > deadline) {
      throw new Error(`${root} is still in use after ${timeoutMs / 1000} s (processes: ${processesUsing(root).join(", ") || "none"}); not deleting it`);
    }
    await sleep(200);
  }
}
