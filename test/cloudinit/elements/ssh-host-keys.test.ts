import { CloudConfig, SshHostKeys } from "../../../cloudinit";
import { ed25519WithNode } from "../../../cloudinit/cli/private/ssh-key";
import { validateDocument } from "../validate-document";

/** A real ed25519 pair made with node:crypto (test/cloudinit/cli proves ssh-keygen reads such keys). */
function ed25519Pair(): { private: string; public: string } {
  const pair = ed25519WithNode("host@example.test");
  return { private: pair.privateKeyOpenssh, public: pair.publicKeyOpenssh };
}

describe("SshHostKeys", () => {
  test("sets ssh_keys for the given types and generates no others", () => {
    const pair = ed25519Pair();
    expect(new CloudConfig({ machine: "m" }).add("ssh", SshHostKeys.of({ ed25519: pair })).toObject()).toEqual({
      ssh_keys: { ed25519_private: pair.private, ed25519_public: pair.public },
      ssh_genkeytypes: ["ed25519"],
    });
  });

  test("accepts Terraform tokens for both halves", () => {
    const doc = new CloudConfig({ machine: "m" }).add("ssh", SshHostKeys.of({ ed25519: { private: "${TfToken[TOKEN.1]}", public: "${TfToken[TOKEN.2]}" } }));
    expect(doc.render()).toContain('ed25519_private: "${TfToken[TOKEN.1]}"\n');
    validateDocument(doc);
  });

  test("renders to a valid cloud-config with a real key", () => {
    validateDocument(new CloudConfig({ machine: "m" }).add("ssh", SshHostKeys.of({ ed25519: ed25519Pair() })));
  });

  test.each([
    ["no key", {}, /^sshHostKeys: must contain at least one key pair/],
    ["unknown type", { dsa: { private: "x", public: "y" } }, /^sshHostKeys\.dsa: is not a supported key type/],
    ["public key as private", { ed25519: { private: "ssh-ed25519 AAAA", public: "ssh-ed25519 AAAAC3Nz" } }, /^sshHostKeys\.ed25519\.private: is not an OpenSSH\/PEM private key/],
    ["rsa public for ed25519", { ed25519: { private: "-----BEGIN OPENSSH PRIVATE KEY-----\nx\n-----END OPENSSH PRIVATE KEY-----\n", public: "ssh-rsa AAAAB3" } }, /^sshHostKeys\.ed25519\.public: is not an ed25519 OpenSSH public key line/],
  ])("fails on %s", (_n, keys, message) => {
    expect(() => SshHostKeys.of(keys as never)).toThrow(message);
  });
});
