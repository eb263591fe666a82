import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";

/** The machine's time zone (`timezone`). */
export class Timezone implements CloudInitElement {
  /** A time zone from the tz database, e.g. `"Europe/Berlin"` or `"Etc/UTC"`. */
  public static of(name: string): Timezone {
    return new Timezone(name);
  }

  private constructor(
    /** The tz database name. */
    public readonly name: string,
  ) {
    if (typeof name !== "string" || !/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9][A-Za-z0-9_+-]*){0,2}$/.test(name)) {
      throw invalid("timezone", name, "is not a tz database name", "Use e.g. \"Europe/Berlin\" or \"Etc/UTC\".");
    }
  }

  /** Sets `timezone`. */
  public contribute(target: ElementTarget): void {
    target.setSingleton("timezone", this.name);
  }
}
