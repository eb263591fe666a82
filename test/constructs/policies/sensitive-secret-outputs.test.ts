import { Password } from "@cdktf/provider-random/lib/password";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { TerraformLocal, TerraformOutput, TerraformVariable } from "cdktf";
import { SensitiveSecretOutputs } from "../../../constructs/policies";
import { newStack } from "../placement-support/support";
import { findings } from "./support";

function secrets() {
  const stack = newStack();
  new RandomProvider(stack, "random");
  new TlsProvider(stack, "tls");
  const password = new Password(stack, "Password", { length: 24 });
  const key = new PrivateKey(stack, "Key", { algorithm: "ED25519" });
  return { stack, password, key };
}

describe("SensitiveSecretOutputs", () => {
  test("passes sensitive outputs and outputs of public values", () => {
    const { stack, password, key } = secrets();
    new TerraformOutput(stack, "password", { value: password.result, sensitive: true });
    new TerraformOutput(stack, "publicKey", { value: key.publicKeyOpenssh });
    new TerraformOutput(stack, "passwordLength", { value: password.length });
    expect(findings(stack, new SensitiveSecretOutputs())).toEqual([]);
  });

  test("fires on a password, a private key (also through a local value) and a whole key object", () => {
    const { stack, password, key } = secrets();
    new TerraformOutput(stack, "password", { value: password.result });
    const bundle = new TerraformLocal(stack, "keyBundle", { pem: key.privateKeyPem, note: "admin" });
    new TerraformOutput(stack, "bundle", { value: bundle.asStringMap });
    new TerraformOutput(stack, "keyObject", { value: key });
    expect(findings(stack, new SensitiveSecretOutputs()).map((f) => [f.path, f.message])).toEqual([
      ["test/password", "output password is not sensitive but its value refers to random_password.Password.result. Create it with sensitive: true."],
      ["test/bundle", "output bundle is not sensitive but its value refers to tls_private_key.Key.private_key_pem. Create it with sensitive: true."],
      ["test/keyObject", "output keyObject is not sensitive but its value refers to tls_private_key.Key. Create it with sensitive: true."],
    ]);
  });

  test("fires on a sensitive variable passed to a plain output, and on ACME certificate keys", () => {
    const stack = newStack();
    const token = new TerraformVariable(stack, "apiToken", { type: "string", sensitive: true });
    new TerraformOutput(stack, "token", { value: token.stringValue });
    new TerraformOutput(stack, "certKey", { value: "${acme_certificate.gateway.private_key_pem}" });
    expect(findings(stack, new SensitiveSecretOutputs()).map((f) => f.message)).toEqual([
      "output token is not sensitive but its value refers to var.apiToken (sensitive). Create it with sensitive: true.",
      "output certKey is not sensitive but its value refers to acme_certificate.gateway.private_key_pem. Create it with sensitive: true.",
    ]);
  });
});
