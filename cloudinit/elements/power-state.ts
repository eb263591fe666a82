import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { integerIn, rejectNewline } from "../private/validate";

/** Options of {@link PowerState.reboot} and {@link PowerState.poweroff}. */
export interface PowerStateOptions {
  /**
   * Minutes to wait after cloud-init has finished (0 = now).
   * @default 0
   */
  readonly delayMinutes?: number;
  /**
   * Message shown to logged-in users.
   * @default - none
   */
  readonly message?: string;
  /**
   * Seconds to wait for cloud-init to finish before acting.
   * @default 30
   */
  readonly timeoutSeconds?: number;
  /**
   * Only act if this command (argv) exits 0.
   * @default - always
   */
  readonly condition?: readonly string[];
}

/** Reboot or power off once cloud-init has finished (`power_state`), e.g. after a kernel upgrade. */
export class PowerState implements CloudInitElement {
  /** Reboot at the end of the first boot. */
  public static reboot(options: PowerStateOptions = {}): PowerState {
    return new PowerState("reboot", options);
  }

  /** Power off at the end of the first boot (e.g. for image builds and tests). */
  public static poweroff(options: PowerStateOptions = {}): PowerState {
    return new PowerState("poweroff", options);
  }

  /** The cloud-init `power_state` object. */
  public readonly value: Readonly<Record<string, unknown>>;

  private constructor(mode: "reboot" | "poweroff", o: PowerStateOptions) {
    const delay = integerIn("powerState.delayMinutes", o.delayMinutes ?? 0, 0, 1440, "Use minutes, e.g. 1, or 0 for now.");
    const timeout = integerIn("powerState.timeoutSeconds", o.timeoutSeconds ?? 30, 1, 86400, "Use seconds, e.g. 30.");
    const value: Record<string, unknown> = { mode, delay: delay === 0 ? "now" : delay, timeout };
    if (o.message !== undefined) {
      if (typeof o.message !== "string" || o.message.trim() === "") {
        throw invalid("powerState.message", o.message, "must be a non-empty string", "Use e.g. \"Rebooting after setup\".");
      }
      rejectNewline("powerState.message", o.message, "Use a single line.");
      value.message = o.message;
    }
    if (o.condition !== undefined) {
      if (!Array.isArray(o.condition) || o.condition.length === 0 || o.condition.some((a) => typeof a !== "string")) {
        throw invalid("powerState.condition", o.condition, "must be a non-empty argv array", "Use e.g. [\"test\", \"-f\", \"/var/run/reboot-required\"].");
      }
      value.condition = [...o.condition];
    }
    this.value = value;
  }

  /** Sets `power_state`. */
  public contribute(target: ElementTarget): void {
    target.setSingleton("power_state", this.value);
  }
}
