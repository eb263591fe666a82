import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { main } from "../../../cloudinit/cli/render";
import { validateText } from "../validate-document";

function run(argv: string[]): { status: number; out: string; err: string } {
  let out = "";
  let err = "";
  const status = main(argv, (t) => { out += t; }, (t) => { err += t; });
  return { status, out, err };
}

describe("render command", () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), "pairpac-render-")); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["gateway", ["--role", "gateway", "--desktops", "2"]],
    ["gateway, all options, Debian 13", ["--role", "gateway", "--desktops", "3", "--all-options", "--os", "debian-13"]],
    ["desktop", ["--role", "desktop"]],
    ["desktop 2, all options, Debian 13", ["--role", "desktop", "--desktops", "2", "--index", "2", "--all-options", "--os", "debian-13"]],
  ])("writes a valid NoCloud seed for %s and reports the sizes", (name, args) => {
    const out = join(dir, name.replace(/[^a-z0-9]+/gi, "-"));
    const result = run([...args, "--out", out]);
    expect(result.err).toBe("");
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/\n {2}AWS: \d+ of 16384 bytes \(gzip\), \d+\.\d%\n {2}OCI: \d+ of 32000 bytes \(base64 of gzip\), \d+\.\d%\n$/);
    const userData = readFileSync(join(out, "user-data"), "utf8");
    expect(userData.startsWith("#cloud-config\n")).toBe(true);
    expect(userData).not.toMatch(/TfToken/);
    const object = parse(userData, { version: "1.1" }) as Record<string, unknown>;
    expect(validateText(userData, { scripts: true })).toEqual(object);
    const meta = parse(readFileSync(join(out, "meta-data"), "utf8")) as Record<string, string>;
    expect(Object.keys(meta)).toEqual(["instance-id", "local-hostname"]);
    expect(meta["local-hostname"]).toBe(args[1] === "gateway" ? "gateway" : `desktop-${args.includes("--index") ? 2 : 1}`);
  });

  test("a gateway and its desktop rendered with one values file share the gateway host key", () => {
    const values = join(dir, "values.json");
    expect(run(["--role", "gateway", "--out", join(dir, "gw"), "--values", values]).status).toBe(0);
    expect(run(["--role", "desktop", "--out", join(dir, "d1"), "--values", values]).status).toBe(0);
    const gw = parse(readFileSync(join(dir, "gw", "user-data"), "utf8")) as { ssh_keys: { ed25519_public: string } };
    const desktop = readFileSync(join(dir, "d1", "user-data"), "utf8");
    expect(desktop).toContain(gw.ssh_keys.ed25519_public.split(" ")[1]);
  });

  test("--help prints the usage", () => {
    const result = run(["--help"]);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/^Usage: npm run render -- --role <gateway\|desktop> --out DIR/);
  });

  test("fails with status 2, the error and the usage on a bad flag", () => {
    const result = run(["--role", "router", "--out", join(dir, "x")]);
    expect(result.status).toBe(2);
    expect(result.out).toBe("");
    expect(result.err).toMatch(/^render: --role: must be gateway or desktop; got "router"\. Use --role gateway or --role desktop\.\n\nUsage:/);
  });
});
