/** Conformance tier (npm run test:conformance): the validator helpers run the real tools and fail loudly. */
import {
  cloudInitSchema, doveconf, nginxTest, postfixCheck, pyYamlParse, runTool, shellcheck, sshdTest, systemdVerify, yaml11Parse,
} from "./validators";

describe("validators run the real tools and fail loudly", () => {
  test("a missing binary is an error, never a skip", () => {
    expect(() => runTool("pairpac-no-such-binary", [])).toThrow("validator binary 'pairpac-no-such-binary' is not installed");
  });

  test("cloud-init schema: accepts valid, rejects invalid (22.4 binary)", () => {
    expect(cloudInitSchema("#cloud-config\npackages:\n  - curl\n")).toMatch(/Valid cloud-config/);
    expect(() => cloudInitSchema("#cloud-config\npackages: curl\nwrite_files:\n  - content: x\n")).toThrow(/cloud-init schema rejected the input/);
  });

  test("PyYAML parses like cloud-init (YAML 1.1), and like the yaml library in YAML 1.1 mode that npm test uses", () => {
    expect(yaml11Parse("a: yes\nb: 0644\nc: '0644'\n")).toEqual({ a: true, b: 420, c: "0644" });
    expect(pyYamlParse("a: yes\nb: 0644\nc: '0644'\n")).toEqual({ a: true, b: 420, c: "0644" });
    expect(() => pyYamlParse("a: [\n")).toThrow(/PyYAML safe_load rejected/);
  });

  test("shellcheck", () => {
    shellcheck("#!/usr/bin/env bash\nset -euo pipefail\necho \"$HOME\"\n");
    expect(() => shellcheck("echo $1\n")).toThrow(/SC2086/);
  });

  test("nginx -t", () => {
    const conf = (body: string) => `events {}\nhttp {\n  server {\n    listen 127.0.0.1:18080;\n${body}\n  }\n}\n`;
    nginxTest({ "nginx.conf": conf("    location / { return 204; }") });
    expect(() => nginxTest({ "nginx.conf": conf("    location / { retrun 204; }") })).toThrow(/unknown directive "retrun"/);
    nginxTest((prefix) => ({ "nginx.conf": conf(`    include ${prefix}/extra.conf;`), "extra.conf": "location /x { return 204; }\n" }));
  });

  test("doveconf -n", () => {
    expect(doveconf("protocols = imap\n")).toMatch(/protocols = imap/);
    expect(() => doveconf("protocols = imap\nno_such_setting = 1\n")).toThrow(/doveconf -n rejected/);
  });

  test("sshd -t", () => {
    expect(sshdTest("PasswordAuthentication no\n")).toMatch(/passwordauthentication no/);
    expect(() => sshdTest("PasswordAuthentication maybe\n")).toThrow(/sshd -t rejected/);
  });

  test("postconf on a configuration directory", () => {
    postfixCheck({ "main.cf": "myhostname = mail.example.test\nmynetworks = 127.0.0.0/8\n", "master.cf": "smtp inet n - y - - smtpd\n" });
    expect(() => postfixCheck({ "main.cf": "myhostname = mail.example.test\nsmtpd_recipient_restrictions = $undefined_parameter_xyz\n", "master.cf": "smtp inet n - y - - smtpd\n" }))
      .toThrow(/postconf -n rejected/);
  });

  test("systemd-analyze verify", () => {
    systemdVerify({ "ok.service": "[Unit]\nDescription=ok\n\n[Service]\nExecStart=/bin/true\n" });
    expect(() => systemdVerify({ "bad.service": "[Unit]\nDescription=bad\n\n[Service]\nExecStart=/bin/true\nNoSuchKey=1\n" })).toThrow(/Unknown key 'NoSuchKey' in section \[Service\]/);
  });
});
