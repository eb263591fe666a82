/**
 * Conformance tier: Terraform itself runs the gateway's deliveries exactly as PairPac synthesizes them. The
 * `terraform_data` resources and their bundle locals are taken from the embedded default stack's synthesized JSON;
 * only the references to resources that cannot exist here (instance, Elastic IP, keys, passwords, certificate) are
 * replaced by literal values of a local machine. Terraform 1.10+ must be on PATH (these resources need no provider, so
 * nothing is downloaded); without it the test fails naming it.
 *
 * The "machine" is this one, seen through a sandbox (test/support/delivery-sandbox.ts): a private network namespace
 * where an sshd of its own listens on 127.0.0.1:22 with the bootstrap host key, the image's admin user `ubuntu` with
 * passwordless sudo, the gateway's apply command and helper from its user-data, a cloud-init that reports a finished
 * boot after 2 s, and systemctl/docker stand-ins that record what the delivery asks of them (systemctl's sshd reload
 * really reloads the sandbox's sshd).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Testing } from "cdktf";
import { bcryptHash } from "../../../cloudinit/cli/private/bcrypt";
import { localCertificateChain } from "../../../cloudinit/cli/private/certificate-chain";
import { APPLY_COMMAND } from "../../../cloudinit/delivery/apply-command";
import { HOST_KEY_PATH } from "../../../cloudinit/delivery/host-key";
import { describeGatewayRole, RELOAD_CONTAINERS_SCRIPT } from "../../../cloudinit/gateway/gateway-role";
import { escapeHclLiteral } from "../../../constructs/private/terraform-string";
import { BranchIdentity } from "../../../src/identity";
import { loadSettings } from "../../../src/settings/settings";
import { BranchStack } from "../../../stacks/branch-stack";
import { stackPropsFromSettings } from "../../../stacks/settings-to-props";
import { ACTION_STUBS, DeliverySandbox, shq } from "../../support/delivery-sandbox";
import { tokenProps } from "../../cloudinit/gateway/fixtures";

function requireTerraform(): string {
  try {
    return execFileSync("terraform", ["version"], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } }).split("\n")[0];
  } catch (e) {
    throw new Error(`this conformance test needs the Terraform CLI (1.10+) on PATH to run the synthesized deliveries, and it is missing or does not run: ${(e as Error).message}`);
  }
}

type Json = Record<string, unknown>;
const props = stackPropsFromSettings("main", loadSettings({ env: {} }));
const app = Testing.app();
const synthesized = JSON.parse(Testing.synth(new BranchStack(app, BranchIdentity.of({ branch: props.branch, parentDomain: props.parentDomain }).stackName, props))) as {
  resource: { terraform_data: Record<string, Json> };
  locals: Record<string, string>;
  terraform: Json;
};

/** A key pair from ssh-keygen (as the tls provider writes them: OpenSSH format, empty comment). */
function keyPair(dir: string, name: string): { privateKeyOpenssh: string; publicKeyOpenssh: string } {
  execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "", "-f", join(dir, name)]);
  return { privateKeyOpenssh: readFileSync(join(dir, name), "utf8"), publicKeyOpenssh: readFileSync(join(dir, `${name}.pub`), "utf8") };
}

/**
 * The gateway's deliveries of the synthesized stack, with `values` for the references that cannot exist here. The
 * instance's attributes become those of a local object (a precondition must refer to something outside itself; a
 * local is known at plan time, as a refreshed instance is).
 */
function deliveryConfig(values: (reference: string) => string | undefined, instance: { instance_state: string; id: string }): Json {
  const pick = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith("gateway_Delivery_")));
  const resources = pick(synthesized.resource.terraform_data);
  const locals = pick(synthesized.locals);
  const missing = new Set<string>();
  const ref = /\b((?:aws|oci|tls|random|acme|dns|time)_[a-z0-9_]+)\.([A-Za-z][A-Za-z0-9_-]*)\.([a-z_]+)\b/g;
  const substitute = (v: unknown): unknown => {
    if (typeof v === "string") {
      return v.replace(ref, (m, type: string, _name: string, attribute: string) => {
        if (type === "aws_instance" && attribute in instance) return `local.pairpac_test_instance.${attribute}`;
        const value = values(m);
        if (value === undefined) missing.add(m);
        return `"${escapeHclLiteral(value ?? "")}"`;
      });
    }
    if (Array.isArray(v)) return v.map(substitute);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, substitute(x)]));
    return v;
  };
  const config = {
    terraform: { required_version: synthesized.terraform.required_version },
    locals: { ...(substitute(locals) as Json), pairpac_test_instance: instance },
    resource: { terraform_data: substitute(resources) },
  };
  if (missing.size > 0) throw new Error(`no local value for ${[...missing].join(", ")}`);
  return config;
}

describe("Terraform runs the synthesized deliveries of the gateway against a machine over SSH", () => {
  const terraform = requireTerraform();
  const box = new DeliverySandbox("tf-delivery");
  afterAll(() => box.dispose());
  const keys = join(box.dir, "keys");
  mkdirSync(keys, { recursive: true });
  const admin = keyPair(keys, "admin");
  const bootstrap = keyPair(keys, "bootstrap");
  const permanent = keyPair(keys, "permanent");
  const tunnel = keyPair(keys, "tunnel");
  const mailHash = bcryptHash("local-mail-password");
  const certificate = () => {
    const c = localCertificateChain("main.example.org", ["main.example.org"]);
    const leaf = c.certificatePem.slice(0, c.certificatePem.indexOf("-----END CERTIFICATE-----") + 26);
    return { leaf, issuer: c.certificatePem.slice(leaf.length), key: c.privateKeyPem };
  };
  const values = (cert: ReturnType<typeof certificate>) => (r: string): string | undefined => {
    const [type, name, attribute] = r.split(".");
    const table: [RegExp, string][] = [
      [/^aws_eip\.[^.]+\.public_ip$/, "127.0.0.1"],
      [/^tls_private_key\.gateway_Credentials_AdminKey_[^.]+\.private_key_openssh$/, admin.privateKeyOpenssh],
      [/^tls_private_key\.gateway_Credentials_BootstrapHostKey_[^.]+\.public_key_openssh$/, bootstrap.publicKeyOpenssh],
      [/^tls_private_key\.gateway_Credentials_HostKey_[^.]+\.private_key_openssh$/, permanent.privateKeyOpenssh],
      [/^tls_private_key\.gateway_Credentials_HostKey_[^.]+\.public_key_openssh$/, permanent.publicKeyOpenssh],
      [/^tls_private_key\.desktop-\d+_Credentials_TunnelKey_[^.]+\.public_key_openssh$/, tunnel.publicKeyOpenssh],
      [/^random_password\.[^.]+\.bcrypt_hash$/, mailHash],
      [/^acme_certificate\.[^.]+\.certificate_pem$/, cert.leaf],
      [/^acme_certificate\.[^.]+\.issuer_pem$/, cert.issuer],
      [/^acme_certificate\.[^.]+\.private_key_pem$/, cert.key],
    ];
    if (type === "random_password" && attribute === "result") return `pw${createHash("sha256").update(name).digest("hex").slice(0, 20)}`;
    return table.find(([re]) => re.test(r))?.[1];
  };
  const role = describeGatewayRole(tokenProps());
  const userData = (path: string) => (role.cloudConfig.toObject() as { write_files: { path: string; content: string }[] }).write_files.find((f) => f.path === path)!.content;
  const running = { instance_state: "running", id: "i-0pairpacdeliverytest" };
  const tfDir = join(box.dir, "tf");
  mkdirSync(tfDir, { recursive: true });

  /** The machine up (sshd with the host key now on its disk), then `commands` (Terraform in tfDir). */
  function onMachine(commands: string): { status: number | null; out: string; calls: string[] } {
    const machine = [
      ACTION_STUBS,
      `cat > /usr/local/bin/cloud-init << 'STUB'
#!/bin/sh
# Stands in for cloud-init, which never booted this machine: the boot ends 2 s after the delivery asks.
echo "cloud-init $*" >> /var/lib/pairpac-test/calls
sleep 2
STUB
chmod 0755 /usr/local/bin/cloud-init`,
      "id ubuntu > /dev/null 2>&1 || { useradd -m -s /bin/bash ubuntu; usermod -p '*' ubuntu; }",
      "echo 'ubuntu ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/90-pairpac-test && chmod 0440 /etc/sudoers.d/90-pairpac-test",
      `install -d -o ubuntu -g ubuntu -m 0700 /home/ubuntu/.ssh && printf '%s\\n' ${shq(admin.publicKeyOpenssh.trim())} > /home/ubuntu/.ssh/authorized_keys && chown ubuntu: /home/ubuntu/.ssh/authorized_keys`,
      `[ -e /var/lib/pairpac-test/booted ] || { printf '%s' ${shq(bootstrap.privateKeyOpenssh)} > ${HOST_KEY_PATH}; chmod 0600 ${HOST_KEY_PATH}; printf '%s' ${shq(bootstrap.publicKeyOpenssh)} > ${HOST_KEY_PATH}.pub; touch /var/lib/pairpac-test/booted; }`,
      `install -D -m 0755 /dev/stdin ${APPLY_COMMAND} <<< ${shq(userData(APPLY_COMMAND))}`,
      `install -D -m 0755 /dev/stdin ${RELOAD_CONTAINERS_SCRIPT} <<< ${shq(userData(RELOAD_CONTAINERS_SCRIPT))}`,
      `cat > ${box.dir}/sshd_config << 'EOF'
ListenAddress 127.0.0.1:22
HostKey ${HOST_KEY_PATH}
PidFile /var/lib/pairpac-test/sshd.pid
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
UsePAM no
EOF`,
      // cloud-init is asked as the admin user: the record must be writable for it.
      "rm -f /var/lib/pairpac-test/calls && install -m 0666 /dev/null /var/lib/pairpac-test/calls",
      `/usr/sbin/sshd -f ${box.dir}/sshd_config -E ${box.dir}/sshd.log`,
      `cd ${tfDir}`,
      "export CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE=/dev/null TF_IN_AUTOMATION=1 TF_INPUT=0",
      `status=0; { ${commands}; } > ${box.dir}/terraform.log 2>&1 || status=$?`,
      `cat ${box.dir}/terraform.log; echo '--- calls'; cat /var/lib/pairpac-test/calls 2>/dev/null || true`,
      'exit "$status"',
    ].join("\n");
    const r = box.run(machine, 280_000);
    const [out, calls = ""] = r.stdout.split("--- calls\n");
    return { status: r.status, out: out + r.stderr, calls: calls.split("\n").filter(Boolean) };
  }
  const write = (config: Json) => writeFileSync(join(tfDir, "main.tf.json"), JSON.stringify(config, null, 2));

  test(`first deploy (${terraform}): the bootstrap pins the user-data's host key and installs the permanent one, the delivery pins that`, () => {
    write(deliveryConfig(values(certificate()), running));
    const r = onMachine("terraform init -input=false -no-color && terraform apply -auto-approve -no-color");
    expect({ status: r.status, tail: r.out.slice(-3000) }).toEqual({ status: 0, tail: expect.stringContaining("Apply complete! Resources: 2 added, 0 changed, 0 destroyed.") });
    expect(r.out).toMatch(/terraform_data\.gateway_Delivery_Bootstrap_[A-F0-9]+ \(remote-exec\): pairpac-apply on gateway: sshd/);
    expect(r.calls).toEqual([
      "cloud-init status --wait", "systemctl reload-or-restart ssh.service",
      "cloud-init status --wait", "systemctl reload-or-restart ssh.service", "systemctl reload-or-restart postfix.service", "systemctl start pairpac-compose.service",
    ]);
    expect(box.written(HOST_KEY_PATH)?.content).toBe(permanent.privateKeyOpenssh);
    expect(box.written("/etc/pairpac/tls/nginx/privkey.pem")).toMatchObject({ owner: "0:0", mode: "0640" });
    expect(box.written("/etc/ssh/pairpac_tunnel_keys")?.content).toContain(tunnel.publicKeyOpenssh.trim());
    expect(box.written("/home/ubuntu/.pairpac-delivery/bundle")).toBeUndefined();
  });

  test("renewal: the plan replaces only the delivery, which reloads what reads the certificate", () => {
    write(deliveryConfig(values(certificate()), running));
    const r = onMachine("terraform plan -no-color -out=renewal.plan && terraform show -json renewal.plan > renewal.json && terraform apply -auto-approve -no-color renewal.plan");
    expect({ status: r.status, tail: r.out.slice(-3000) }).toEqual({ status: 0, tail: expect.stringContaining("Apply complete! Resources: 1 added, 0 changed, 1 destroyed.") });
    const plan = JSON.parse(readFileSync(join(tfDir, "renewal.json"), "utf8")) as { resource_changes: { address: string; change: { actions: string[] } }[] };
    const changed = plan.resource_changes.filter((c) => c.change.actions.join() !== "no-op").map((c) => [c.address.replace(/_[A-F0-9]{8}$/, ""), c.change.actions]);
    expect(changed).toEqual([["terraform_data.gateway_Delivery_Apply", ["delete", "create"]]]);
    expect(r.calls).toEqual([
      "cloud-init status --wait", "systemctl reload-or-restart postfix.service",
      ...["SIGHUP dovecot", "SIGUSR1 mumble", "SIGHUP nginx"].map((k) => `docker compose -f /etc/pairpac/compose.yaml kill -s ${k}`),
    ]);
  });

  test("a gateway that is not running fails the plan with what to do, before anything is delivered", () => {
    write(deliveryConfig(values(certificate()), { ...running, instance_state: "stopped" }));
    const r = onMachine("terraform plan -no-color");
    expect(r.status).not.toBe(0);
    expect(r.out.replace(/\s+│?\s*/g, " ")).toContain("PairPac: gateway is not running, so Terraform cannot deliver its configuration (certificate, passwords, desktops) over SSH. Start it (aws ec2 start-instances --region eu-central-1 --instance-ids i-0pairpacdeliverytest) and run the apply again");
    expect(r.calls).toEqual([]);
  });
});
