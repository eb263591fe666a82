import { Fn, Lazy, TerraformLocal, type TerraformResource, type ITerraformDependable, type SSHProvisionerConnection } from "cdktf";
import { Construct } from "constructs";
import type { DeliveryBundle } from "../../cloudinit/delivery/delivery-bundle";
import { applyCommands, prepareCommands, UPLOAD_PATH } from "../../cloudinit/delivery/provisioning";
import { containsToken } from "../../cloudinit/tokens";
import { invalid } from "../../src/errors";
import type { PlacedMachine } from "../machine";
import type { Placement } from "../placement";
import { TerraformData } from "../private/terraform-data";
import { escapeHclLiteralKeepTokens } from "../private/terraform-string";

/** How long a delivery keeps trying to reach a machine's SSH port before it fails. */
export const DELIVERY_CONNECT_TIMEOUT: {
  /** The bootstrap: the instance may still be booting (OCI binds its public IP only once it runs). */
  readonly firstBoot: "15m";
  /** Every later delivery. */
  readonly running: "5m";
} = { firstBoot: "15m", running: "5m" };

/** The key the Terraform run logs in with to deliver (the admin user of every machine of the branch). */
export interface DeliveryKey {
  /** Private key, OpenSSH format (sensitive token, e.g. `tls_private_key.private_key_openssh`). */
  readonly privateKeyOpenssh: string;
  /** Its public key line (token allowed). */
  readonly publicKeyOpenssh: string;
  /**
   * Authorize the key for the admin user in each machine's user-data (`ssh_authorized_keys`); false when it already
   * is the machine's admin key (the cloud's key pair or metadata carries it).
   */
  readonly authorizeInUserData: boolean;
}

/** Properties of a {@link MachineDelivery}. */
export interface MachineDeliveryProps {
  /** The machine to deliver to (its stable public IP, admin user and instance). */
  readonly machine: PlacedMachine;
  /** The placement that placed it: tells whether its instance runs, and how to start it. */
  readonly placement: Placement;
  /** The key the deliveries log in with. */
  readonly key: DeliveryKey;
  /** Public part of the bootstrap host key in the machine's user-data: pinned for the first delivery. */
  readonly bootstrapHostPublicKey: string;
  /** Public part of the permanent host key the first delivery installs: pinned for every later delivery. */
  readonly hostPublicKey: string;
  /** The first delivery's bundle (the permanent host key); called at synth time. */
  readonly bootstrap: () => DeliveryBundle;
  /** The bundle of every delivery (secrets and changing configuration); called at synth time. */
  readonly delivery: () => DeliveryBundle;
  /**
   * SSH port of the machine.
   * @default 22
   */
  readonly sshPort?: number;
  /**
   * Deliveries that must be done first (e.g. the gateway's, before a desktop pins its new certificate).
   * @default []
   */
  readonly after?: readonly ITerraformDependable[];
}

/**
 * A bundle's text as a Terraform template: literal records, token content as `${base64encode("...")}`. A synth
 * resolves it several times (the policies, then the output); it is rendered again only for another bundle object.
 */
function bundleExpression(bundle: () => DeliveryBundle): string {
  let last: { bundle: DeliveryBundle; text: string } | undefined;
  return Lazy.stringValue({
    produce: () => {
      const current = bundle();
      if (last?.bundle !== current) {
        const text = current.render((content) =>
          containsToken(content) ? '${base64encode("' + escapeHclLiteralKeepTokens(content) + '")}' : Buffer.from(content, "utf8").toString("base64"),
        );
        last = { bundle: current, text };
      }
      return last.text;
    },
  });
}

/**
 * Hands a running machine its secrets and changing configuration from the Terraform run, over SSH: two
 * `terraform_data` resources whose provisioners upload one bundle and run the machine's root-owned apply command on it
 * (`cloudinit/delivery`), which writes the files that differ and reloads only what they concern.
 *
 * - **Bootstrap** (once per instance, `triggers_replace` = the instance id): pins the bootstrap host key from the
 *   machine's user-data, waits for cloud-init, and installs the permanent host key over it.
 * - **Apply** (after the bootstrap; `triggers_replace` = SHA-256 of the bundle and the instance id): pins the permanent
 *   host key and delivers the bundle. A changed certificate, password or desktop list replaces only this resource, so
 *   the plan replaces no instance.
 *
 * Both fail the plan, with what to do, when the instance is not running; an unreachable or failing machine fails the
 * apply, and the next apply delivers again (a failed provisioner taints its resource).
 */
export class MachineDelivery extends Construct {
  /** The first delivery of each instance. */
  public readonly bootstrapResource: TerraformResource;
  /** The delivery of the bundle. */
  public readonly applyResource: TerraformResource;
  private readonly bundles: Pick<MachineDeliveryProps, "bootstrap" | "delivery">;

  public constructor(scope: Construct, id: string, props: MachineDeliveryProps) {
    super(scope, id);
    this.bundles = { bootstrap: props.bootstrap, delivery: props.delivery };
    const port = props.sshPort ?? 22;
    const machine = props.machine;
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw invalid(`${machine.name}.delivery.sshPort`, port, "must be a port number 1-65535", "Use 22.");
    }
    const connection = (hostKey: string, timeout: string): SSHProvisionerConnection => ({
      type: "ssh",
      host: machine.publicIp,
      port,
      user: machine.adminUser,
      privateKey: props.key.privateKeyOpenssh,
      hostKey,
      agent: "false",
      timeout,
    });
    const instance = machine.instance;
    const precondition = [{
      condition: props.placement.runningCondition(machine),
      errorMessage: `PairPac: ${machine.name} is not running, so Terraform cannot deliver its configuration (certificate, passwords, desktops) over SSH. Start it (${props.placement.startCommand(machine)}) and run the apply again; nothing was changed on it.`,
    }];
    const provisioners = (bundle: string) => [
      { type: "remote-exec" as const, inline: prepareCommands(machine.name) },
      { type: "file" as const, content: bundle, destination: UPLOAD_PATH },
      { type: "remote-exec" as const, inline: applyCommands() },
    ];

    const bootstrapBundle = new TerraformLocal(this, "BootstrapBundle", bundleExpression(props.bootstrap)).asString;
    this.bootstrapResource = new TerraformData(this, "Bootstrap", {
      triggersReplace: { instance: instance.getStringAttribute("id") },
      connection: connection(props.bootstrapHostPublicKey, DELIVERY_CONNECT_TIMEOUT.firstBoot),
      provisioners: provisioners(bootstrapBundle),
      lifecycle: { precondition },
    });

    const bundle = new TerraformLocal(this, "Bundle", bundleExpression(props.delivery)).asString;
    this.applyResource = new TerraformData(this, "Apply", {
      triggersReplace: { bundle: Fn.sha256(bundle), instance: instance.getStringAttribute("id") },
      connection: connection(props.hostPublicKey, DELIVERY_CONNECT_TIMEOUT.running),
      provisioners: provisioners(bundle),
      dependsOn: [this.bootstrapResource, ...(props.after ?? [])],
      lifecycle: { precondition },
    });
  }

  /** The first delivery's bundle as rendered now (tokens unresolved). */
  public bootstrapBundle(): DeliveryBundle {
    return this.bundles.bootstrap();
  }

  /** The delivery's bundle as rendered now (tokens unresolved). */
  public bundle(): DeliveryBundle {
    return this.bundles.delivery();
  }
}
