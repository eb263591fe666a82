// What the global setup prepared once per run, handed to the test files through a JSON file.
import * as fs from "node:fs";
import * as path from "node:path";
import { CACHE_DIR } from "./paths";
import { Seed, readSeed } from "./render";

/** Written by global-setup.ts, read by every e2e test file. */
export interface E2eState {
  /** The cached, read-only Debian 13 root filesystem. */
  readonly rootfs: string;
  readonly rootfsKey: string;
  readonly rootfsBuilt: boolean;
  /** Packages of the root filesystem (roles' `packages:` plus the harness's own). */
  readonly packages: string[];
  /** Seed folders by machine name ("gateway", "desktop-1", "probe"). */
  readonly seeds: Record<string, string>;
  /** Why the roles could not be rendered (their tests fail with it), if they could not. */
  readonly renderError?: string;
  /** Folder for this run's overlays. */
  readonly workDir: string;
  /** The embedded default app's cdk.tf.json, synthesized by the global setup (the deliveries are read from it). */
  readonly synthesized?: string;
  /** The same app with a second desktop (`PAIRPAC_DESKTOPS=oci,oci`): what the day-2 deliveries run. */
  readonly synthesizedTwoDesktops?: string;
  /** Why the default app could not be synthesized, if it could not. */
  readonly synthError?: string;
}

const STATE_FILE = path.join(CACHE_DIR, "state.json");

/** Saves the state (global setup). */
export function saveState(state: E2eState): void {
  fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2) + "\n");
}

/** Loads the state written by the global setup of this run. */
export function loadState(): E2eState {
  if (!fs.existsSync(STATE_FILE)) throw new Error(`${STATE_FILE} is missing: run the e2e tests with jest -c jest.e2e.config.js (its globalSetup prepares them)`);
  return JSON.parse(fs.readFileSync(STATE_FILE, "utf8")) as E2eState;
}

/** A seed prepared by the global setup. */
export function seedOf(state: E2eState, name: string): Seed {
  const dir = state.seeds[name];
  if (!dir && state.renderError) throw new Error(`the roles could not be rendered, so there is no seed ${name}:\n${state.renderError}`);
  if (!dir) throw new Error(`no seed named ${name} was prepared (have: ${Object.keys(state.seeds).join(", ")})`);
  return readSeed(name, dir);
}
