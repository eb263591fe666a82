import { createPrivateKey, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bitString, boolean, explicit, implicitPrimitive, integer, octetString, oid, sequence, set, time, utf8String } from "./der";

/** A certificate and its key, both PEM. */
export interface SelfSignedCertificate {
  /** Certificate PEM. */
  readonly certificatePem: string;
  /** Private key PEM (PKCS#8). */
  readonly privateKeyPem: string;
  /** Which tool made it. */
  readonly madeWith: "openssl" | "node";
}

function pem(label: string, der: Buffer): string {
  const b64 = der.toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

/** Builds an ECDSA P-256 self-signed X.509 v3 certificate with node:crypto alone (no openssl needed). */
export function selfSignedWithNode(commonName: string, dnsNames: readonly string[], days: number, now: Date = new Date()): SelfSignedCertificate {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const ecdsaWithSha256 = sequence(oid("1.2.840.10045.4.3.2"));
  const name = sequence(set(sequence(oid("2.5.4.3"), utf8String(commonName))));
  const notBefore = new Date(now.getTime() - 60_000);
  const notAfter = new Date(now.getTime() + days * 86_400_000);
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  const san = sequence(...dnsNames.map((d) => implicitPrimitive(2, Buffer.from(d, "ascii"))));
  const extensions = explicit(3, sequence(
    sequence(oid("2.5.29.19"), boolean(true), octetString(sequence())), // basicConstraints: critical, CA false
    sequence(oid("2.5.29.17"), octetString(san)), // subjectAltName
    sequence(oid("2.5.29.37"), octetString(sequence(oid("1.3.6.1.5.5.7.3.1")))), // extKeyUsage: serverAuth
  ));
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    ecdsaWithSha256,
    name,
    sequence(time(notBefore), time(notAfter)),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    extensions,
  );
  const signature = sign("sha256", tbs, privateKey);
  const certificate = sequence(tbs, ecdsaWithSha256, bitString(signature));
  return {
    certificatePem: pem("CERTIFICATE", certificate),
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    madeWith: "node",
  };
}

/** Makes the certificate with `openssl req -x509` when openssl is installed, else with node:crypto. */
export function selfSignedCertificate(commonName: string, dnsNames: readonly string[], days = 90): SelfSignedCertificate {
  const dir = mkdtempSync(join(tmpdir(), "pairpac-cert-"));
  try {
    const run = spawnSync("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", String(days),
      "-subj", `/CN=${commonName}`, "-addext", `subjectAltName=${dnsNames.map((d) => `DNS:${d}`).join(",")}`,
      "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"),
    ], { encoding: "utf8" });
    if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") {
      return selfSignedWithNode(commonName, dnsNames, days);
    }
    if (run.status !== 0) {
      throw new Error(`openssl req failed: ${run.stderr}`);
    }
    const keyPem = createPrivateKey(readFileSync(join(dir, "key.pem"))).export({ type: "pkcs8", format: "pem" }).toString();
    return { certificatePem: readFileSync(join(dir, "cert.pem"), "utf8"), privateKeyPem: keyPem, madeWith: "openssl" };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
