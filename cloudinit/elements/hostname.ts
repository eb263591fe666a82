import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { containsToken } from "../tokens";

/** Options of {@link Hostname.of}. */
export interface HostnameOptions {
  /**
   * Fully qualified name written to /etc/hosts (may be a Terraform token).
   * @default - none
   */
  readonly fqdn?: string;
}

/** The machine's host name (`hostname`, `fqdn`, `manage_etc_hosts`). */
export class Hostname implements CloudInitElement {
  /** A host name (one DNS label, e.g. `"gateway"`). */
  public static of(name: string, options: HostnameOptions = {}): Hostname {
    return new Hostname(name, options.fqdn);
  }

  private constructor(
    /** Short host name. */
    public readonly name: string,
    /** Fully qualified name, if any. */
    public readonly fqdn: string | undefined,
  ) {
    if (typeof name !== "string" || !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
      throw invalid("hostname", name, "must be one DNS label (lower-case letters, digits, '-', at most 63 characters)", "Use e.g. \"gateway\".");
    }
    if (fqdn !== undefined && !containsToken(fqdn)
      && (fqdn.length > 253 || !/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(fqdn))) {
      throw invalid("hostname.fqdn", fqdn, "must be a lower-case fully qualified domain name", "Use e.g. \"gateway.main.example.org\".");
    }
  }

  /** Sets `hostname` (and `fqdn` with `manage_etc_hosts`). */
  public contribute(target: ElementTarget): void {
    target.setSingleton("hostname", this.name);
    if (this.fqdn !== undefined) {
      target.setSingleton("fqdn", this.fqdn);
      target.setSingleton("manage_etc_hosts", true);
    }
  }
}
