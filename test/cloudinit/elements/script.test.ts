import { CloudConfig, Script } from "../../../cloudinit";
import { validateDocument } from "../validate-document";

describe("Script", () => {
  test("first-boot script: strict-mode bash header, 0755 under /usr/local/lib/pairpac, run from runcmd with arguments", () => {
    const script = Script.of("greet", "echo \"hello $1\"", { args: ["world"] });
    expect(script.text).toBe("#!/usr/bin/env bash\nset -euo pipefail\necho \"hello $1\"\n");
    expect(new CloudConfig({ machine: "m" }).add("s", script).toObject()).toEqual({
      write_files: [{ path: "/usr/local/lib/pairpac/greet.sh", content: script.text, owner: "root:root", permissions: "0755" }],
      runcmd: [["/usr/local/lib/pairpac/greet.sh", "world"]],
    });
  });

  test("every-boot script goes to cloud-init's per-boot directory and adds no runcmd entry", () => {
    const doc = new CloudConfig({ machine: "m" }).add("s", Script.of("tune", "sysctl -q vm.swappiness", { runAt: "every-boot" }));
    expect(doc.toObject()).toEqual({
      write_files: [{ path: "/var/lib/cloud/scripts/per-boot/pairpac-tune.sh", content: "#!/usr/bin/env bash\nset -euo pipefail\nsysctl -q vm.swappiness\n", owner: "root:root", permissions: "0755" }],
    });
  });

  test("a body with its own #! line is kept as is", () => {
    expect(Script.of("posix", "#!/bin/sh\nset -eu\necho ok\n").text).toBe("#!/bin/sh\nset -eu\necho ok\n");
  });

  test("rendered scripts pass shellcheck and the document validates", () => {
    const doc = new CloudConfig({ machine: "m" }).add("s",
      Script.of("a", "for f in /etc/*.conf; do\n  echo \"$f\"\ndone"),
      Script.of("b", "#!/bin/sh\nset -eu\necho ok", { runAt: "every-boot" }));
    validateDocument(doc);
  });

  test.each([
    ["bad name", () => Script.of("Greet!", "echo"), /^script\.name: must be 1-63 characters/],
    ["empty body", () => Script.of("a", "  "), /^script\(a\)\.body: must be a non-empty string/],
    ["token in body", () => Script.of("a", "echo ${TfToken[TOKEN.1]}"), /^script\(a\)\.body: must not contain a Terraform token \(the value would become shell code\)/],
    ["bad runAt", () => Script.of("a", "echo", { runAt: "always" as never }), /^script\(a\)\.runAt: must be "first-boot" or "every-boot"/],
    ["args for every-boot", () => Script.of("a", "echo", { runAt: "every-boot", args: ["x"] }), /^script\(a\)\.args: cannot be used with runAt "every-boot"/],
  ])("fails on %s", (_n, make, message) => {
    expect(make).toThrow(message);
  });
});
