/** The project's own provider-schema conformance check (test/support/tf-schema.ts): what it accepts and rejects. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkTerraformJson, isTemplate, loadProviderSchemas, providerAddress, VENDORED_SCHEMA_DIR } from "./tf-schema";

const AWS = { aws: { source: "hashicorp/aws", version: "6.25.0" } };

/** A minimal valid configuration with one resource of each kind we vary below. */
function config(extra: Record<string, unknown> = {}, instance: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "//": { metadata: { version: "0.21.0" } },
    terraform: { required_providers: AWS },
    provider: { aws: [{ region: "eu-central-1" }] },
    resource: {
      aws_instance: { gw: { ami: "ami-123", instance_type: "t3.small", ...instance } },
    },
    ...extra,
  };
}

const messages = (c: unknown): string[] => checkTerraformJson(c).map((p) => `${p.where}: ${p.message}`);

describe("vendored schemas", () => {
  test("cover every provider the project synthesizes, once each, and stay small", () => {
    const schemas = loadProviderSchemas();
    expect([...schemas.keys()].sort()).toEqual([
      "registry.terraform.io/hashicorp/aws", "registry.terraform.io/hashicorp/cloudinit", "registry.terraform.io/hashicorp/dns",
      "registry.terraform.io/hashicorp/random", "registry.terraform.io/hashicorp/time", "registry.terraform.io/hashicorp/tls",
      "registry.terraform.io/oracle/oci", "registry.terraform.io/vancluever/acme", "terraform.io/builtin/terraform",
    ]);
    const bytes = readdirSync(VENDORED_SCHEMA_DIR).filter((n) => n.endsWith(".json")).reduce((sum, n) => sum + statSync(join(VENDORED_SCHEMA_DIR, n)).size, 0);
    expect(bytes).toBeLessThan(400_000);
  });
});

describe("checkTerraformJson", () => {
  test("accepts a valid configuration, expressions for any type, and numbers/bools written as strings", () => {
    expect(messages(config())).toEqual([]);
    expect(messages(config({}, { count: "${var.n}", monitoring: "true", ipv6_address_count: "2", tags: { a: "b" }, vpc_security_group_ids: "${var.ids}", lifecycle: { ignore_changes: ["ami"] } }))).toEqual([]);
  });

  test.each([
    ["an unknown attribute", { colour: "red" }, `resource.aws_instance.gw: unknown attribute or block "colour"`],
    ["a computed-only attribute", { arn: "arn:aws:x" }, `resource.aws_instance.gw: "arn" is computed by the provider and cannot be set`],
    ["a list where a string belongs", { instance_type: ["t3"] }, "resource.aws_instance.gw.instance_type: expected string, got array"],
    ["a word where a number belongs", { ipv6_address_count: "two" }, `resource.aws_instance.gw.ipv6_address_count: expected number, got string "two"`],
    ["a word where a bool belongs", { monitoring: "yes" }, `resource.aws_instance.gw.monitoring: expected bool, got string "yes"`],
    ["a string where a map belongs", { tags: "a=b" }, `resource.aws_instance.gw.tags: expected map(string), got string "a=b"`],
    ["two blocks where one is allowed", { root_block_device: [{ volume_size: 8 }, { volume_size: 9 }] }, `resource.aws_instance.gw: block "root_block_device" allows at most 1, got 2`],
    ["a block given as an expression", { root_block_device: "${var.rbd}" }, "resource.aws_instance.gw.root_block_device: a block cannot be an expression (use a dynamic block)"],
    ["an unknown attribute inside a block", { root_block_device: [{ size: 8 }] }, `resource.aws_instance.gw.root_block_device[0]: unknown attribute or block "size"`],
    ["an unknown lifecycle argument", { lifecycle: { keep: true } }, `resource.aws_instance.gw.lifecycle: unknown lifecycle argument "keep"`],
    ["a provider alias nobody configured", { provider: "aws.us" }, `resource.aws_instance.gw: provider "aws.us" has no configuration with that alias`],
  ])("rejects %s", (_what, instance, expected) => {
    expect(messages(config({}, instance))).toEqual([expected]);
  });

  test("rejects a missing required attribute, an unknown type, and an unknown provider", () => {
    expect(messages({ terraform: { required_providers: AWS }, resource: { aws_key_pair: { k: {} } } })).toEqual([`resource.aws_key_pair.k: required attribute "public_key" is missing`]);
    expect(messages(config({ data: { aws_teapot: { t: {} } } }))).toEqual([`data.aws_teapot.t: registry.terraform.io/hashicorp/aws has no data source type "aws_teapot" (aws.json)`]);
    expect(messages({ resource: { google_compute_instance: { vm: {} } } })).toEqual([
      `resource.google_compute_instance.vm: no schema for provider registry.terraform.io/hashicorp/google ("google" is not in terraform.required_providers); vendor its schema`,
    ]);
    expect(messages({ ...config(), outputs: {} })).toEqual([`: unknown top-level key "outputs"`]);
  });

  test("rejects a provider that needs configuration but has none (acme needs server_url)", () => {
    const acme = { terraform: { required_providers: { acme: { source: "vancluever/acme" } } }, resource: { acme_registration: { r: { email_address: "a@example.org", account_key_pem: "${var.k}" } } } };
    expect(messages(acme)).toEqual([`provider.acme: not configured, but it requires attribute "server_url" (used by resource.acme_registration.r)`]);
    expect(messages({ ...acme, provider: { acme: [{ server_url: "https://acme-staging-v02.api.letsencrypt.org/directory" }] } })).toEqual([]);
  });

  test("dynamic blocks: content checked, for_each required", () => {
    expect(messages(config({}, { dynamic: { ebs_block_device: { for_each: "${var.d}", content: { device_name: "/dev/sdf" } } } }))).toEqual([]);
    expect(messages(config({}, { dynamic: { ebs_block_device: { content: { name: "x" } } } }))).toEqual([
      `resource.aws_instance.gw.dynamic.ebs_block_device: "for_each" is missing`,
      `resource.aws_instance.gw.dynamic.ebs_block_device.content: unknown attribute or block "name"`,
      `resource.aws_instance.gw.dynamic.ebs_block_device.content: required attribute "device_name" is missing`,
    ]);
  });

  test("Terraform's built-in provider is known without required_providers", () => {
    expect(messages({ resource: { terraform_data: { d: { input: "x" } } } })).toEqual([]);
  });

  test("templates and their escapes; provider addresses", () => {
    expect([isTemplate("${a}"), isTemplate("x%{ if a }y"), isTemplate("$${a}"), isTemplate("%%{a}"), isTemplate("a$b{")]).toEqual([true, true, false, false, false]);
    expect([providerAddress("aws"), providerAddress("Oracle/OCI"), providerAddress("registry.terraform.io/vancluever/acme")]).toEqual([
      "registry.terraform.io/hashicorp/aws", "registry.terraform.io/oracle/oci", "registry.terraform.io/vancluever/acme",
    ]);
  });
});
