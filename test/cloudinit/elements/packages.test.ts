import { CloudConfig, Os, PACKAGE_TABLE, Packages } from "../../../cloudinit";
import { validateDocument } from "../validate-document";
import { expectPairPacError } from "../../support/pairpac-error";

describe("Packages", () => {
  test("resolves logical names per OS (Ubuntu 24.04 default)", () => {
    expect(Packages.of("docker", "docker-compose", "x11vnc").resolve(Os.UBUNTU_24_04)).toEqual(["docker-compose-v2", "docker.io", "x11vnc"]);
  });

  test("resolves logical names for Debian 13", () => {
    expect(Packages.of("docker", "docker-compose", "x11vnc").resolve(Os.DEBIAN_13)).toEqual(["docker-cli", "docker-compose", "docker.io", "x11vnc"]);
  });

  test("the document uses the document's OS and merges packages of all contributors", () => {
    const doc = new CloudConfig({ machine: "m", os: Os.DEBIAN_13 })
      .add("a", Packages.of("docker"))
      .add("b", Packages.of("docker-compose", "docker"));
    expect(doc.toObject()).toEqual({ package_update: true, packages: ["docker-cli", "docker-compose", "docker.io"] });
  });

  test("logical names are deduplicated and sorted", () => {
    expect(Packages.of("x11vnc", "docker", "x11vnc").logicalNames).toEqual(["docker", "x11vnc"]);
  });

  test("the table's keys are sorted and every row names packages for both families", () => {
    const keys = Object.keys(PACKAGE_TABLE);
    expect(keys).toEqual([...keys].sort());
    for (const key of keys) {
      for (const family of ["ubuntu", "debian"] as const) {
        const names = PACKAGE_TABLE[key][family];
        if (names !== null) {
          expect(names.length).toBeGreaterThan(0);
          names.forEach((n) => expect(n).toMatch(/^[a-z0-9][a-z0-9+.-]+$/));
        }
      }
    }
  });

  test("fails on an unknown logical name and lists the known ones", () => {
    expectPairPacError(() => Packages.of("docker", "dockr"), { field: "packages[1]", value: "dockr", problem: "is not a logical package name in cloudinit/package-table.ts", fix: /^Use one of: .*docker-compose/ });
  });

  test("fails on an empty list", () => {
    expectPairPacError(() => Packages.of(), { field: "packages", problem: /^must name at least one package/ });
  });

  test.each([Os.UBUNTU_24_04, Os.DEBIAN_13])("every table row renders to a valid cloud-config on %s", (os) => {
    validateDocument(new CloudConfig({ machine: "all", os }).add("all", Packages.of(...Object.keys(PACKAGE_TABLE))));
  });
});
