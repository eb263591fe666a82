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

/**
 * One harness self-test: a journey run against a deliberately broken machine. `passed` means the journey failed as
 * expected, with a message matching `expected`; `message` is the journey's own failure message (or why it did not fail).
 */
export interface SelfTestResult {
  readonly name: string;
  readonly journey: string;
  readonly expected: string;
  passed: boolean;
  message?: string;
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
  selfTests: SelfTestResult[];
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
    this.summary = { commit: headCommit(), startedAt: new Date().toISOString(), mechanism, journeys: [], memory: {}, notExercised: [], selfTests: [] };
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

  /**
   * Runs a harness self-test: `body` runs journey `journey` against a broken machine and must throw a message matching
   * `expected`. Recorded under `selfTests` either way; throws (failing the jest test) when the journey passed or failed
   * for another reason.
   */
  async selfTest(name: string, journey: string, expected: RegExp, body: () => Promise<void>): Promise<void> {
    const result: SelfTestResult = { name, journey, expected: String(expected), passed: false };
    this.summary.selfTests = this.summary.selfTests.filter((t) => t.name !== name);
    this.summary.selfTests.push(result);
    const started = Date.now();
    try {
      let failure: unknown;
      try {
        await body();
      } catch (e) {
        failure = e;
      }
      if (failure === undefined) {
        result.message = `${journey} passed against the broken machine`;
        throw new Error(`self-test ${name}: ${result.message}`);
      }
      result.message = String((failure as Error).message ?? failure).slice(0, 4000);
      if (!expected.test(result.message)) throw new Error(`self-test ${name}: ${journey} failed, but not with ${expected}:\n${result.message}`);
      result.passed = true;
    } finally {
      result.seconds = Math.round((Date.now() - started) / 100) / 10;
      this.write();
    }
  }
}
