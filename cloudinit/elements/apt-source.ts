import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { slug } from "../private/validate";
import { containsToken } from "../tokens";

/** Options of {@link AptSource.of}. */
export interface AptSourceOptions {
  /** Source name (file name under /etc/apt/sources.list.d and of its key). */
  readonly name: string;
  /** Repository URL, `http://` or `https://`. */
  readonly uri: string;
  /**
   * Suite. `$RELEASE` is replaced by the machine's code name (noble, trixie).
   * @default "$RELEASE"
   */
  readonly suite?: string;
  /** Components, e.g. `["main"]`. */
  readonly components: readonly string[];
  /** ASCII-armored OpenPGP public key the repository is signed with (written by cloud-init and used via `signed-by`). */
  readonly key: string;
  /**
   * Restrict to architectures, e.g. `["amd64"]`.
   * @default - all
   */
  readonly architectures?: readonly string[];
}

/** An extra apt repository, trusted only for its own key (`apt.sources` with `signed-by=$KEY_FILE`). */
export class AptSource implements CloudInitElement {
  /** An apt repository with its signing key. */
  public static of(options: AptSourceOptions): AptSource {
    return new AptSource(options);
  }

  /** Source name. */
  public readonly name: string;
  /** The one-line `deb` source as cloud-init receives it. */
  public readonly source: string;
  /** The armored key. */
  public readonly key: string;

  private constructor(o: AptSourceOptions) {
    this.name = slug("aptSource.name", o.name, "Use e.g. \"docker\".");
    const f = `aptSource(${o.name})`;
    if (typeof o.uri !== "string" || !/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~%/+-]*)?$/.test(o.uri)) {
      throw invalid(`${f}.uri`, o.uri, "must be an http(s) URL without blanks", "Use e.g. \"https://download.docker.com/linux/ubuntu\".");
    }
    const suite = o.suite ?? "$RELEASE";
    if (!/^(\$RELEASE|[a-z0-9][a-z0-9._/-]*)(-[a-z]+)?$/.test(suite)) {
      throw invalid(`${f}.suite`, suite, "is not a suite name", "Use e.g. \"$RELEASE\" or \"stable\".");
    }
    if (!Array.isArray(o.components) || o.components.length === 0) {
      throw invalid(`${f}.components`, o.components, "must list at least one component", "Use e.g. [\"main\"].");
    }
    o.components.forEach((c, i) => {
      if (!/^[a-z0-9][a-z0-9._/-]*$/.test(c)) {
        throw invalid(`${f}.components[${i}]`, c, "is not a component name", "Use e.g. \"main\".");
      }
    });
    const archs = o.architectures ?? [];
    archs.forEach((a, i) => {
      if (!/^[a-z0-9]+$/.test(a)) {
        throw invalid(`${f}.architectures[${i}]`, a, "is not a Debian architecture", "Use e.g. \"amd64\" or \"arm64\".");
      }
    });
    if (typeof o.key !== "string" || (!containsToken(o.key)
      && !/^-----BEGIN PGP PUBLIC KEY BLOCK-----\r?\n[\s\S]+-----END PGP PUBLIC KEY BLOCK-----\s*$/.test(o.key))) {
      throw invalid(`${f}.key`, o.key, "must be an ASCII-armored OpenPGP public key", "Pass the text between -----BEGIN PGP PUBLIC KEY BLOCK----- and -----END PGP PUBLIC KEY BLOCK-----.");
    }
    const options = [...(archs.length > 0 ? [`arch=${archs.join(",")}`] : []), "signed-by=$KEY_FILE"];
    this.source = `deb [${options.join(" ")}] ${o.uri} ${suite} ${o.components.join(" ")}`;
    this.key = o.key;
  }

  /** Adds `apt.sources.<name>`. */
  public contribute(target: ElementTarget): void {
    target.addAptSource(this.name, { source: this.source, key: this.key });
  }
}
