import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { main } from "../../../cloudinit/cli/render";
import { parseDeliveryBundle } from "../../../cloudinit/delivery/delivery-bundle";
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
    const meta = parse(readFileSync(join(out, "meta-data"), "utf8")) as Record<string, string | string[]>;
    expect(Object.keys(meta)).toEqual(["instance-id", "local-hostname", "public-keys"]);
    const host = args[1] === "gateway" ? "gateway" : `desktop-${args.includes("--index") ? 2 : 1}`;
    expect(meta["local-hostname"]).toBe(host);
    expect(meta["public-keys"]).toEqual([expect.stringMatching(/^ssh-ed25519 AAAA\S+ admin@main\.example\.test$/)]);
    // The deliveries, with literal content: the permanent host key first, then everything else.
    const bootstrap = parseDeliveryBundle(readFileSync(join(out, "bootstrap-delivery"), "utf8"));
    const delivery = parseDeliveryBundle(readFileSync(join(out, "delivery"), "utf8"));
    expect([bootstrap.machine, delivery.machine]).toEqual([host, host]);
    expect(bootstrap.records.map((r) => r.path)).toEqual(["/etc/ssh/ssh_host_ed25519_key", "/etc/ssh/ssh_host_ed25519_key.pub"]);
    expect(delivery.records.every((r) => r.kind !== "file" || r.content !== undefined)).toBe(true);
    expect(result.out).toContain("sudo /usr/local/sbin/pairpac-apply < bootstrap-delivery");
  });

  test("a gateway and its desktop rendered with one values file share the gateway host key the gateway gets delivered", () => {
    const values = join(dir, "values.json");
    expect(run(["--role", "gateway", "--out", join(dir, "gw"), "--values", values]).status).toBe(0);
    expect(run(["--role", "desktop", "--out", join(dir, "d1"), "--values", values]).status).toBe(0);
    const bootstrap = parseDeliveryBundle(readFileSync(join(dir, "gw", "bootstrap-delivery"), "utf8"));
    const permanent = bootstrap.records.find((r) => r.path === "/etc/ssh/ssh_host_ed25519_key.pub")?.content ?? "";
    const gw = parse(readFileSync(join(dir, "gw", "user-data"), "utf8")) as { ssh_keys: { ed25519_public: string } };
    const desktop = readFileSync(join(dir, "d1", "user-data"), "utf8");
    expect(desktop).toContain(permanent.split(" ")[1]);
    // The gateway's user-data has only its bootstrap key, which no desktop pins.
    expect(gw.ssh_keys.ed25519_public).not.toBe(permanent);
    expect(desktop).not.toContain(gw.ssh_keys.ed25519_public.split(" ")[1]);
  });

  test("the gateway's user-data is the same for one and for two desktops", () => {
    const values = join(dir, "values-2.json");
    expect(run(["--role", "gateway", "--out", join(dir, "gw1"), "--values", values, "--desktops", "1", "--all-options"]).status).toBe(0);
    expect(run(["--role", "gateway", "--out", join(dir, "gw2"), "--values", values, "--desktops", "2", "--all-options"]).status).toBe(0);
    expect(readFileSync(join(dir, "gw2", "user-data"), "utf8")).toBe(readFileSync(join(dir, "gw1", "user-data"), "utf8"));
    expect(readFileSync(join(dir, "gw2", "delivery"), "utf8")).not.toBe(readFileSync(join(dir, "gw1", "delivery"), "utf8"));
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
