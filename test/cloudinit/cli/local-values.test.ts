import { X509Certificate, createPrivateKey } from "node:crypto";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Os } from "../../../cloudinit";
import {
  desktopProps, extendLocalValues, gatewayProps, generateLocalValues, metaData, obtainLocalValues, randomPassword, readLocalValues,
} from "../../../cloudinit/cli/local-values";
import { compareSync, hashSync } from "bcryptjs";
import { bcryptHash } from "../../../cloudinit/cli/private/bcrypt";
import { LOCAL_CA_NAME, chainWithNode } from "../../../cloudinit/cli/private/certificate-chain";
import { ed25519WithNode } from "../../../cloudinit/cli/private/ssh-key";
import { expectPairPacError } from "../../support/pairpac-error";

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "pairpac-cli-"));
}

describe("local key material (pure Node; the conformance tier checks them with ssh-keygen, openssl, doveadm and Python)", () => {
  test("an ed25519 key made with node:crypto is an OpenSSH pair whose private half carries the public key", () => {
    const key = ed25519WithNode("host@example.test");
    expect(key.publicKeyOpenssh).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43} host@example\.test$/);
    expect(key.privateKeyOpenssh).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END OPENSSH PRIVATE KEY-----\n$/);
    const body = Buffer.from(key.privateKeyOpenssh.split("\n").slice(1, -2).join(""), "base64");
    expect(body.subarray(0, 15).toString("binary")).toBe("openssh-key-v1\0");
    expect(body.includes(Buffer.from(key.publicKeyOpenssh.split(" ")[1], "base64"))).toBe(true);
  });

  test("a chain made with node:crypto: P-256 leaf signed by a P-384 local CA, full chain leaf first", () => {
    const chain = chainWithNode("main.example.test", ["main.example.test", "www.main.example.test"], 90);
    expect(chain.madeWith).toBe("node");
    const pems = chain.certificatePem.match(/-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n/g) ?? [];
    expect(pems.length).toBe(2);
    expect(pems[1]).toBe(chain.caCertificatePem);
    const leaf = new X509Certificate(pems[0] as string);
    const ca = new X509Certificate(chain.caCertificatePem);
    expect([leaf.subject, leaf.issuer, leaf.subjectAltName]).toEqual(["CN=main.example.test", `O=PairPac\nCN=${LOCAL_CA_NAME}`, "DNS:main.example.test, DNS:www.main.example.test"]);
    expect([leaf.ca, ca.ca]).toEqual([false, true]);
    expect(leaf.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    expect(ca.publicKey.asymmetricKeyDetails?.namedCurve).toBe("secp384r1");
    expect(leaf.checkPrivateKey(createPrivateKey(chain.privateKeyPem))).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    const other = chainWithNode("main.example.test", ["main.example.test"], 90);
    expect(leaf.verify(new X509Certificate(other.caCertificatePem).publicKey)).toBe(false);
  });

  test("bcrypt in Node: cost 10, verifies with the password only, and matches a published test vector", () => {
    const hash = bcryptHash("s3cret-Pass");
    expect(hash).toMatch(/^\$2b\$10\$[./A-Za-z0-9]{53}$/);
    expect([compareSync("s3cret-Pass", hash), compareSync("wrong", hash)]).toEqual([true, false]);
    expect(bcryptHash("s3cret-Pass")).not.toBe(hash); // a fresh salt each time
    // Openwall crypt_blowfish test vector ("U*U", cost 5, salt of C's); Python's crypt and doveadm agree on it.
    expect(hashSync("U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.")).toBe("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
  });

  test("bcrypt refuses a password longer than the 72 bytes it would use", () => {
    expect(() => bcryptHash("é".repeat(37))).toThrow("mail password: is 74 bytes long; bcrypt uses only the first 72 bytes, so use a password of at most 72 bytes");
    expect(bcryptHash("x".repeat(72))).toMatch(/^\$2b\$10\$/);
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
    expectPairPacError(() => desktopProps(values, { os: Os.UBUNTU_24_04, index: 3, allOptions: false }), { field: "--index", problem: /^has no generated values/ });
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
      expectPairPacError(() => readLocalValues(join(dir, "bad.json")), { field: "--values", problem: /^is not a PairPac local-values file/ });
      expectPairPacError(() => readLocalValues(join(dir, "missing.json")), { field: "--values", problem: /^is not a readable JSON file/ });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("meta-data names a fresh instance and the host", () => {
    expect(metaData({ role: "desktop", index: 2 })).toMatch(/^instance-id: pairpac-desktop-2-[0-9a-f]{8}\nlocal-hostname: desktop-2\n$/);
    expect(metaData({ role: "gateway", index: 1 })).toMatch(/^instance-id: pairpac-gateway-[0-9a-f]{8}\nlocal-hostname: gateway\n$/);
  });
});
