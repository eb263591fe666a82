/**
 * Conformance tier: what apt does on an OCI machine whose reserved public IP is not bound yet (no outbound access),
 * with and without the retry file PairPac writes into every OCI machine's cloud-config ({@link OCI_APT_RETRIES}).
 *
 * The machine without a route is a private network namespace (`unshare --net`: only a loopback that is down, so
 * the mirror's name cannot even be resolved). apt is this machine's (`apt-get`, needed on PATH, else the test fails
 * naming it), run with a private list, cache and package status (none installed), a sources list naming Ubuntu 24.04's archive, and nothing
 * of the host's configuration but the file under test (`-c`), so the host's apt state is never touched.
 *
 * What it shows:
 * - without the file, apt's default (3 retries, delays of 1, 2 and 4 s) gives up in seconds, and an update that
 *   could fetch nothing still exits 0 with only warnings ("W: Failed to fetch");
 * - with the file, apt keeps retrying past the default (the fifth retry, delayed 16 s) instead of giving up: the
 *   wait grows to 30 s per retry, 20 retries, about 8 minutes of delays for each index file;
 * - once apt has given up, installing a package from the lists that could not be fetched fails loudly (exit 100,
 *   "Unable to locate package"), so cloud-init's package stage fails, `cloud-init status` reports an error and
 *   the delivery stops on it, rather than the machine looking ready without its packages.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { OCI_APT_RETRIES } from "../../../constructs/oci/oci-machine";

interface Run { status: number | null; signal: NodeJS.Signals | null; output: string; seconds: number }

function requireApt(): void {
  const r = spawnSync("apt-get", ["--version"], { encoding: "utf8" });
  if (r.error !== undefined || r.status !== 0) {
    throw new Error(`this conformance test needs apt-get (Debian package apt) and unshare (util-linux) to run apt without a route; apt-get is missing or does not run: ${r.error?.message ?? r.stderr}`);
  }
}

/** A private apt folder: lists, cache, a sources list of Ubuntu 24.04's archive, and `config` as the only configuration. */
function aptFolder(config: string): { dir: string; options: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-apt-"));
  for (const d of ["lists/partial", "cache/archives/partial", "etc/apt.conf.d", "etc/preferences.d"]) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.writeFileSync(path.join(dir, "etc/sources.list"), "deb http://archive.ubuntu.com/ubuntu noble main universe\n");
  fs.writeFileSync(path.join(dir, "apt.conf"), config);
  fs.writeFileSync(path.join(dir, "status"), ""); // no package installed: the host's own packages do not count
  return {
    dir,
    options: [
      "-c", path.join(dir, "apt.conf"),
      "-o", `Dir::State::Lists=${dir}/lists`, "-o", `Dir::State::status=${dir}/status`, "-o", `Dir::Cache=${dir}/cache`,
      "-o", `Dir::Etc::SourceList=${dir}/etc/sources.list`, "-o", `Dir::Etc::SourceParts=${dir}/etc/apt.conf.d`,
      "-o", `Dir::Etc::Parts=${dir}/etc/apt.conf.d`, "-o", `Dir::Etc::PreferencesParts=${dir}/etc/preferences.d`,
      "-o", "Debug::Acquire::Retries=true", "-o", "APT::Sandbox::User=root",
    ],
  };
}

/** `apt-get <args>` in a network namespace without a route, killed after `timeoutSeconds`. */
function aptWithoutRoute(options: string[], args: string[], timeoutSeconds: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn("unshare", ["--net", "apt-get", ...options, ...args], { env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutSeconds * 1000);
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

describe("apt on an OCI machine before its public IP is bound (no route)", () => {
  requireApt();
  const folders: string[] = [];
  afterAll(() => folders.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const folder = (config: string) => {
    const f = aptFolder(config);
    folders.push(f.dir);
    return f;
  };

  test("the default gives up in seconds with only a warning; the retry file keeps apt retrying; an install after giving up fails loudly", async () => {
    const plain = folder("");
    const retries = folder(OCI_APT_RETRIES);
    const [withoutFile, withFile] = await Promise.all([
      aptWithoutRoute(plain.options, ["update"], 25),
      aptWithoutRoute(retries.options, ["update"], 22),
    ]);

    // apt's default: gives up after its third retry (delays 1, 2, 4 s), and the update "succeeds" with warnings
    expect({ status: withoutFile.status, signal: withoutFile.signal }).toEqual({ status: 0, signal: null });
    expect(withoutFile.seconds).toBeLessThan(20);
    expect(withoutFile.output).toContain("Delaying http://archive.ubuntu.com/ubuntu noble InRelease by 4 seconds");
    expect(withoutFile.output).not.toContain("by 8 seconds");
    expect(withoutFile.output).toMatch(/W: Failed to fetch http:\/\/archive\.ubuntu\.com\/ubuntu\/dists\/noble\/InRelease/);

    // with the file: still waiting for the network when killed, past the default's retries
    expect(withFile.signal).toBe("SIGTERM");
    expect(withFile.output).toContain("Delaying http://archive.ubuntu.com/ubuntu noble InRelease by 16 seconds");
    expect(withFile.output).not.toMatch(/W: Failed to fetch/);

    // after apt gave up (the lists are empty), cloud-init's install of the role's packages fails with exit 100
    const install = await aptWithoutRoute(plain.options, ["install", "--simulate", "-y", "x11vnc"], 25);
    expect(install.status).toBe(100);
    expect(install.output).toContain("E: Unable to locate package x11vnc");
  });
});
