// The deliveries in the end-to-end tests: Terraform runs the terraform_data resources exactly as the embedded default
// app's cdk.tf.json describes them (connection, provisioners, commands, upload path, triggers, order), against the
// booted machines; only what names this branch's cloud is replaced: the machine's address and image user, the keys
// and the bundle (the render command's, from the same local values as the machines' user-data, and checked to have
// the same records as the synthesized bundle: paths, owners, modes and actions). For the chroot-booted roots (no sshd
// runs there), the same bundles go straight to the machine's apply command.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { APPLY_COMMAND } from "../../../cloudinit/delivery/apply-command";
import { parseDeliveryBundle, type ParsedDeliveryRecord } from "../../../cloudinit/delivery/delivery-bundle";
import { RunResult, formatResult } from "./exec";
import { TestMachine } from "./machine";

type Json = Record<string, unknown>;

/** A machine to deliver to, with what stands in for its cloud's values. */
export interface DeliveryTarget {
  /** Machine name as in the synthesized stack: `gateway`, `desktop-1`. */
  readonly machine: string;
  /** Address Terraform connects to (the machine's public IP in a real deployment). */
  readonly address: string;
  /** The image's admin user on this machine. */
  readonly user: string;
  /** Stands in for the instance id: a new value is a replaced machine (both deliveries run again). */
  readonly instanceId: string;
  /** Public keys of the bootstrap host key (user-data) and of the permanent one (first delivery). */
  readonly bootstrapHostPublicKey: string;
  readonly hostPublicKey: string;
  /** The bundles, as the render command wrote them. */
  readonly bootstrapBundle: string;
  readonly bundle: string;
}

/** The records of a bundle without their content: what a delivery writes where, for whom, and what it reloads. */
export function recordShape(records: readonly ParsedDeliveryRecord[]): string[] {
  return records.map((r) => [r.kind, r.path, r.owner ?? "", r.mode ?? "", r.then.join(",")].join(" "));
}

/** `text` with every `${local.x}` replaced by the local's value. */
function expandLocals(locals: Record<string, string>, text: string): string {
  return text.replace(/\$\{local\.([A-Za-z0-9_-]+)\}/g, (m, name: string) => locals[name] ?? m);
}

/** The resources of one machine's deliveries in the synthesized JSON: [bootstrap, apply] (address, body). */
function deliveriesOf(cdk: { resource: { terraform_data: Record<string, Json> } }, machine: string): { bootstrap: [string, Json]; apply: [string, Json] } {
  const entries = Object.entries(cdk.resource.terraform_data ?? {});
  const find = (kind: string) => {
    const e = entries.find(([k]) => k.startsWith(`${machine}_Delivery_${kind}_`));
    if (!e) throw new Error(`cdk.tf.json has no ${machine}_Delivery_${kind}_* terraform_data resource`);
    return e;
  };
  return { bootstrap: find("Bootstrap"), apply: find("Apply") };
}

/** HCL string literal text (inside quotes) for a literal value in a Terraform template. */
function literal(text: string): string {
  return text.replace(/\$\{/g, "$${").replace(/%\{/g, "%%{");
}

/**
 * The Terraform configuration that delivers to `targets` as `cdk.tf.json` describes it, with `adminPrivateKey` as the
 * key in the state. Throws when the synthesized resources refer to anything not replaced here, or when a bundle of the
 * render command does not have the records of the synthesized one.
 */
export function deliveryConfig(cdkTfJson: string, targets: readonly DeliveryTarget[], adminPrivateKey: string): Json {
  const cdk = JSON.parse(fs.readFileSync(cdkTfJson, "utf8")) as { resource: { terraform_data: Record<string, Json> }; locals: Record<string, string>; terraform: Json };
  const resources: Record<string, Json> = {};
  const instances: Record<string, Json> = {};
  const keep = new Set(targets.flatMap((t) => Object.values(deliveriesOf(cdk, t.machine)).map(([k]) => k)));
  for (const t of targets) {
    const both = deliveriesOf(cdk, t.machine);
    for (const [kind, [address, body], text] of [["Bootstrap", both.bootstrap, t.bootstrapBundle], ["Apply", both.apply, t.bundle]] as const) {
      const r = JSON.parse(JSON.stringify(body)) as Json & {
        connection: Json; provisioner: Record<string, Json>[]; triggers_replace: Record<string, string>; depends_on?: string[];
        lifecycle?: { precondition?: { condition: string; error_message: string }[] };
      };
      delete r["//"];
      // The synthesized bundle's records must be the render command's (content aside).
      const file = r.provisioner.find((p) => "file" in p)!.file as Json;
      const synthesized = parseDeliveryBundle(expandLocals(cdk.locals, String(file.content)));
      const rendered = parseDeliveryBundle(text);
      if (JSON.stringify(recordShape(synthesized.records)) !== JSON.stringify(recordShape(rendered.records))) {
        throw new Error(`the rendered ${kind} bundle of ${t.machine} does not have the records of the synthesized one:\nsynthesized:\n${recordShape(synthesized.records).join("\n")}\nrendered:\n${recordShape(rendered.records).join("\n")}`);
      }
      file.content = literal(text);
      r.triggers_replace = { ...(kind === "Apply" ? { bundle: createHash("sha256").update(text).digest("hex") } : {}), instance: t.instanceId };
      Object.assign(r.connection, {
        host: t.address,
        user: t.user,
        private_key: literal(adminPrivateKey),
        host_key: literal(kind === "Bootstrap" ? t.bootstrapHostPublicKey : t.hostPublicKey),
      });
      const local = `pairpac_e2e_${t.machine.replace(/-/g, "_")}`;
      instances[local] = { instance_state: "running", state: "RUNNING", id: t.instanceId };
      for (const p of r.lifecycle?.precondition ?? []) {
        const swap = (s: string) => s.replace(/\b(?:aws_instance|oci_core_instance)\.[A-Za-z0-9_-]+\.(instance_state|state|id)\b/g, (_m, attr: string) => `local.${local}.${attr}`);
        p.condition = swap(p.condition);
        p.error_message = swap(p.error_message);
      }
      for (const dep of r.depends_on ?? []) {
        if (!keep.has(dep.replace(/^terraform_data\./, ""))) throw new Error(`${address} depends on ${dep}, which is not delivered here`);
      }
      const left = JSON.stringify(r).match(/\b(?:aws|oci|tls|random|acme|dns|time)_[a-z0-9_]+\.[A-Za-z][A-Za-z0-9_-]*\.[a-z_]+\b/g);
      if (left) throw new Error(`${address} still refers to ${[...new Set(left)].join(", ")}`);
      resources[address] = r;
    }
  }
  return { terraform: { required_version: cdk.terraform.required_version }, locals: instances, resource: { terraform_data: resources } };
}

/** What `terraform apply` printed and how it ended. */
export interface DeliveryRun {
  readonly result: RunResult;
  readonly seconds: number;
  /** Resources Terraform created (replaced ones included), from its summary line. */
  readonly added: number;
  readonly destroyed: number;
}

/** Runs `terraform init` (once) and `terraform apply` of `config` in `dir` with `runner` (the internet host). */
export async function terraformDeliver(dir: string, config: Json, runner: (argv: string[], timeoutMs: number) => Promise<RunResult>): Promise<DeliveryRun> {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(config, null, 2), { mode: 0o600 });
  const started = Date.now();
  const env = "CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE=/dev/null TF_IN_AUTOMATION=1 TF_INPUT=0";
  if (!fs.existsSync(path.join(dir, ".terraform.lock.hcl")) && !fs.existsSync(path.join(dir, ".terraform"))) {
    const init = await runner(["bash", "-c", `cd '${dir}' && env ${env} terraform init -no-color`], 120_000);
    if (init.code !== 0) throw new Error(`terraform init failed (the e2e needs the Terraform CLI 1.10+ on PATH):\n${formatResult(init)}`);
  }
  const result = await runner(["bash", "-c", `cd '${dir}' && env ${env} terraform apply -auto-approve -no-color`], 1_200_000);
  fs.writeFileSync(path.join(dir, `apply-${started}.log`), `${result.stdout}\n${result.stderr}`);
  const summary = /Apply complete! Resources: (\d+) added, \d+ changed, (\d+) destroyed\./.exec(result.stdout);
  return { result, seconds: (Date.now() - started) / 1000, added: Number(summary?.[1] ?? -1), destroyed: Number(summary?.[2] ?? -1) };
}

/** Applies a bundle straight with the apply command of a chroot-booted root (no sshd runs there). */
export async function applyInRoot(machine: TestMachine, bundle: string): Promise<RunResult> {
  return machine.exec([APPLY_COMMAND], { input: bundle, timeoutMs: 120_000 });
}

/** Every delivered file and directory of `bundle` as the machine has it, compared with the bundle (problems). */
export async function checkDelivered(machine: { exec(argv: readonly string[]): Promise<RunResult> }, bundle: string): Promise<string[]> {
  const records = parseDeliveryBundle(bundle).records.filter((r) => r.kind !== "prune");
  const problems: string[] = [];
  const ids = async (owner: string) => {
    const [u, g] = owner.split(":");
    const r = await machine.exec(["sh", "-c", `printf '%s:%s' "$(id -u ${u})" "$(getent group ${g} | cut -d: -f3 || echo ${g})"`]);
    return r.stdout.replace(/:$/, `:${g}`);
  };
  for (const r of records) {
    const st = await machine.exec(["stat", "-c", "%u:%g %a %F", r.path]);
    if (st.code !== 0) {
      problems.push(`${r.path}: missing after the delivery`);
      continue;
    }
    const [owner, mode, ...type] = st.stdout.trim().split(" ");
    const want = await ids(r.owner ?? "root:root");
    if (owner !== want) problems.push(`${r.path}: owner ${owner}, delivered ${r.owner} (${want})`);
    if (mode.padStart(4, "0") !== r.mode) problems.push(`${r.path}: mode ${mode}, delivered ${r.mode}`);
    if (r.kind === "file") {
      if (!type.join(" ").startsWith("regular")) problems.push(`${r.path}: a ${type.join(" ")}, not a file`);
      const content = await machine.exec(["base64", "-w0", r.path]);
      if (content.stdout.trim() !== (r.encoded ?? "")) problems.push(`${r.path}: content differs from the delivery`);
    }
  }
  return problems;
}
