// Runs once before the e2e test files: host tools, leftovers of crashed runs, seeds, root filesystem.
import * as fs from "node:fs";
import * as path from "node:path";
import { ARTIFACTS_DIR, CACHE_DIR, SCRIPTS_DIR } from "./support/paths";
import { mustRun } from "./support/exec";
import { ensureHostTools } from "./support/host";
import { PROBE_META_DATA, renderProbe } from "./support/probe-config";
import { Seed, readSeed, renderRoleSeeds, synthesizeDefault } from "./support/render";
import { rootfsSpecFor } from "./support/packages";
import { ensureRootfs } from "./support/rootfs";
import { saveState } from "./support/state";
import { expectationsOf } from "./support/user-data";

function log(line: string): void {
  process.stderr.write(`[e2e setup] ${line}\n`);
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  if (process.getuid?.() !== 0) throw new Error("the e2e tests need root (namespaces, chroot, overlay mounts)");
  await ensureHostTools();
  await mustRun("bash", [path.join(SCRIPTS_DIR, "cleanup.sh")]);
  // Artifacts of this run only.
  fs.rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });

  const seedsDir = path.join(CACHE_DIR, "seeds");
  fs.rmSync(seedsDir, { recursive: true, force: true });
  log("building the project and rendering the roles (gateway, desktop-1) for Debian 13 with --all-options");
  // A render failure fails every role test (with this message) but leaves the harness's own tests running.
  let roleSeeds: Seed[] = [];
  let renderError: string | undefined;
  try {
    const external = process.env.PAIRPAC_E2E_SEEDS;
    if (external) {
      // Seeds rendered elsewhere (one folder per machine with user-data and meta-data), e.g. to reproduce a report.
      log(`using the seeds in PAIRPAC_E2E_SEEDS=${external} instead of rendering`);
      roleSeeds = ["gateway", "desktop-1", "gateway-1-desktop", "renewed-gateway", "renewed-desktop-1"].filter((n) => fs.existsSync(path.join(external, n))).map((n) => {
        fs.cpSync(path.join(external, n), path.join(seedsDir, n), { recursive: true });
        return readSeed(n, path.join(seedsDir, n));
      });
    } else {
      roleSeeds = await renderRoleSeeds(seedsDir, log);
    }
  } catch (e) {
    renderError = (e as Error).message;
    log(`rendering the roles failed:\n${renderError}`);
  }
  let synthesized: string | undefined;
  let synthesizedTwoDesktops: string | undefined;
  let synthError: string | undefined;
  try {
    synthesized = await synthesizeDefault(path.join(seedsDir, "synth"));
    log(`synthesized the default app: ${path.relative(seedsDir, synthesized)} (the deliveries are read from it)`);
    // The same app after a user added a second desktop (PAIRPAC_DESKTOPS=oci,oci): the day-2 deliveries.
    synthesizedTwoDesktops = await synthesizeDefault(path.join(seedsDir, "synth-2-desktops"), { PAIRPAC_DESKTOPS: "oci,oci" });
    log(`synthesized it with two desktops: ${path.relative(seedsDir, synthesizedTwoDesktops)} (the day-2 deliveries)`);
  } catch (e) {
    synthError = (e as Error).message;
    log(`synthesizing the default app failed:\n${synthError}`);
  }
  const probeDir = path.join(seedsDir, "probe");
  fs.mkdirSync(probeDir, { recursive: true });
  fs.writeFileSync(path.join(probeDir, "user-data"), renderProbe());
  fs.writeFileSync(path.join(probeDir, "meta-data"), PROBE_META_DATA);

  // Keep the seeds the run used next to its other artifacts.
  fs.rmSync(path.join(ARTIFACTS_DIR, "seeds"), { recursive: true, force: true });
  fs.cpSync(seedsDir, path.join(ARTIFACTS_DIR, "seeds"), { recursive: true });

  const seeds: Record<string, string> = { probe: probeDir };
  for (const s of roleSeeds) seeds[s.name] = s.dir;
  const userDatas = Object.values(seeds).map((dir) => fs.readFileSync(path.join(dir, "user-data"), "utf8"));
  const spec = rootfsSpecFor(userDatas.map((u) => expectationsOf(u)));
  const rootfs = await ensureRootfs(spec, log);
  const packages = [...rootfs.manifest.spec.withRecommends, ...rootfs.manifest.spec.withoutRecommends].sort();
  log(`root filesystem ${rootfs.manifest.key} ${rootfs.built ? "built" : "from cache"} (${packages.length} packages)`);

  const workDir = path.join(CACHE_DIR, "work");
  fs.mkdirSync(workDir, { recursive: true });
  saveState({
    rootfs: rootfs.root,
    rootfsKey: rootfs.manifest.key,
    rootfsBuilt: rootfs.built,
    packages,
    seeds,
    renderError,
    workDir,
    synthesized,
    synthesizedTwoDesktops,
    synthError,
  });
  log(`setup done in ${Math.round((Date.now() - started) / 1000)} s`);
}
