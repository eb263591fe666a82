/**
 * Conformance tier (npm run test:conformance): the desktop role through cloud-init, PyYAML and shellcheck.
 * (`npm test` parses with the yaml library in YAML 1.1 mode and checks the cloud-init 25.1 JSON schema; the test
 * below proves PyYAML, which cloud-init uses, reads the same documents.)
 */
import { Os } from "../../../cloudinit";
import { Bundle } from "../../../cloudinit/desktop/bundle";
import { renderDesktopRole, type DesktopRoleProps } from "../../../cloudinit/desktop/desktop-role";
import { cloudInitSchema, pyYamlParse, shellcheck, yaml11Parse } from "../../support/validators";
import { type Doc, props, token } from "./fixtures";


function parse(p: DesktopRoleProps): Doc {
  return pyYamlParse(renderDesktopRole(p).render()) as Doc;
}
/** Every subset of the bundles. */
function subsets<T>(items: readonly T[]): T[][] {
  return Array.from({ length: 1 << items.length }, (_, mask) => items.filter((_, i) => (mask & (1 << i)) !== 0));
}

describe("desktop role: real validators", () => {
  test("PyYAML reads every bundle combination on both OSes exactly as the yaml library in YAML 1.1 mode", () => {
    for (const os of Os.all()) {
      for (const bundles of subsets(Bundle.all())) {
        const text = renderDesktopRole(props({ os, bundles, dataVolumeDevice: token(9) })).render();
        expect(pyYamlParse(text)).toEqual(yaml11Parse(text));
      }
    }
  });

  test.each(Os.all().map((os) => [os.id, os] as const))("passes cloud-init 22.4 and 25.1 schemas with no and with all bundles (%s)", (_id, os) => {
    for (const bundles of [[], Bundle.all()]) {
      expect(cloudInitSchema(renderDesktopRole(props({ os, bundles, dataVolumeDevice: token(9) })).render())).toMatch(/Valid cloud-config/);
    }
  });

  test("every script passes shellcheck", () => {
    const doc = parse(props({ bundles: Bundle.all(), dataVolumeDevice: token(9) }));
    const scripts = doc.write_files.filter((w) => w.content.startsWith("#!"));
    expect(scripts.map((s) => s.path).sort()).toEqual([
      "/usr/local/bin/pairpac-record-conference",
      "/usr/local/lib/pairpac/desktop/new-x-cookie.sh",
      "/usr/local/lib/pairpac/desktop/prepare-home.sh",
      "/usr/local/lib/pairpac/desktop/prepare-mumble.sh",
      "/usr/local/lib/pairpac/desktop/served-mumble-digest.sh",
      "/usr/local/lib/pairpac/desktop/start-mumble.sh",
      "/usr/local/lib/pairpac/desktop/wait-for-socket.sh",
      "/usr/local/lib/pairpac/format-data-volume.sh",
      "/usr/local/sbin/pairpac-apply",
    ]);
    for (const s of scripts) {
      expect(shellcheck(s.content)).toBe("");
      expect(s.permissions).toBe("0755");
    }
  });

});
