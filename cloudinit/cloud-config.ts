import type { CloudInitElement } from "./element";
import { Os } from "./os";
import { Collector } from "./private/collector";
import { invalid } from "./private/errors";
import { defaultQuoteScalar, renderYaml } from "./private/yaml-render";
import { DEFAULT_TOKEN_PATTERN } from "./tokens";

/** Properties of a {@link CloudConfig}. */
export interface CloudConfigProps {
  /** Machine name, used in errors and size reports (e.g. `"gateway"`, `"desktop-1"`). */
  readonly machine: string;
  /**
   * Operating system: selects package names.
   * @default Os.UBUNTU_24_04
   */
  readonly os?: Os;
  /**
   * Upgrade all packages on the first boot (`package_upgrade`).
   * @default false
   */
  readonly packageUpgrade?: boolean;
}

/** Options of {@link CloudConfig.render}. */
export interface RenderOptions {
  /**
   * Pattern of Terraform string tokens.
   * @default DEFAULT_TOKEN_PATTERN (`${TfToken[TOKEN.n]}`)
   */
  readonly tokenPattern?: RegExp;
  /**
   * Turns a whole string that contains tokens into a YAML scalar (it must yield a double-quoted scalar once Terraform
   * resolves the tokens, e.g. `s => Fn.jsonencode(s)`).
   * @default - JSON.stringify (plus escapes for characters YAML does not allow raw)
   */
  readonly quoteScalar?: (value: string) => string;
}

/** One contributor's elements, in the order added. */
export interface Contribution {
  /** Contributor name, e.g. `"nginx"`. */
  readonly contributor: string;
  /** Its elements. */
  readonly elements: readonly CloudInitElement[];
}

/**
 * A `#cloud-config` document for one machine, assembled from elements of several contributors.
 *
 * Packages and groups merge; the same file path, unit, user or single-valued setting with two different values is an
 * error naming both contributors. Output is deterministic: keys in a fixed order, files, users, groups and packages
 * sorted; runcmd in the order elements were added.
 */
export class CloudConfig {
  /** Machine name. */
  public readonly machine: string;
  /** Operating system. */
  public readonly os: Os;
  private readonly packageUpgrade: boolean;
  private contributionList: Contribution[] = [];
  private collector: Collector;
  private changes = 0;
  /** The collector's object for the current contributions (never handed out: {@link toObject} copies). */
  private object: Record<string, unknown> | undefined;

  public constructor(props: CloudConfigProps) {
    const os = props.os ?? Os.UBUNTU_24_04;
    const packageUpgrade = props.packageUpgrade ?? false;
    if (typeof props.machine !== "string" || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(props.machine)) {
      throw invalid("cloudConfig.machine", props.machine, "must be 1-63 lower-case letters, digits or '-'", "Use e.g. \"gateway\" or \"desktop-1\".");
    }
    if (!(os instanceof Os)) {
      throw invalid(`${props.machine}.os`, os, "must be an Os", "Use Os.UBUNTU_24_04 or Os.DEBIAN_13.");
    }
    this.machine = props.machine;
    this.os = os;
    this.packageUpgrade = packageUpgrade;
    this.collector = this.collect([]);
  }

  /**
   * Adds elements on behalf of `contributor` (e.g. `"nginx"`). Atomic: if an element conflicts, nothing is added.
   * @returns this document, for chaining
   */
  public add(contributor: string, ...elements: CloudInitElement[]): this {
    if (typeof contributor !== "string" || !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/.test(contributor)) {
      throw invalid(`${this.machine}.contributor`, contributor, "must be 1-63 letters, digits, '_', '.' or '-'", "Use e.g. \"nginx\".");
    }
    elements.forEach((e, i) => {
      if (e === null || typeof e !== "object" || typeof (e as CloudInitElement).contribute !== "function") {
        throw invalid(`${this.machine}.${contributor}[${i}]`, e, "is not a cloud-init element", "Pass elements such as File.text(...) or Packages.of(...).");
      }
    });
    const existing = this.contributionList.findIndex((c) => c.contributor === contributor);
    if (existing < 0) {
      // A new contributor comes last, so contributing only its elements to the current collector gives what
      // collecting every contribution again would; a conflict restores the document as it was.
      let object: Record<string, unknown>;
      try {
        const target = this.collector.target(contributor);
        elements.forEach((e) => e.contribute(target));
        object = this.collector.toObject();
      } catch (e) {
        this.collector = this.collect(this.contributionList);
        throw e;
      }
      this.contributionList = [...this.contributionList, { contributor, elements: [...elements] }];
      this.changed(object);
      return this;
    }
    // An existing contributor's elements join its first place: collect everything again in that order.
    const next = this.contributionList.map((c, i) => (i === existing ? { contributor, elements: [...c.elements, ...elements] } : c));
    this.collector = this.collect(next);
    this.contributionList = next;
    this.changed(undefined);
    return this;
  }

  /**
   * A number that changes whenever the document does (each successful {@link add}): two renders at the same revision
   * with the same options give the same text. Lets a caller cache what it derives from a render.
   */
  public get revision(): number {
    return this.changes;
  }

  private changed(object: Record<string, unknown> | undefined): void {
    this.changes += 1;
    this.object = object;
  }

  /** The contributions in the order their contributors were first added. */
  public contributions(): readonly Contribution[] {
    return this.contributionList.map((c) => ({ contributor: c.contributor, elements: [...c.elements] }));
  }

  /** A document for the same machine holding only `contributor`'s elements (used for per-contributor size reports). */
  public only(contributor: string): CloudConfig {
    const doc = new CloudConfig({ machine: this.machine, os: this.os, packageUpgrade: this.packageUpgrade });
    const found = this.contributionList.find((c) => c.contributor === contributor);
    if (found === undefined) {
      throw invalid(`${this.machine}.contributor`, contributor, "has not contributed to this document", `Use one of: ${this.contributionList.map((c) => c.contributor).join(", ")}.`);
    }
    return doc.add(contributor, ...found.elements);
  }

  /** The cloud-config as a plain object (tokens left as they are). A fresh copy on each call. */
  public toObject(): Record<string, unknown> {
    return this.collector.toObject();
  }

  /** Renders `#cloud-config` YAML; strings with tokens become `quoteScalar(string)`. */
  public render(options: RenderOptions = {}): string {
    const tokenPattern = options.tokenPattern ?? DEFAULT_TOKEN_PATTERN;
    const quoteScalar = options.quoteScalar ?? defaultQuoteScalar;
    this.object ??= this.collector.toObject();
    return `#cloud-config\n${renderYaml(this.object, { tokenPattern, quoteScalar })}`;
  }

  private collect(contributions: readonly Contribution[]): Collector {
    const collector = new Collector(this.os, { packageUpgrade: this.packageUpgrade });
    for (const c of contributions) {
      const target = collector.target(c.contributor);
      c.elements.forEach((e) => e.contribute(target));
    }
    collector.toObject();
    return collector;
  }
}
