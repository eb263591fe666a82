import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { containsToken } from "../tokens";

/** Path of the merged sysctl drop-in written by {@link CloudConfig}. */
export const SYSCTL_FILE = "/etc/sysctl.d/90-pairpac.conf";

/**
 * Kernel parameters. All Sysctl elements of a document merge into one drop-in (`SYSCTL_FILE`) that is
 * applied at the start of runcmd and on every later boot by systemd-sysctl; the same key with two values is an error.
 */
export class Sysctl implements CloudInitElement {
  /** Parameters such as `{ "vm.swappiness": "10" }`. */
  public static of(settings: Readonly<Record<string, string | number>>): Sysctl {
    return new Sysctl(settings);
  }

  /** The parameters, values as strings, keys sorted. */
  public readonly settings: Readonly<Record<string, string>>;

  private constructor(settings: Readonly<Record<string, string | number>>) {
    const keys = Object.keys(settings ?? {}).sort();
    if (keys.length === 0) {
      throw invalid("sysctl", settings, "must set at least one parameter", "Pass e.g. { \"vm.swappiness\": \"10\" }.");
    }
    const out: Record<string, string> = {};
    for (const key of keys) {
      if (!/^[a-z0-9_]+([./][a-z0-9_*-]+)+$/.test(key)) {
        throw invalid(`sysctl.${key}`, key, "is not a sysctl parameter name", "Use dotted names such as \"vm.swappiness\".");
      }
      const raw = settings[key];
      const value = typeof raw === "number" && Number.isFinite(raw) ? String(raw) : raw;
      if (typeof value !== "string" || value.trim() === "" || /[\r\n\0]/.test(value) || value !== value.trim() || containsToken(value)) {
        throw invalid(`sysctl.${key}`, raw, "must be a non-empty one-line value without surrounding blanks or tokens", "Use e.g. \"10\".");
      }
      out[key] = value;
    }
    this.settings = out;
  }

  /** Adds the settings to the merged drop-in. */
  public contribute(target: ElementTarget): void {
    target.addSysctl(this.settings);
  }
}
