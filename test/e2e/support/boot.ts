// Boots one seed: a fresh overlay machine, cloud-init's four stages, then every generic check.
import * as fs from "node:fs";
import * as path from "node:path";
import { ARTIFACTS_DIR } from "./paths";
import { StageResult, TestMachine } from "./machine";
import { applyInRoot, checkDelivered } from "./delivery";
import { formatResult } from "./exec";
import { Seed } from "./render";
import { E2eState } from "./state";
import { UserDataExpectations, expectationsOf } from "./user-data";
import {
  checkCloudInitLog,
  checkCloudInitStatus,
  checkFiles,
  checkPackages,
  checkSystemctlRequests,
  checkUnitsVerify,
  checkUsers,
  cloudInitLogExcerpt,
  FileState,
  snapshotFiles,
} from "./checks";

/** A booted machine and the outcome of each generic check (name → problems). */
export interface BootReport {
  readonly machine: TestMachine;
  readonly expected: UserDataExpectations;
  readonly stages: StageResult[];
  readonly checks: Record<string, string[]>;
  /** cloud-init's log lines around problems, for failure messages. */
  readonly logExcerpt: string;
  readonly seconds: number;
}

/** Names of the generic checks, in the order they run. */
export const GENERIC_CHECKS = ["cloud-init status", "cloud-init log", "packages", "files", "users", "systemd-analyze verify", "systemctl requests", "delivery"] as const;

/** Copies the machine's logs into e2e-artifacts/<label>/ for a person to read. */
export function keepLogs(machine: TestMachine, label: string): void {
  const dir = path.join(ARTIFACTS_DIR, label);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ["/var/log/cloud-init.log", "/var/log/cloud-init-output.log", "/var/log/pairpac-e2e/systemctl.log"]) {
    const p = machine.path(f);
    if (fs.existsSync(p)) fs.copyFileSync(p, path.join(dir, path.basename(f)));
  }
}

/** Creates a machine from the cached root filesystem, boots `seed` in it and runs the generic checks. */
export async function bootSeed(state: E2eState, seed: Pick<Seed, "name" | "userData" | "metaData"> & Partial<Pick<Seed, "bootstrapDelivery" | "delivery">>, label = seed.name): Promise<BootReport> {
  const started = Date.now();
  const expected = expectationsOf(seed.userData);
  const machine = await TestMachine.create(seed.name.replace(/[^a-z0-9-]/g, "-"), state.rootfs, state.workDir);
  try {
    machine.writeSeed(seed.userData, seed.metaData);
    // write_files runs in the init stage; the role's commands (final stage) may change owners afterwards on purpose.
    let written = new Map<string, FileState | null>();
    const stages = await machine.bootCloudInit(async (stage) => {
      if (stage === "init") written = await snapshotFiles(machine, expected.files.filter((f) => !f.defer).map((f) => f.path));
    });
    const checks: Record<string, string[]> = {
      "cloud-init status": await checkCloudInitStatus(machine, stages),
      "cloud-init log": checkCloudInitLog(machine),
      packages: await checkPackages(machine, expected.packages),
      files: await checkFiles(machine, expected.files, written),
      users: await checkUsers(machine, expected),
      "systemd-analyze verify": await checkUnitsVerify(machine, expected.unitFiles),
      "systemctl requests": await checkSystemctlRequests(machine, expected.unitFiles),
      // The deliveries the Terraform run would make next (no sshd runs in the chroot: straight to the apply command).
      delivery: await deliver(machine, [seed.bootstrapDelivery ?? "", seed.delivery ?? ""]),
    };
    keepLogs(machine, label);
    return { machine, expected, stages, checks, logExcerpt: cloudInitLogExcerpt(machine), seconds: (Date.now() - started) / 1000 };
  } catch (e) {
    await machine.dispose();
    throw e;
  }
}

/** Applies each bundle with the machine's apply command and compares what it wrote with the bundle (none: no problem). */
async function deliver(machine: TestMachine, bundles: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const bundle of bundles.filter((b) => b !== "")) {
    const r = await applyInRoot(machine, bundle);
    if (r.code !== 0) {
      problems.push(`the apply command failed on a delivery:\n${formatResult(r)}`);
      continue;
    }
    problems.push(...(await checkDelivered(machine, bundle)));
  }
  return problems;
}

/** Problems of one check, with the relevant part of cloud-init's log appended when there are any. */
export function problemsWithLog(report: BootReport, check: string): string[] {
  const problems = report.checks[check];
  if (problems === undefined) throw new Error(`no check named ${check}`);
  return problems.length === 0 ? [] : [...problems, report.logExcerpt];
}
