/** Conformance tier (npm run test:conformance): local key material checked by ssh-keygen, openssl, doveadm and Python. */
import { spawnSync } from "node:child_process";
import { X509Certificate, createPrivateKey, createPublicKey } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  test("bcrypt hash verifies with doveadm (Dovecot's BLF-CRYPT) and not with a wrong password", () => {
    const hash = bcryptHash("s3cret-Pass");
    const ok = spawnSync("doveadm", ["pw", "-t", `{BLF-CRYPT}${hash}`, "-p", "s3cret-Pass"], { encoding: "utf8" });
    if (ok.error) throw new Error(`doveadm is not installed: ${ok.error.message}`);
    expect(`${ok.stdout}${ok.stderr}`).toContain("(verified)");
    expect(ok.status).toBe(0);
    const bad = spawnSync("doveadm", ["pw", "-t", `{BLF-CRYPT}${hash}`, "-p", "wrong"], { encoding: "utf8" });
    expect(bad.status).not.toBe(0);
  });
});
