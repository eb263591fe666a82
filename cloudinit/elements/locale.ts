import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";

/**
 * The system locale (`locale`); cloud-init generates it if needed. On Debian, `locale-gen` ignores its argument and
 * builds only what `/etc/locale.gen` lists, so the element also writes that file there (early, in cloud-init's
 * init stage, before the locale module runs); `C.UTF-8` and `POSIX` are built in and need no file.
 */
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

  /** Sets `locale` (and, on Debian, lists the locale in `/etc/locale.gen`). */
  public contribute(target: ElementTarget): void {
    target.setSingleton("locale", this.name);
    const charset = /\.([A-Za-z0-9-]+)/.exec(this.name)?.[1];
    const builtIn = /^(C|POSIX)(\.|$)/.test(this.name);
    if (target.os.family === "debian" && charset !== undefined && !builtIn) {
      const canonicalCharset = /^utf-?8$/i.test(charset) ? "UTF-8" : charset;
      target.writeFile({ path: "/etc/locale.gen", content: `${this.name} ${canonicalCharset}\n`, owner: "root:root", permissions: "0644", defer: false });
    }
  }
}
