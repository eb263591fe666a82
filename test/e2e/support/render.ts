// Seeds for the test machines, produced by the project's own render command
// (`pairpac` = dist/cloudinit/cli/render.js), built from the current sources.
import * as fs from "node:fs";
import * as path from "node:path";
import { CACHE_DIR, PROJECT_ROOT } from "./paths";
import { formatResult, mustRun, run } from "./exec";

/** A NoCloud seed on the host. */
export interface Seed {
  /** "gateway", "desktop-1", ... */
  readonly name: string;
  readonly dir: string;
  readonly userData: string;
  readonly metaData: string;
  /** The first delivery bundle (the permanent host key), as the render command wrote it. */
  readonly bootstrapDelivery: string;
  /** The delivery bundle (secrets and changing configuration). */
  readonly delivery: string;
}

/** Compiled sources for the render command (kept apart from dist/, which `npm run build` owns). */
export const BUILD_DIR = path.join(CACHE_DIR, "build");
/** The compiled render command. */
export const RENDER_JS = path.join(BUILD_DIR, "cloudinit", "cli", "render.js");
/** Desktops the gateway is rendered for (the tunnel test uses desktop 1). */
export const DESKTOP_COUNT = 2;

/**
 * Compiles the project (tsconfig.build.json) into {@link BUILD_DIR}. Type errors elsewhere in the project are
 * the typecheck gate's business: they are reported, and the run goes on when the render command was emitted.
 */
export async function buildProject(log: (line: string) => void = () => undefined): Promise<void> {
  const tsc = path.join(PROJECT_ROOT, "node_modules", ".bin", "tsc");
  // Own outDir and own build-info file: tsconfig.build.json is incremental with its build info in dist/, which
  // must not be pointed at this folder (dist/ would then look up to date while missing files).
  const r = await run(tsc, ["-p", path.join(PROJECT_ROOT, "tsconfig.build.json"), "--outDir", BUILD_DIR, "--tsBuildInfoFile", path.join(BUILD_DIR, ".tsbuildinfo")], {
    cwd: PROJECT_ROOT,
    timeoutMs: 600_000,
  });
  if (!fs.existsSync(RENDER_JS)) {
    throw new Error(`the build did not produce ${path.relative(PROJECT_ROOT, RENDER_JS)}: does cloudinit/cli/render.ts exist?\n${formatResult(r)}`);
  }
  if (r.code !== 0) log(`tsc reported errors (the render command was emitted anyway):\n${r.stdout.slice(0, 3000)}`);
}

/** Reads a seed folder written by the render command. */
export function readSeed(name: string, dir: string): Seed {
  const userData = fs.readFileSync(path.join(dir, "user-data"), "utf8");
  const metaData = fs.readFileSync(path.join(dir, "meta-data"), "utf8");
  const read = (f: string) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), "utf8") : "");
  return { name, dir, userData, metaData, bootstrapDelivery: read("bootstrap-delivery"), delivery: read("delivery") };
}

/** Runs the render command for one role into `outDir`. */
export async function renderRole(args: readonly string[], name: string, outDir: string): Promise<Seed> {
  fs.rmSync(outDir, { recursive: true, force: true });
  await mustRun(process.execPath, [RENDER_JS, ...args, "--out", outDir], { cwd: PROJECT_ROOT, timeoutMs: 120_000 });
  return readSeed(name, outDir);
}

/**
 * Renders the gateway (with {@link DESKTOP_COUNT} desktops) and desktop 1 for Debian 13 with every option on, as
 * `npm run render -- --role <gateway|desktop> --out DIR --all-options --os debian-13` does; both share one
 * local-values file, so the desktop's tunnel key and the gateway's host key match across the two seeds. For the
 * day-2 journey, also the gateway with one desktop (`gateway-1-desktop`: the live machines' first delivery), and the
 * gateway and desktop 1 after a renewal (`renewed-*`: the same values with a new certificate).
 */
export async function renderRoleSeeds(outRoot: string, log: (line: string) => void = () => undefined): Promise<Seed[]> {
  await buildProject(log);
  fs.mkdirSync(outRoot, { recursive: true });
  const values = path.join(outRoot, "local-values.json");
  const common = (desktops: number, file = values) => ["--all-options", "--os", "debian-13", "--desktops", String(desktops), "--values", file];
  const gateway = await renderRole(["--role", "gateway", ...common(DESKTOP_COUNT)], "gateway", path.join(outRoot, "gateway"));
  const desktop = await renderRole(["--role", "desktop", "--index", "1", ...common(DESKTOP_COUNT)], "desktop-1", path.join(outRoot, "desktop-1"));
  const one = await renderRole(["--role", "gateway", ...common(1)], "gateway-1-desktop", path.join(outRoot, "gateway-1-desktop"));
  // The renewal: a new chain from the render command's own local CA code, everything else kept.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { localCertificateChain } = require(path.join(BUILD_DIR, "cloudinit", "cli", "private", "certificate-chain.js")) as typeof import("../../../cloudinit/cli/private/certificate-chain");
  const parsed = JSON.parse(fs.readFileSync(values, "utf8")) as { domain: string; certificate: unknown };
  const chain = localCertificateChain(parsed.domain, [parsed.domain]);
  const renewedValues = path.join(outRoot, "local-values-renewed.json");
  fs.writeFileSync(renewedValues, JSON.stringify({ ...parsed, certificate: chain }, null, 2) + "\n", { mode: 0o600 });
  const renewedGateway = await renderRole(["--role", "gateway", ...common(DESKTOP_COUNT, renewedValues)], "renewed-gateway", path.join(outRoot, "renewed-gateway"));
  const renewedDesktop = await renderRole(["--role", "desktop", "--index", "1", ...common(DESKTOP_COUNT, renewedValues)], "renewed-desktop-1", path.join(outRoot, "renewed-desktop-1"));
  return [gateway, desktop, one, renewedGateway, renewedDesktop];
}

/**
 * Synthesizes the embedded default app (branch `main`) with the build of {@link buildProject} into `outdir`, as
 * `npm run synth` does; returns the path of its cdk.tf.json (the day-2 journey reads the deliveries from it).
 */
export async function synthesizeDefault(outdir: string, env: Record<string, string> = {}): Promise<string> {
  fs.rmSync(outdir, { recursive: true, force: true });
  await mustRun(process.execPath, [path.join(BUILD_DIR, "stacks", "main.js")], { cwd: PROJECT_ROOT, timeoutMs: 120_000, env: { PAIRPAC_BRANCH: "main", CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1", ...env } });
  const file = path.join(outdir, "stacks", "main", "cdk.tf.json");
  if (!fs.existsSync(file)) throw new Error(`synthesizing the default app wrote no ${file}`);
  return file;
}
