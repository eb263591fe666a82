import type { CloudInitElement, ElementTarget } from "../element";
import type { Os } from "../os";
import { PACKAGE_TABLE } from "../package-table";
import { invalid } from "../private/errors";

/**
 * Distribution packages, named by logical name and resolved per operating system from one package table (`PACKAGE_TABLE`).
 *
 * `Packages.of("docker", "docker-compose")` installs `docker.io docker-compose-v2` on Ubuntu 24.04 and
 * `docker.io docker-cli docker-compose` on Debian 13.
 */
export class Packages implements CloudInitElement {
  /** Packages by logical name; unknown names are an error. */
  public static of(...logicalNames: string[]): Packages {
    return new Packages(logicalNames);
  }

  /** The logical names, as given (deduplicated, sorted). */
  public readonly logicalNames: readonly string[];

  private constructor(logicalNames: readonly string[]) {
    if (logicalNames.length === 0) {
      throw invalid("packages", [], "must name at least one package", "Pass logical names such as Packages.of(\"docker\").");
    }
    logicalNames.forEach((name, i) => {
      if (typeof name !== "string" || !Object.prototype.hasOwnProperty.call(PACKAGE_TABLE, name)) {
        throw invalid(`packages[${i}]`, name, "is not a logical package name in cloudinit/package-table.ts",
          `Use one of: ${Object.keys(PACKAGE_TABLE).join(", ")}; or add a row to the table.`);
      }
    });
    this.logicalNames = [...new Set(logicalNames)].sort();
  }

  /** The distribution package names for `os` (sorted, deduplicated). */
  public resolve(os: Os): string[] {
    const names = new Set<string>();
    for (const logical of this.logicalNames) {
      const row = PACKAGE_TABLE[logical];
      const resolved = row[os.family];
      if (resolved === null) {
        throw invalid(`packages(${logical})`, os.id, `is not available on ${os.id}`, "Choose another operating system or package.");
      }
      resolved.forEach((name) => names.add(name));
    }
    return [...names].sort();
  }

  /** Adds the resolved names to the document's package list. */
  public contribute(target: ElementTarget): void {
    target.installPackages(this.resolve(target.os));
  }
}
