import type { Password } from "@cdktf/provider-random/lib/password";
import type { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { Fn, type ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { gatewayPublicPorts, type CloudConfig } from "../cloudinit";
import type { DesktopMailProps } from "../cloudinit/desktop/desktop-role";
import type { DesktopRegistration } from "../cloudinit/gateway/desktop-registration";
import { DeliveryLogin } from "../cloudinit/delivery/delivery-login";
import { describeGatewayRole, GATEWAY_DATA_LABEL, type GatewayRole } from "../cloudinit/gateway/gateway-role";
import type { GatewayRoleProps } from "../cloudinit/gateway/gateway-role-props";
import { mailAddress } from "../cloudinit/gateway/mail";
import { SITE_PATHS } from "../cloudinit/gateway/nginx-site";
import { desktopPorts } from "../cloudinit/ports";
import { findTokens } from "../cloudinit/tokens";
import type { BranchIdentity } from "../src/identity";
import { invalid } from "../src/errors";
import { FULLCHAIN_MAX_CHARS, P256_KEY_PEM_MAX_CHARS } from "./certificate/certificate-sizes";
import { Credentials, opensshKeyPair } from "./credentials";
import { MachineDelivery, type DeliveryKey } from "./delivery/machine-delivery";
import type { DesktopGatewayInfo } from "./desktop-node";
import type { MachineContext, PlacedMachine, PublicPort } from "./machine";
import { checkPlacement } from "./private/check-placement";
import type { Placement } from "./placement";
import { TokenLengths } from "./private/token-lengths";

/** The certificate the gateway serves (nginx, Postfix, Dovecot and Mumble use it). */
export interface GatewayCertificate {
  /** Full chain PEM, leaf first (token; e.g. `BranchCertificate.certificatePem`). */
  readonly certificatePem: string;
  /** Private key PEM (sensitive token). */
  readonly privateKeyPem: string;
}

/** Size in GB the gateway's data volume gets when none is given (mail and the Mumble database need little). */
const GATEWAY_DATA_VOLUME_GB = 8;

/** A Guacamole login of the gateway. */
export interface GatewayUser {
  /** Login name, e.g. `team`. */
  readonly name: string;
  /** `collaborate`: full shared control (and watch); `watch`: view-only connections. */
  readonly access: "collaborate" | "watch";
}

/** Properties of a {@link GatewayNode}. */
export interface GatewayNodeProps {
  /** The branch: its zone name is the site's host name and mail domain. */
  readonly identity: BranchIdentity;
  /** Where the machine runs. */
  readonly placement: Placement;
  /** The branch certificate. Lengths not declared yet count as the worst case of a Let's Encrypt P-256 chain. */
  readonly certificate: GatewayCertificate;
  /**
   * Administrator's OpenSSH public key (token allowed).
   * @default - an ED25519 key generated with tls_private_key (see {@link GatewayNode.adminKey})
   */
  readonly adminSshPublicKey?: string;
  /**
   * Receive mail for the zone (Postfix on 25, Dovecot IMAPS on 993, one mailbox `team@<zone>`).
   * @default true
   */
  readonly mail?: boolean;
  /**
   * Guacamole logins; each gets a generated password.
   * @default [{ name: "team", access: "collaborate" }, { name: "guest", access: "watch" }]
   */
  readonly users?: readonly GatewayUser[];
  /**
   * Title of the landing page and the space's name on the desktops.
   * @default - the zone name
   */
  readonly title?: string;
  /**
   * Size of the persistent data volume (mail, Mumble database) in GB, within the placement's
   * `dataVolumeLimits`; 0 keeps the data on the root disk.
   * @default - 8, or the cloud's smallest volume when that is larger (OCI: 50)
   */
  readonly dataVolumeGb?: number;
  /**
   * Further public ports, e.g. for services added later. Opened in the cloud firewall only: the services that
   * listen on them must open the host firewall themselves.
   * @default []
   */
  readonly extraPublicPorts?: readonly PublicPort[];
}

/**
 * The branch's gateway: landing page, Guacamole (browser remote desktop), Mumble server and browser client,
 * optional mailbox, and the SSH endpoint the desktops' tunnels connect to. Creates its own credentials
 * (random_password, tls_private_key), renders its cloud-init user-data (no secret, the same for any number of
 * desktops) and delivers the certificate, the passwords and the desktop registrations over SSH from the Terraform run
 * ({@link MachineDelivery}), rendered at synth time after every desktop registered itself.
 *
 * @example
 * const gateway = new GatewayNode(this, "Gateway", { identity, placement, certificate });
 * new DesktopNode(this, "Desktop1", { gateway, index: 1, placement, identity, adminSshPublicKey: gateway.adminSshPublicKey });
 */
export class GatewayNode extends Construct implements DesktopGatewayInfo {
  /** Public IP address the desktops' tunnels connect to (token; stable: Elastic IP / reserved IP). */
  public readonly publicIp: string;
  /** SSH port for administration and the desktops' tunnels. */
  public readonly sshPort = 22;
  /** The SSH host public key (`ssh-ed25519 ...`, token) that desktops pin. */
  public readonly sshHostPublicKey: string;
  /** Zone name, e.g. `main.example.org`. */
  public readonly domain: string;
  /** The space's name (landing page title, wallpaper). */
  public readonly spaceName: string;
  /** `https://<zone>/` */
  public readonly landingUrl: string;
  /** `https://<zone>/guacamole/` */
  public readonly guacamoleUrl: string;
  /** The browser Mumble client, pre-filled with the server. */
  public readonly mumbleWebUrl: string;
  /** Mumble server password (sensitive token). */
  public readonly mumblePassword: string;
  /** Mumble SuperUser password (sensitive token). */
  public readonly mumbleSuperuserPassword: string;
  /** Guacamole passwords by login name (sensitive tokens). */
  public readonly userPasswords: Readonly<Record<string, string>>;
  /** The mailbox as desktops use it (IMAP through the tunnel), or undefined without mail. */
  public readonly mail?: DesktopMailProps;
  /** Mailbox password (sensitive token), or undefined without mail. */
  public readonly mailPassword?: string;
  /** The generated administrator key, when no `adminSshPublicKey` was given. */
  public readonly adminKey?: PrivateKey;
  /** The administrator's public key in use (given or generated). */
  public readonly adminSshPublicKey: string;
  /** The permanent SSH host key (desktops pin it; delivered, never in user-data). */
  public readonly hostKey: PrivateKey;
  /** The bootstrap SSH host key in user-data: authenticates a new instance for its first delivery only. */
  public readonly bootstrapHostKey: PrivateKey;
  /**
   * The key the Terraform run delivers with on every machine of the branch: the generated admin key, or (with your own
   * `adminSshPublicKey`) a generated key of its own, which each machine's user-data authorizes.
   */
  public readonly deliveryKey: DeliveryKey;
  /** The certificate chain the gateway serves (public; desktops get it delivered to pin it in Mumble). */
  public readonly certificatePem: string;
  /** The gateway's deliveries (its `terraform_data` resources). */
  public readonly delivery: MachineDelivery;
  /** The gateway's delivery of its bundle: desktops deliver after it (a renewed certificate is served before they pin it). */
  public readonly deliveryDependency: ITerraformDependable;
  /** Public ports (for outputs and documentation). */
  public readonly publicPorts: readonly PublicPort[];
  /** The placed machine. */
  public readonly machine: PlacedMachine;

  private readonly registrations = new Map<number, DesktopRegistration>();
  /** The role as the deliveries last saw it, and the desktops it was described with. */
  private described?: { readonly desktops: string; readonly role: GatewayRole };

  public constructor(scope: Construct, id: string, props: GatewayNodeProps) {
    super(scope, id);
    const mail = props.mail ?? true;
    const users = props.users ?? [{ name: "team", access: "collaborate" }, { name: "guest", access: "watch" }];
    const placement = checkPlacement("gateway.placement", props.placement);
    const dataVolumeGb = placement.checkDataVolumeGb("gateway.dataVolumeGb", props.dataVolumeGb ?? Math.max(GATEWAY_DATA_VOLUME_GB, placement.dataVolumeLimits.minGb));
    const extraPorts = props.extraPublicPorts ?? [];
    const domain = props.identity.zoneName;
    const title = props.title ?? domain;

    const names = new Set<string>();
    users.forEach((u, i) => {
      if (typeof u.name !== "string" || !/^[a-z][a-z0-9_-]{0,31}$/.test(u.name) || names.has(u.name)) {
        throw invalid(`gateway.users[${i}].name`, u.name, "must be a unique lower-case login name (letters, digits, '_', '-')", "Use e.g. \"team\".");
      }
      if (u.access !== "collaborate" && u.access !== "watch") {
        throw invalid(`gateway.users[${i}].access`, u.access, "must be \"collaborate\" or \"watch\"", "Use \"collaborate\" for full control.");
      }
      names.add(u.name);
    });
    if (!users.some((u) => u.access === "collaborate")) {
      throw invalid("gateway.users", users, "must contain a user with collaborate access", "Add { name: \"team\", access: \"collaborate\" }.");
    }
    for (const [field, value, max] of [["certificatePem", props.certificate?.certificatePem, FULLCHAIN_MAX_CHARS], ["privateKeyPem", props.certificate?.privateKeyPem, P256_KEY_PEM_MAX_CHARS]] as const) {
      if (typeof value !== "string" || value.length === 0) {
        throw invalid(`gateway.certificate.${field}`, value, "must be a non-empty string (usually a token)", "Pass BranchCertificate.certificatePem / privateKeyPem.");
      }
      declareIfUnknown(this, value, max);
    }

    const credentials = new Credentials(this, "Credentials");
    this.hostKey = credentials.ed25519Key("HostKey");
    this.bootstrapHostKey = credentials.ed25519Key("BootstrapHostKey");
    const mumbleServer = credentials.password("MumblePassword");
    const mumbleSuperuser = credentials.password("MumbleSuperuserPassword");
    const userPasswords: Record<string, Password> = {};
    const guacamoleUsers = users.map((u) => {
      const password = credentials.password(`User-${u.name}`);
      userPasswords[u.name] = password;
      return { name: u.name, access: u.access, passwordSha256: TokenLengths.declare(this, Fn.sha256(password.result), 64) };
    });
    const mailPassword = mail ? credentials.password("MailPassword") : undefined;
    if (props.adminSshPublicKey === undefined) this.adminKey = credentials.ed25519Key("AdminKey");
    this.adminSshPublicKey = props.adminSshPublicKey ?? (this.adminKey as PrivateKey).publicKeyOpenssh;
    const loginKey = this.adminKey ?? credentials.ed25519Key("DeliveryKey");
    this.deliveryKey = { ...opensshKeyPair(loginKey), authorizeInUserData: this.adminKey === undefined };
    this.certificatePem = props.certificate.certificatePem;

    this.domain = domain;
    this.spaceName = title;
    this.landingUrl = `https://${domain}/`;
    this.guacamoleUrl = `https://${domain}${SITE_PATHS.guacamole}`;
    this.mumbleWebUrl = `https://${domain}${SITE_PATHS.mumbleWeb}?address=${domain}&port=443${SITE_PATHS.mumbleWeb}&webrtc=false`;
    this.sshHostPublicKey = this.hostKey.publicKeyOpenssh;
    this.mumblePassword = mumbleServer.result;
    this.mumbleSuperuserPassword = mumbleSuperuser.result;
    this.userPasswords = Object.fromEntries(Object.entries(userPasswords).map(([k, v]) => [k, v.result]));
    this.mailPassword = mailPassword?.result;
    const address = mail ? mailAddress("team", domain) : undefined;
    this.mail = mail && address !== undefined && mailPassword !== undefined ? { address, user: address, password: mailPassword.result } : undefined;
    this.publicPorts = [...gatewayPublicPorts({ mail }), ...extraPorts];

    const roleProps = (machine?: MachineContext): GatewayRoleProps => ({
      os: machine?.os ?? placement.os,
      domain,
      title,
      certificate: props.certificate,
      hostKey: opensshKeyPair(this.hostKey),
      bootstrapHostKey: opensshKeyPair(this.bootstrapHostKey),
      desktops: [...this.registrations.values()],
      guacamoleUsers,
      mumble: { serverPassword: mumbleServer.result, superuserPassword: mumbleSuperuser.result },
      mail: mailPassword !== undefined ? { passwordBcrypt: mailPassword.bcryptHash } : undefined,
      dataVolumeDevice: machine?.dataVolumeDevice,
      dataVolumeLabel: machine?.dataVolumeLabel,
    });
    const render = (machine: MachineContext): CloudConfig => {
      const role = describeGatewayRole(roleProps(machine));
      // Its bundles do not depend on the machine (only its user-data does): the deliveries take them from here.
      this.described = { desktops: this.desktopKey(), role };
      const doc = role.cloudConfig;
      if (this.deliveryKey.authorizeInUserData) doc.add("delivery-login", DeliveryLogin.authorize(this.deliveryKey.publicKeyOpenssh));
      return doc;
    };

    this.machine = placement.place(this, "Machine", {
      name: "gateway",
      identity: props.identity,
      publicPorts: this.publicPorts,
      adminSshPublicKey: this.adminSshPublicKey,
      userData: render,
      ...(dataVolumeGb > 0 ? { dataVolume: { sizeGb: dataVolumeGb, label: GATEWAY_DATA_LABEL } } : {}),
    });
    // The bundles do not depend on the machine (only its user-data does), and are rendered at synth time, after every
    // desktop registered.
    this.delivery = new MachineDelivery(this, "Delivery", {
      machine: this.machine,
      placement,
      key: this.deliveryKey,
      bootstrapHostPublicKey: this.bootstrapHostKey.publicKeyOpenssh,
      hostPublicKey: this.hostKey.publicKeyOpenssh,
      bootstrap: () => this.describeForDelivery(roleProps).bootstrap,
      delivery: () => this.describeForDelivery(roleProps).delivery,
    });
    this.deliveryDependency = this.delivery.applyResource;
    this.publicIp = this.machine.publicIp;
  }

  /**
   * Registers a desktop (called by {@link DesktopNode}): its tunnel key may publish exactly its VNC and audio ports on
   * the gateway's loopback, and Guacamole offers its collaborate and watch connections. Order does not matter: the
   * user-data is rendered at synth time. Registering the same registration again is a no-op.
   */
  public registerDesktop(registration: DesktopRegistration): void {
    desktopPorts(registration.index);
    const existing = this.registrations.get(registration.index);
    if (existing === registration) return;
    if (existing !== undefined) {
      throw invalid("gateway.desktops", registration.index, `is already registered (${existing.name})`, "Give every desktop its own index.");
    }
    this.registrations.set(registration.index, registration);
  }

  /**
   * The role the deliveries carry, described again only when the desktops changed (a desktop registers after the
   * gateway exists; the bundles are read at synth, several times).
   */
  private describeForDelivery(roleProps: () => GatewayRoleProps): GatewayRole {
    const desktops = this.desktopKey();
    if (this.described?.desktops !== desktops) this.described = { desktops, role: describeGatewayRole(roleProps()) };
    return this.described.role;
  }

  /** The registered desktops' indexes, as a key of what the role was described with. */
  private desktopKey(): string {
    return [...this.registrations.keys()].join(",");
  }

  /** The registered desktops, sorted by index. */
  public get desktops(): readonly DesktopRegistration[] {
    return [...this.registrations.values()].sort((a, b) => a.index - b.index);
  }
}

/** Declares `max` for every token in `value` that has no declared length yet. */
function declareIfUnknown(scope: Construct, value: string, max: number): void {
  const known = TokenLengths.forText(scope, value);
  for (const token of findTokens(value)) {
    if (!known.has(token)) TokenLengths.declare(scope, token, max);
  }
}
