import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { rejectNul, slug } from "../private/validate";
import { rejectTokens } from "../tokens";

/** When a {@link Script} runs. */
export type ScriptRunAt = "first-boot" | "every-boot";

/** Options of {@link Script.of}. */
export interface ScriptOptions {
  /**
   * `"first-boot"`: runs once from runcmd, in order with the other commands. `"every-boot"`: installed in
   * `/var/lib/cloud/scripts/per-boot/`, run by cloud-init on every boot (on the first boot before runcmd).
   * @default "first-boot"
   */
  readonly runAt?: ScriptRunAt;
  /**
   * Arguments passed to the script (first-boot only).
   * @default []
   */
  readonly args?: readonly string[];
}

/** Directory holding the project's scripts on the machine. */
export const SCRIPT_DIR = "/usr/local/lib/pairpac";

/** Header added to a body that has no `#!` line: bash in strict mode. */
const HEADER = "#!/usr/bin/env bash\nset -euo pipefail\n";

/**
 * A small bash script, for what no declarative element can do. Written to `/usr/local/lib/pairpac/<name>.sh`
 * (mode 0755) and run. Every script must pass shellcheck (the tests enforce it); it must not embed Terraform tokens
 * (write such values to a file and read them, so secrets never become shell code).
 */
export class Script implements CloudInitElement {
  /** A script named `name` (file name without `.sh`); `body` gets a bash strict-mode header unless it has a `#!` line. */
  public static of(name: string, body: string, options: ScriptOptions = {}): Script {
    return new Script(name, body, options);
  }

  /** Script name. */
  public readonly name: string;
  /** Full script text including the `#!` line. */
  public readonly text: string;
  /** Where the script is written. */
  public readonly path: string;
  /** When it runs. */
  public readonly runAt: ScriptRunAt;
  /** Arguments passed when run from runcmd. */
  public readonly args: readonly string[];

  private constructor(name: string, body: string, options: ScriptOptions) {
    this.name = slug("script.name", name, "Use e.g. \"configure-audio\".");
    const field = `script(${name})`;
    this.runAt = options.runAt ?? "first-boot";
    this.args = options.args ?? [];
    if (typeof body !== "string" || body.trim() === "") {
      throw invalid(`${field}.body`, body, "must be a non-empty string", "Pass the script body.");
    }
    rejectNul(`${field}.body`, body);
    rejectTokens(`${field}.body`, body, "the value would become shell code",
      "Write the value to a file with File.text(..., { mode: \"0600\" }) and read it in the script.");
    if (this.runAt !== "first-boot" && this.runAt !== "every-boot") {
      throw invalid(`${field}.runAt`, this.runAt, "must be \"first-boot\" or \"every-boot\"", "Use \"first-boot\" (default).");
    }
    if (this.runAt === "every-boot" && this.args.length > 0) {
      throw invalid(`${field}.args`, this.args, "cannot be used with runAt \"every-boot\" (cloud-init runs per-boot scripts without arguments)", "Remove the arguments.");
    }
    this.args.forEach((a, i) => {
      if (typeof a !== "string" || a.includes("\0")) {
        throw invalid(`${field}.args[${i}]`, a, "must be a string without NUL", "Pass plain strings.");
      }
    });
    const normalised = body.endsWith("\n") ? body : `${body}\n`;
    this.text = normalised.startsWith("#!") ? normalised : `${HEADER}${normalised}`;
    this.path = this.runAt === "every-boot"
      ? `/var/lib/cloud/scripts/per-boot/pairpac-${this.name}.sh`
      : `${SCRIPT_DIR}/${this.name}.sh`;
  }

  /** Writes the script and, for first-boot scripts, the runcmd entry. */
  public contribute(target: ElementTarget): void {
    target.writeFile({ path: this.path, content: this.text, owner: "root:root", permissions: "0755", defer: false });
    if (this.runAt === "first-boot") {
      target.runCommand([this.path, ...this.args]);
    }
  }
}
