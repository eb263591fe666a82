import { generateKeyPairSync, randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** An OpenSSH ed25519 key pair. */
export interface SshKeyPair {
  /** `-----BEGIN OPENSSH PRIVATE KEY-----` text. */
  readonly privateKeyOpenssh: string;
  /** `ssh-ed25519 AAAA... comment`. */
  readonly publicKeyOpenssh: string;
  /** Which tool made it. */
  readonly madeWith: "ssh-keygen" | "node";
}

function sshString(data: Buffer | string): Buffer {
  const body = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

/** Generates an ed25519 key with node:crypto and encodes it in OpenSSH's own formats (openssh-key-v1, unencrypted). */
export function ed25519WithNode(comment: string): SshKeyPair {
  const { privateKey } = generateKeyPairSync("ed25519");
  const jwk = privateKey.export({ format: "jwk" });
  const seed = Buffer.from(jwk.d as string, "base64url");
  const pub = Buffer.from(jwk.x as string, "base64url");
  const publicBlob = Buffer.concat([sshString("ssh-ed25519"), sshString(pub)]);
  const check = randomBytes(4).readUInt32BE();
  let section = Buffer.concat([
    uint32(check), uint32(check), sshString("ssh-ed25519"), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(comment),
  ]);
  const padding: number[] = [];
  for (let i = 1; (section.length + padding.length) % 8 !== 0; i++) padding.push(i);
  section = Buffer.concat([section, Buffer.from(padding)]);
  const body = Buffer.concat([
    Buffer.from("openssh-key-v1\0", "binary"), sshString("none"), sshString("none"), sshString(""), uint32(1), sshString(publicBlob), sshString(section),
  ]);
  const b64 = body.toString("base64").replace(/(.{70})/g, "$1\n").replace(/\n$/, "");
  return {
    privateKeyOpenssh: `-----BEGIN OPENSSH PRIVATE KEY-----\n${b64}\n-----END OPENSSH PRIVATE KEY-----\n`,
    publicKeyOpenssh: `ssh-ed25519 ${publicBlob.toString("base64")} ${comment}`,
    madeWith: "node",
  };
}

/** Generates an ed25519 key with ssh-keygen when installed, else with node:crypto. */
export function ed25519KeyPair(comment: string): SshKeyPair {
  const dir = mkdtempSync(join(tmpdir(), "pairpac-key-"));
  try {
    const file = join(dir, "key");
    const run = spawnSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", file], { encoding: "utf8" });
    if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") {
      return ed25519WithNode(comment);
    }
    if (run.status !== 0) {
      throw new Error(`ssh-keygen failed: ${run.stderr}`);
    }
    return { privateKeyOpenssh: readFileSync(file, "utf8"), publicKeyOpenssh: readFileSync(`${file}.pub`, "utf8").trim(), madeWith: "ssh-keygen" };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
