import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bitString, boolean, explicit, implicitPrimitive, integer, octetString, oid, sequence, set, time, tlv, utf8String } from "./der";

/** A leaf certificate issued by a local CA, shaped like a Let's Encrypt ECDSA chain (P-384 issuer, P-256 leaf). */
export interface LocalCertificateChain {
  /** Full chain PEM: the leaf, then the CA certificate (what nginx serves). */
  readonly certificatePem: string;
  /** The leaf's private key PEM (PKCS#8). */
  readonly privateKeyPem: string;
  /** The local CA's certificate PEM (the trust anchor for clients that test the space). */
  readonly caCertificatePem: string;
  /** Which tool made it. */
  readonly madeWith: "openssl" | "node";
}

/** Subject common name of the local CA (named like Let's Encrypt's ECDSA intermediates). */
export const LOCAL_CA_NAME = "PairPac Local CA E1";

function pem(label: string, der: Buffer): string {
  const b64 = der.toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

function commonNameDer(cn: string, organization?: string): Buffer {
  const rdn = (type: string, value: string): Buffer => set(sequence(oid(type), utf8String(value)));
  return sequence(...(organization === undefined ? [] : [rdn("2.5.4.10", organization)]), rdn("2.5.4.3", cn));
}

function keyId(spki: Buffer): Buffer {
  // RFC 5280 method 1 shape: SHA-1 of the public key; the uncompressed EC point ends the SPKI.
  const pointLength = spki.length > 100 ? 97 : 65;
  return createHash("sha1").update(spki.subarray(spki.length - pointLength)).digest();
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [boolean(true)] : []), octetString(value));
}

function issue(options: {
  readonly subject: Buffer; readonly issuer: Buffer; readonly subjectKey: KeyObject; readonly signingKey: KeyObject;
  readonly hash: "sha256" | "sha384"; readonly extensions: readonly Buffer[]; readonly now: Date; readonly days: number;
}): Buffer {
  const algorithm = sequence(oid(options.hash === "sha384" ? "1.2.840.10045.4.3.3" : "1.2.840.10045.4.3.2"));
  const serial = randomBytes(16);
  serial[0] = (serial[0] & 0x7f) | 0x10;
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    algorithm,
    options.issuer,
    sequence(time(new Date(options.now.getTime() - 60_000)), time(new Date(options.now.getTime() + options.days * 86_400_000))),
    options.subject,
    options.subjectKey.export({ type: "spki", format: "der" }),
    explicit(3, sequence(...options.extensions)),
  );
  return sequence(tbs, algorithm, bitString(sign(options.hash, tbs, options.signingKey)));
}

/** Builds the chain with node:crypto alone (no openssl needed): same keys, names and essential extensions. */
export function chainWithNode(commonName: string, dnsNames: readonly string[], days: number, now: Date = new Date()): LocalCertificateChain {
  const ca = generateKeyPairSync("ec", { namedCurve: "P-384" });
  const leaf = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const caName = commonNameDer(LOCAL_CA_NAME, "PairPac");
  const caKeyId = keyId(ca.publicKey.export({ type: "spki", format: "der" }));
  const caDer = issue({
    subject: caName, issuer: caName, subjectKey: ca.publicKey, signingKey: ca.privateKey, hash: "sha384", now, days: days + 365,
    extensions: [
      extension("2.5.29.19", true, sequence(boolean(true), integer(Buffer.from([0])))), // basicConstraints: CA, pathlen 0
      extension("2.5.29.15", true, tlv(0x03, Buffer.from([1, 0x86]))), // keyUsage: digitalSignature, keyCertSign, cRLSign
      extension("2.5.29.14", false, octetString(caKeyId)), // subjectKeyIdentifier
    ],
  });
  const leafDer = issue({
    subject: commonNameDer(commonName), issuer: caName, subjectKey: leaf.publicKey, signingKey: ca.privateKey, hash: "sha384", now, days,
    extensions: [
      extension("2.5.29.19", true, sequence()), // basicConstraints: not a CA
      extension("2.5.29.15", true, tlv(0x03, Buffer.from([7, 0x80]))), // keyUsage: digitalSignature
      extension("2.5.29.37", false, sequence(oid("1.3.6.1.5.5.7.3.1"), oid("1.3.6.1.5.5.7.3.2"))), // extKeyUsage: serverAuth, clientAuth
      extension("2.5.29.14", false, octetString(keyId(leaf.publicKey.export({ type: "spki", format: "der" })))),
      extension("2.5.29.35", false, sequence(implicitPrimitive(0, caKeyId))), // authorityKeyIdentifier
      extension("2.5.29.17", false, sequence(...dnsNames.map((d) => implicitPrimitive(2, Buffer.from(d, "ascii"))))), // subjectAltName
    ],
  });
  const caPem = pem("CERTIFICATE", caDer);
  return {
    certificatePem: `${pem("CERTIFICATE", leafDer)}${caPem}`,
    privateKeyPem: leaf.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    caCertificatePem: caPem,
    madeWith: "node",
  };
}

function opensslConfig(dnsNames: readonly string[]): string {
  return [
    "[req]", "distinguished_name = dn", "prompt = no", "[dn]", "CN = unused",
    "[ca]", "basicConstraints = critical,CA:TRUE,pathlen:0", "keyUsage = critical,digitalSignature,keyCertSign,cRLSign",
    "subjectKeyIdentifier = hash",
    "[leaf]", "basicConstraints = critical,CA:FALSE", "keyUsage = critical,digitalSignature", "extendedKeyUsage = serverAuth,clientAuth",
    "subjectKeyIdentifier = hash", "authorityKeyIdentifier = keyid:always", `subjectAltName = ${dnsNames.map((d) => `DNS:${d}`).join(",")}`,
    // Like Let's Encrypt's leaves: issuer URL, DV policy, CRL (example.test: reserved, never resolvable).
    "authorityInfoAccess = caIssuers;URI:http://e1.ca.example.test/", "certificatePolicies = 2.23.140.1.2.1",
    "crlDistributionPoints = URI:http://e1.ca.example.test/1.crl", "",
  ].join("\n");
}

/**
 * Makes a local CA (P-384) and a leaf (P-256) for `dnsNames` it signs, with openssl when installed, else with
 * node:crypto; `days` is the leaf's validity (the CA's is a year longer). `opensslCommand` is the program to run.
 */
export function localCertificateChain(commonName: string, dnsNames: readonly string[], days = 90, opensslCommand = "openssl"): LocalCertificateChain {
  const dir = mkdtempSync(join(tmpdir(), "pairpac-cert-"));
  const file = (name: string): string => join(dir, name);
  const openssl = (args: readonly string[]): boolean => {
    const run = spawnSync(opensslCommand, args, { encoding: "utf8" });
    if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") return false;
    if (run.status !== 0) throw new Error(`openssl ${args[0]} failed: ${run.stderr}`);
    return true;
  };
  try {
    writeFileSync(file("openssl.cnf"), opensslConfig(dnsNames));
    const serial = `0x1${randomBytes(15).toString("hex")}`;
    const made = openssl(["req", "-x509", "-config", file("openssl.cnf"), "-extensions", "ca", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384",
      "-nodes", "-sha384", "-days", String(days + 365), "-subj", `/O=PairPac/CN=${LOCAL_CA_NAME}`, "-keyout", file("ca.key"), "-out", file("ca.pem")]);
    if (!made) return chainWithNode(commonName, dnsNames, days);
    openssl(["req", "-new", "-config", file("openssl.cnf"), "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
      "-subj", `/CN=${commonName}`, "-keyout", file("leaf.key"), "-out", file("leaf.csr")]);
    openssl(["x509", "-req", "-in", file("leaf.csr"), "-CA", file("ca.pem"), "-CAkey", file("ca.key"), "-set_serial", serial, "-sha384",
      "-days", String(days), "-extfile", file("openssl.cnf"), "-extensions", "leaf", "-out", file("leaf.pem")]);
    const caPem = readFileSync(file("ca.pem"), "utf8");
    return {
      certificatePem: `${readFileSync(file("leaf.pem"), "utf8")}${caPem}`,
      privateKeyPem: createPrivateKey(readFileSync(file("leaf.key"))).export({ type: "pkcs8", format: "pem" }).toString(),
      caCertificatePem: caPem,
      madeWith: "openssl",
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
