// e2e-artifacts/summary.json: every journey of the live e2e with whether it passed and what it measured, written
// after each journey (so it exists, with what ran, also when a later test fails or the run is cut short).
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { ARTIFACTS_DIR, PROJECT_ROOT } from "./paths";

/** One journey's outcome. */
export interface JourneyResult {
  readonly name: string;
  passed: boolean;
  readonly measured: Record<string, unknown>;
  error?: string;
  seconds?: number;
}

/** The summary file's shape. */
export interface Summary {
  commit: string;
  startedAt: string;
  mechanism: string;
  journeys: JourneyResult[];
  memory: Record<string, unknown>;
  notExercised: string[];
}

export const SUMMARY_FILE = path.join(ARTIFACTS_DIR, "summary.json");

function headCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: PROJECT_ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** Collects journeys and writes the summary file after every change. */
export class SummaryWriter {
  readonly summary: Summary;

  constructor(mechanism: string) {
    this.summary = { commit: headCommit(), startedAt: new Date().toISOString(), mechanism, journeys: [], memory: {}, notExercised: [] };
    this.write();
  }

  write(): void {
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    fs.writeFileSync(SUMMARY_FILE, JSON.stringify(this.summary, null, 2) + "\n");
  }

  /**
   * Runs a journey: `body` fills `measured` and throws when the journey fails. The result is recorded either way
   * and the error re-thrown, so the jest test fails with it.
   */
  async journey(name: string, body: (measured: Record<string, unknown>) => Promise<void>): Promise<void> {
    const result: JourneyResult = { name, passed: false, measured: {} };
    this.summary.journeys = this.summary.journeys.filter((j) => j.name !== name);
    this.summary.journeys.push(result);
    const started = Date.now();
    try {
      await body(result.measured);
      result.passed = true;
    } catch (e) {
      result.error = String((e as Error).message ?? e).slice(0, 4000);
      throw e;
    } finally {
      result.seconds = Math.round((Date.now() - started) / 100) / 10;
      this.write();
    }
  }
}
