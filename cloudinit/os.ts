import { invalid } from "./private/errors";

/** Distribution family of an {@link Os}. */
export type OsFamily = "ubuntu" | "debian";

/**
 * Operating system of a machine: decides package names and a few paths.
 *
 * Enum-like: use {@link Os.UBUNTU_24_04} (the default everywhere) or {@link Os.DEBIAN_13}.
 */
export class Os {
  /** Ubuntu 24.04 LTS (noble), the default operating system. */
  public static readonly UBUNTU_24_04 = new Os("ubuntu-24.04", "ubuntu", "noble", "24.04", "ubuntu");
  /** Debian 13 (trixie); the end-to-end tests run on it. */
  public static readonly DEBIAN_13 = new Os("debian-13", "debian", "trixie", "13", "debian");

  /** Every supported operating system, default first. */
  public static all(): readonly Os[] {
    return [Os.UBUNTU_24_04, Os.DEBIAN_13];
  }

  /** Looks an operating system up by its {@link Os.id}, e.g. `"debian-13"`. */
  public static fromId(id: string): Os {
    const found = Os.all().find((os) => os.id === id);
    if (!found) {
      throw invalid("os", id, "is not a supported operating system", `Use one of ${Os.all().map((os) => os.id).join(", ")}.`);
    }
    return found;
  }

  private constructor(
    /** Identifier, e.g. `"ubuntu-24.04"`. */
    public readonly id: string,
    /** Distribution family, which selects the package-table column. */
    public readonly family: OsFamily,
    /** Release code name, e.g. `"noble"`, usable in apt source lines. */
    public readonly codename: string,
    /** Release version, e.g. `"24.04"`. */
    public readonly version: string,
    /**
     * Default user of the distribution's generic cloud image. Clouds may differ (AWS Debian AMIs log in as `admin`):
     * placements decide the login user, not this value.
     */
    public readonly defaultUser: string,
  ) {}

  /** The identifier, e.g. `"ubuntu-24.04"`. */
  public toString(): string {
    return this.id;
  }
}
