import { spawnSync } from "node:child_process";
import { X509Certificate, createPrivateKey, createPublicKey } from "node:crypto";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Os } from "../../../cloudinit";
import {
  desktopProps, extendLocalValues, gatewayProps, generateLocalValues, metaData, obtainLocalValues, randomPassword, readLocalValues,
} from "../../../cloudinit/cli/local-values";
import { bcryptHash } from "../../../cloudinit/cli/private/bcrypt";
import { LOCAL_CA_NAME, chainWithNode, localCertificateChain } from "../../../cloudinit/cli/private/certificate-chain";
import { ed25519KeyPair, ed25519WithNode } from "../../../cloudinit/cli/private/ssh-key";

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "pairpac-cli-"));
}

describe("local key material", () => {
  test.each([["ssh-keygen", ed25519KeyPair], ["node:crypto", ed25519WithNode]])("ed25519 key from %s is a valid OpenSSH pair", (_n, make) => {
    const key = make("host@example.test");
    expect(key.publicKeyOpenssh).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43} host@example\.test$/);
    const dir = tmp();
    try {
      writeFileSync(join(dir, "k"), key.privateKeyOpenssh, { mode: 0o600 });
      const derived = spawnSync("ssh-keygen", ["-y", "-f", join(dir, "k")], { encoding: "utf8" });
      expect(derived.stderr).toBe("");
      expect(derived.status).toBe(0);
      expect(derived.stdout.trim().split(" ").slice(0, 2)).toEqual(key.publicKeyOpenssh.split(" ").slice(0, 2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  function verifyWithOpenssl(chainPem: string, caPem: string): { status: number | null; out: string } {
    const dir = tmp();
    try {
      writeFileSync(join(dir, "ca.pem"), caPem);
      writeFileSync(join(dir, "leaf.pem"), chainPem.slice(0, chainPem.indexOf("-----END CERTIFICATE-----\n") + 26));
      const run = spawnSync("openssl", ["verify", "-CAfile", join(dir, "ca.pem"), join(dir, "leaf.pem")], { encoding: "utf8" });
      return { status: run.status, out: `${run.stdout}${run.stderr}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test.each([["openssl", () => localCertificateChain("main.example.test", ["main.example.test"]), "openssl"],
    ["node:crypto", () => chainWithNode("main.example.test", ["main.example.test", "www.main.example.test"], 90), "node"]])(
    "certificate chain from %s: P-256 leaf signed by a P-384 local CA, full chain leaf first, openssl verify accepts it", (_n, make, tool) => {
      const chain = make();
      expect(chain.madeWith).toBe(tool);
      const pems = chain.certificatePem.match(/-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n/g) ?? [];
      expect(pems.join("")).toBe(chain.certificatePem);
      expect(pems.length).toBe(2);
      expect(pems[1]).toBe(chain.caCertificatePem);
      const [leafPem, caPem] = pems as [string, string];
      const leaf = new X509Certificate(leafPem);
      const ca = new X509Certificate(caPem);
      expect(leaf.subject).toBe("CN=main.example.test");
      expect(leaf.issuer).toBe(`O=PairPac\nCN=${LOCAL_CA_NAME}`);
      expect(ca.subject).toBe(`O=PairPac\nCN=${LOCAL_CA_NAME}`);
      expect(LOCAL_CA_NAME).toBe("PairPac Local CA E1");
      expect(leaf.subjectAltName).toBe(tool === "openssl" ? "DNS:main.example.test" : "DNS:main.example.test, DNS:www.main.example.test");
      expect(leaf.ca).toBe(false);
      expect(ca.ca).toBe(true);
      expect(leaf.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
      expect(ca.publicKey.asymmetricKeyDetails?.namedCurve).toBe("secp384r1");
      expect(leaf.checkPrivateKey(createPrivateKey(chain.privateKeyPem))).toBe(true);
      expect(leaf.checkIssued(ca)).toBe(true);
      expect(leaf.verify(ca.publicKey)).toBe(true);
      expect(ca.verify(ca.publicKey)).toBe(true);
      expect(leaf.verify(createPublicKey(leafPem))).toBe(false);
      expect(new Date(leaf.validFrom).getTime()).toBeLessThanOrEqual(Date.now());
      expect(new Date(leaf.validTo).getTime()).toBeGreaterThan(Date.now() + 80 * 86_400_000);
      const verified = verifyWithOpenssl(chain.certificatePem, chain.caCertificatePem);
      expect(verified.out).toMatch(/leaf\.pem: OK\n$/);
      expect(verified.status).toBe(0);
      const text = spawnSync("openssl", ["x509", "-noout", "-text"], { input: leafPem, encoding: "utf8" });
      expect(text.status).toBe(0);
      expect(text.stdout).toContain("Signature Algorithm: ecdsa-with-SHA384");
      expect(text.stdout).toContain("TLS Web Server Authentication");
    });

  test("without openssl the chain is made with node:crypto", () => {
    const chain = localCertificateChain("main.example.test", ["main.example.test"], 90, "/nonexistent/openssl");
    expect(chain.madeWith).toBe("node");
    expect(verifyWithOpenssl(chain.certificatePem, chain.caCertificatePem).status).toBe(0);
  });

  test("fails openssl verify against a different CA", () => {
    const a = chainWithNode("main.example.test", ["main.example.test"], 90);
    const b = chainWithNode("main.example.test", ["main.example.test"], 90);
    const result = verifyWithOpenssl(a.certificatePem, b.caCertificatePem);
    expect(result.status).toBe(2);
    expect(result.out).toMatch(/certificate signature failure|unable to get local issuer certificate/);
  });

  test("bcrypt hash verifies with the password (checked by Python's crypt)", () => {
    const hash = bcryptHash("s3cret-Pass");
    expect(hash).toMatch(/^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/);
    const check = spawnSync("python3", ["-W", "ignore", "-c", "import crypt,sys; h=sys.argv[1]; print(crypt.crypt('s3cret-Pass', h) == h, crypt.crypt('wrong', h) == h)", hash], { encoding: "utf8" });
    expect(check.stdout.trim()).toBe("True False");
  });

  test("random passwords have the requested length and alphabet and differ", () => {
    const a = randomPassword(8);
    expect(a).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(randomPassword(24)).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(new Set(Array.from({ length: 20 }, () => randomPassword(12))).size).toBe(20);
  });
});

describe("local values", () => {
  const values = generateLocalValues(2);

  test("generated values cover the gateway and each desktop", () => {
    expect(values.domain).toBe("main.example.test");
    expect(values.desktops.map((d) => d.index)).toEqual([1, 2]);
    expect(values.desktops[0].vncPassword).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(values.desktops[0].tunnelKey.publicKeyOpenssh).not.toBe(values.desktops[1].tunnelKey.publicKeyOpenssh);
  });

  test("the certificate is a full chain for the apex name, ending with the local CA; the gateway gets chain and key only", () => {
    const { certificatePem, caCertificatePem, privateKeyPem } = values.certificate;
    expect(certificatePem.split("-----BEGIN CERTIFICATE-----").length).toBe(3);
    expect(certificatePem.endsWith(caCertificatePem ?? "missing")).toBe(true);
    expect(new X509Certificate(certificatePem).subjectAltName).toBe("DNS:main.example.test");
    expect(gatewayProps(values, { os: Os.UBUNTU_24_04, desktops: 1, allOptions: false }).certificate).toEqual({ certificatePem, privateKeyPem });
  });

  test("gateway props register the desktops; all options switch mail, data volume and the watch login on", () => {
    const basic = gatewayProps(values, { os: Os.UBUNTU_24_04, desktops: 2, allOptions: false });
    expect(basic.desktops.map((d) => [d.index, d.name, d.tunnelPublicKey])).toEqual([
      [1, "Desktop-1", values.desktops[0].tunnelKey.publicKeyOpenssh], [2, "Desktop-2", values.desktops[1].tunnelKey.publicKeyOpenssh]]);
    expect(basic.mail).toBeUndefined();
    expect(basic.dataVolumeDevice).toBeUndefined();
    expect(basic.guacamoleUsers.map((u) => u.access)).toEqual(["collaborate"]);
    const all = gatewayProps(values, { os: Os.DEBIAN_13, desktops: 1, allOptions: true });
    expect(all.desktops.length).toBe(1);
    expect(all.mail?.passwordBcrypt).toBe(values.mail.passwordBcrypt);
    expect(all.dataVolumeDevice).toBe("/dev/vdb");
    expect(all.guacamoleUsers.map((u) => u.access)).toEqual(["collaborate", "watch"]);
    expect(all.os).toBe(Os.DEBIAN_13);
  });

  test("desktop props pin the gateway's host key and use the desktop's own tunnel key", () => {
    const props = desktopProps(values, { os: Os.UBUNTU_24_04, index: 2, allOptions: false });
    expect(props.gatewayHostPublicKey).toBe(values.gatewayHostKey.publicKeyOpenssh);
    expect(props.tunnelPrivateKey).toBe(values.desktops[1].tunnelKey.privateKeyOpenssh);
    expect(props.mail).toBeUndefined();
    expect(desktopProps(values, { os: Os.UBUNTU_24_04, index: 1, allOptions: true }).mail?.address).toBe("team@main.example.test");
    expect(() => desktopProps(values, { os: Os.UBUNTU_24_04, index: 3, allOptions: false })).toThrow(/^--index: has no generated values/);
  });

  test("values files are written 0600, reused, and extended for more desktops", () => {
    const dir = tmp();
    try {
      const file = join(dir, "values.json");
      const first = obtainLocalValues({ values: file, desktops: 1 });
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const again = obtainLocalValues({ values: file, desktops: 2 });
      expect(again.gatewayHostKey).toEqual(first.gatewayHostKey);
      expect(again.desktops[0]).toEqual(first.desktops[0]);
      expect(readLocalValues(file).desktops.length).toBe(2);
      expect(extendLocalValues(again, 1)).toBe(again);
      writeFileSync(join(dir, "bad.json"), "{\"version\": 2}");
      expect(() => readLocalValues(join(dir, "bad.json"))).toThrow(/^--values: is not a PairPac local-values file/);
      expect(() => readLocalValues(join(dir, "missing.json"))).toThrow(/^--values: is not a readable JSON file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("meta-data names a fresh instance and the host", () => {
    expect(metaData({ role: "desktop", index: 2 })).toMatch(/^instance-id: pairpac-desktop-2-[0-9a-f]{8}\nlocal-hostname: desktop-2\n$/);
    expect(metaData({ role: "gateway", index: 1 })).toMatch(/^instance-id: pairpac-gateway-[0-9a-f]{8}\nlocal-hostname: gateway\n$/);
  });
});
