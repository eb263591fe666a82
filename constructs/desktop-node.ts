import type { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import type { Password } from "@cdktf/provider-random/lib/password";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { DeliveryLogin } from "../cloudinit/delivery/delivery-login";
import type { CloudConfig } from "../cloudinit";
import { Bundle } from "../cloudinit/desktop/bundle";
import { describeDesktopRole, type DesktopMailProps, type DesktopRoleProps } from "../cloudinit/desktop/desktop-role";
import { ScreenSize } from "../cloudinit/desktop/screen-size";
import type { DesktopRegistration } from "../cloudinit/gateway/desktop-registration";
import { desktopPorts } from "../cloudinit/ports";
import type { BranchIdentity } from "../src/identity";
import { invalid } from "../src/errors";
import type { MachineContext, PlacedMachine } from "./machine";
import { checkPlacement } from "./private/check-placement";
import type { Placement } from "./placement";
import { Credentials, opensshKeyPair } from "./credentials";
import { MachineDelivery, type DeliveryKey } from "./delivery/machine-delivery";

/** VNC authentication uses at most 8 characters: the generated password has exactly 8. */
const VNC_PASSWORD_LENGTH = 8;

/**
 * What a desktop needs to know about the gateway it joins. `GatewayNode` implements it; any object with these
 * members works (e.g. for a gateway managed elsewhere). Values may be Terraform tokens unless noted.
 */
export interface DesktopGatewayInfo {
  /**
   * Public IP address the desktop's tunnel connects to (stable: Elastic IP / reserved IP); a host name works too.
   */
  readonly publicIp: string;
  /**
   * SSH port of the gateway.
   * @default 22
   */
  readonly sshPort?: number;
  /** The gateway's SSH host public key (`ssh-ed25519 AAAA...`), pinned in the desktop's known_hosts. */
  readonly sshHostPublicKey: string;
  /** Password of the gateway's Mumble server. */
  readonly mumblePassword: string;
  /**
   * Channel path desktops join (plain string).
   * @default - the root channel
   */
  readonly mumbleChannel?: string;
  /** Name of the co-working space (plain string: drawn on the wallpaper). */
  readonly spaceName: string;
  /** URL of the space's landing page (plain string: drawn on the wallpaper). */
  readonly landingUrl: string;
  /**
   * The space's mailbox as desktops reach it (IMAP through the tunnel).
   * @default - no mail client on desktops
   */
  readonly mail?: DesktopMailProps;
  /**
   * The certificate chain the gateway serves (PEM, public): delivered to the desktop, so its Mumble trusts a renewed
   * certificate before it next connects.
   * @default - the desktop trusts what the gateway's Mumble server presents through the tunnel when Mumble starts
   */
  readonly certificatePem?: string;
  /**
   * The key the Terraform run delivers to the desktop with (`GatewayNode.deliveryKey`).
   * @default - none: then pass `deliveryKey` to the DesktopNode
   */
  readonly deliveryKey?: DeliveryKey;
  /**
   * What the desktop's delivery waits for (the gateway's delivery, so a renewed certificate is served before the desktop
   * pins it).
   * @default - nothing
   */
  readonly deliveryDependency?: ITerraformDependable;
  /**
   * Registers a desktop: the gateway authorizes its tunnel key for exactly its loopback ports and offers its VNC
   * connection in Guacamole. Called once by each {@link DesktopNode}.
   */
  registerDesktop(registration: DesktopRegistration): void;
}

/** Properties of a {@link DesktopNode}. */
export interface DesktopNodeProps {
  /** The gateway the desktop joins. */
  readonly gateway: DesktopGatewayInfo;
  /** Desktop number, 1-99 (unique per gateway): selects its ports on the gateway and its name `Desktop-<n>`. */
  readonly index: number;
  /** Where the machine runs. */
  readonly placement: Placement;
  /** The branch the desktop belongs to. */
  readonly identity: BranchIdentity;
  /** Administrator's OpenSSH public key (token allowed). */
  readonly adminSshPublicKey: string;
  /**
   * Optional application bundles.
   * @default []
   */
  readonly bundles?: readonly Bundle[];
  /**
   * Size of the virtual screen.
   * @default ScreenSize.HD
   */
  readonly screen?: ScreenSize;
  /**
   * IANA time zone.
   * @default "Etc/UTC"
   */
  readonly timezone?: string;
  /**
   * Locale.
   * @default "en_US.UTF-8"
   */
  readonly locale?: string;
  /**
   * Size in GB of a persistent volume for the home directory (kept when the machine is replaced), within the
   * placement's `dataVolumeLimits` (OCI's smallest block volume is 50 GB); 0 for none.
   * @default 0 - the home directory lives on the root disk
   */
  readonly homeVolumeGb?: number;
  /**
   * Offer the desktop's sound in Guacamole (PulseAudio through the tunnel; about 1.4 Mbit/s per viewer while sound
   * plays). Sets both the desktop and its registration with the gateway.
   * @default false - the desktop is heard in the conference (Mumble) only
   */
  readonly guacamoleAudio?: boolean;
  /**
   * The key the Terraform run delivers with (its private half must be in the state).
   * @default - the gateway's `deliveryKey`
   */
  readonly deliveryKey?: DeliveryKey;
}

/**
 * A shared cloud desktop: LXQt on a virtual screen, reachable only through its outbound SSH tunnel to the gateway
 * (VNC and audio published on the gateway's loopback, IMAP and Mumble brought back), with a Mumble client in the
 * space's conference. Creates its tunnel key and VNC password and registers itself with the gateway.
 *
 * @example
 * new DesktopNode(this, "Desktop1", { gateway, index: 1, placement, identity, adminSshPublicKey,
 *   bundles: [Bundle.OFFICE] });
 */
export class DesktopNode extends Construct {
  /** Desktop number. */
  public readonly index: number;
  /** Name in the conference and on the wallpaper, e.g. `Desktop-1`. */
  public readonly name: string;
  /** What the gateway needs (public key, VNC password token, index, name). */
  public readonly registration: DesktopRegistration;
  /** The tunnel key (ED25519). */
  public readonly tunnelKey: PrivateKey;
  /** The VNC password (8 characters). */
  public readonly vncPassword: Password;
  /** The permanent SSH host key (delivered; the deliveries pin it). */
  public readonly hostKey: PrivateKey;
  /** The bootstrap SSH host key in user-data: authenticates a new instance for its first delivery only. */
  public readonly bootstrapHostKey: PrivateKey;
  /** The desktop's deliveries (its `terraform_data` resources). */
  public readonly delivery: MachineDelivery;
  /** The placed machine. */
  public readonly machine: PlacedMachine;

  public constructor(scope: Construct, id: string, props: DesktopNodeProps) {
    super(scope, id);
    const bundles = props.bundles ?? [];
    const screen = props.screen ?? ScreenSize.HD;
    const guacamoleAudio = props.guacamoleAudio ?? false;
    const gateway = props.gateway;
    desktopPorts(props.index);
    const placement = checkPlacement(`desktop-${props.index}.placement`, props.placement);
    const homeVolumeGb = placement.checkDataVolumeGb(`desktop-${props.index}.homeVolumeGb`, props.homeVolumeGb ?? 0);
    if (typeof gateway?.registerDesktop !== "function") {
      throw invalid(`desktop-${props.index}.gateway`, gateway, "must implement DesktopGatewayInfo (registerDesktop is missing)", "Pass the GatewayNode.");
    }
    this.index = props.index;
    this.name = `Desktop-${props.index}`;

    const credentials = new Credentials(this, "Credentials");
    this.tunnelKey = credentials.ed25519Key("TunnelKey");
    this.vncPassword = credentials.password("VncPassword", VNC_PASSWORD_LENGTH);
    this.hostKey = credentials.ed25519Key("HostKey");
    this.bootstrapHostKey = credentials.ed25519Key("BootstrapHostKey");
    const deliveryKey = props.deliveryKey ?? gateway.deliveryKey;
    if (deliveryKey === undefined) {
      throw invalid(`desktop-${props.index}.deliveryKey`, undefined, "is needed: the gateway given has no deliveryKey", "Pass the GatewayNode, or deliveryKey with a key whose private half Terraform holds.");
    }
    const privateKey = this.tunnelKey.privateKeyOpenssh;
    const publicKey = this.tunnelKey.publicKeyOpenssh;
    const vncPassword = this.vncPassword.result;

    this.registration = { index: this.index, name: this.name, tunnelPublicKey: publicKey, vncPassword, guacamoleAudio };
    gateway.registerDesktop(this.registration);

    const roleProps = (machine?: MachineContext): DesktopRoleProps => ({
      index: this.index,
      os: machine?.os ?? placement.os,
      spaceName: gateway.spaceName,
      landingUrl: gateway.landingUrl,
      gatewayHost: gateway.publicIp,
      gatewaySshPort: gateway.sshPort,
      gatewayHostPublicKey: gateway.sshHostPublicKey,
      tunnelPrivateKey: privateKey,
      hostKey: opensshKeyPair(this.hostKey),
      bootstrapHostKey: opensshKeyPair(this.bootstrapHostKey),
      gatewayCertificatePem: gateway.certificatePem,
      vncPassword,
      mumblePassword: gateway.mumblePassword,
      mumbleChannel: gateway.mumbleChannel,
      mail: gateway.mail,
      bundles,
      screen,
      timezone: props.timezone,
      locale: props.locale,
      dataVolumeDevice: machine?.dataVolumeDevice,
      dataVolumeLabel: machine?.dataVolumeLabel,
      guacamoleAudio,
    });
    // What the deliveries carry depends only on this node's props and the gateway's, all fixed by now, not on the
    // machine: described once, by the user-data's render or when the bundles are first read at synth.
    let role: ReturnType<typeof describeDesktopRole> | undefined;
    const described = () => (role ??= describeDesktopRole(roleProps()));
    const render = (machine: MachineContext): CloudConfig => {
      role = describeDesktopRole(roleProps(machine));
      const { cloudConfig } = role;
      if (deliveryKey.authorizeInUserData) cloudConfig.add("delivery-login", DeliveryLogin.authorize(deliveryKey.publicKeyOpenssh));
      return cloudConfig;
    };

    this.machine = placement.place(this, "Machine", {
      name: `desktop-${this.index}`,
      identity: props.identity,
      publicPorts: [{ port: 22, protocol: "tcp", description: "SSH (administration)" }],
      adminSshPublicKey: props.adminSshPublicKey,
      userData: render,
      ...(homeVolumeGb > 0 ? { dataVolume: { sizeGb: homeVolumeGb, label: "pairpac-home" } } : {}),
    });
    this.delivery = new MachineDelivery(this, "Delivery", {
      machine: this.machine,
      placement,
      key: deliveryKey,
      bootstrapHostPublicKey: this.bootstrapHostKey.publicKeyOpenssh,
      hostPublicKey: this.hostKey.publicKeyOpenssh,
      bootstrap: () => described().bootstrap,
      delivery: () => described().delivery,
      after: gateway.deliveryDependency === undefined ? [] : [gateway.deliveryDependency],
    });
  }
}
