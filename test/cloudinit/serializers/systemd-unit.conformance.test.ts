/** Conformance tier (npm run test:conformance): rendered command lines through systemd-analyze verify; unit paths against systemd-escape. */
import { spawnSync } from "node:child_process";
import { escapeUnitPath, quoteExecArgv } from "../../../cloudinit/serializers/systemd-unit";
import { systemdVerify } from "../../support/validators";

describe("systemd-unit serializers with systemd", () => {
  test("systemd accepts the rendered command line (systemd-analyze verify)", () => {
    const line = quoteExecArgv(["/bin/echo", "hello world", "100%", "$HOME", "a\"b\\c", ";", "x\ny", "it's", ""]);
    systemdVerify({ "quoting-check.service": `[Unit]\nDescription=Quoting check\n\n[Service]\nType=oneshot\nExecStart=${line}\n` });
  });

  test("systemd rejects what the serializer would reject (the verifier is not blind)", () => {
    expect(() => systemdVerify({ "broken.service": "[Service]\nExecStart=/bin/echo \"unterminated\n" })).toThrow(/Unbalanced quoting|bad unit file setting/);
  });
});

describe("escapeUnitPath", () => {
  test.each(["/srv/pairpac", "/srv/pair-data", "/mnt/a b", "/.hidden/x", "/srv//double/", "/", "/srv/grüße", "/dev/disk/by-label/pairpac-data", "/a.b/c_d:e"])(
    "matches systemd-escape --path for %j", (path) => {
      const run = spawnSync("systemd-escape", ["--path", path], { encoding: "utf8" });
      if (run.error) throw new Error(`systemd-escape is not installed: ${run.error.message}`);
      expect(escapeUnitPath(path)).toBe(run.stdout.trim());
    });
});
