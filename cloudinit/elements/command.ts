import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";

/**
 * One runcmd entry in argv form (cloud-init quotes each argument; no shell parsing happens on the values).
 * Entries run once, on the first boot, in the order they were added.
 */
export class Command implements CloudInitElement {
  /** A command as an argv array, e.g. `["systemctl", "restart", "nginx"]`. */
  public static of(argv: readonly string[]): Command {
    return new Command(argv);
  }

  /** The argv array. */
  public readonly argv: readonly string[];

  private constructor(argv: readonly string[]) {
    if (!Array.isArray(argv) || argv.length === 0) {
      throw invalid("command", argv, "must be a non-empty argv array", "Use e.g. Command.of([\"systemctl\", \"restart\", \"nginx\"]).");
    }
    argv.forEach((arg, i) => {
      if (typeof arg !== "string") {
        throw invalid(`command[${i}]`, arg, "must be a string", "Pass every argument as a string.");
      }
      if (arg.includes("\0")) {
        throw invalid(`command[${i}]`, arg, "must not contain a NUL character", "Remove the NUL byte.");
      }
    });
    if (argv[0].trim() === "" || /\s/.test(argv[0])) {
      throw invalid("command[0]", argv[0], "must be a program name without blanks", "Put arguments in further elements; for shell syntax use Script.of.");
    }
    this.argv = [...argv];
  }

  /** Appends the runcmd entry. */
  public contribute(target: ElementTarget): void {
    target.runCommand(this.argv);
  }
}
