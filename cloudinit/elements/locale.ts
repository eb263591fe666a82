import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";

/** The system locale (`locale`); cloud-init generates it if needed. */
export class Locale implements CloudInitElement {
  /** A locale such as `"en_US.UTF-8"`, `"de_DE.UTF-8"` or `"C.UTF-8"`. */
  public static of(name: string): Locale {
    return new Locale(name);
  }

  private constructor(
    /** The locale name. */
    public readonly name: string,
  ) {
    if (typeof name !== "string" || !/^([a-z]{2,3}_[A-Z]{2}|C|POSIX)(\.[A-Za-z0-9-]+)?(@[a-z]+)?$/.test(name)) {
      throw invalid("locale", name, "is not a locale name", "Use e.g. \"en_US.UTF-8\" or \"C.UTF-8\".");
    }
  }

  /** Sets `locale`. */
  public contribute(target: ElementTarget): void {
    target.setSingleton("locale", this.name);
  }
}
