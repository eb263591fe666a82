/**
 * Concrete, locally generated values for rendering a role outside Terraform (NoCloud seeds for local VMs and
 * containers), and the one place where the render command plugs the roles in.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { stringify } from "yaml";
import type { CloudConfig } from "../cloud-config";
import { Bundle } from "../desktop/bundle";
import { describeDesktopRole, type DesktopRoleProps } from "../desktop/desktop-role";
import type { DeliveryBundle } from "../delivery/delivery-bundle";
import { ScreenSize } from "../desktop/screen-size";
import type { GatewayRoleProps } from "../gateway/gateway-role-props";
import { describeGatewayRole } from "../gateway/gateway-role";
import type { Os } from "../os";
import { invalid } from "../private/errors";
import type { RenderCliOptions } from "./args";
import { bcryptHash } from "./private/bcrypt";
import { localCertificateChain } from "./private/certificate-chain";
import { ed25519KeyPair } from "./private/ssh-key";

/** An OpenSSH key pair as the roles take it. */
export interface LocalKeyPair {
  /** Private key, OpenSSH format. */
  readonly privateKeyOpenssh: string;
  /** Public key line. */
  readonly publicKeyOpenssh: string;
}

/** Generated values of one desktop. */
export interface LocalDesktopValues {
  /** Desktop number. */
  readonly index: number;
  /** Tunnel key pair. */
  readonly tunnelKey: LocalKeyPair;
  /** VNC password (8 characters). */
  readonly vncPassword: string;
  /** The desktop's permanent SSH host key (delivered; absent in files written before deliveries existed). */
  readonly hostKey?: LocalKeyPair;
  /** The desktop's bootstrap SSH host key (user-data, replaced by the first delivery). */
  readonly bootstrapHostKey?: LocalKeyPair;
}

/** Everything generated for a local set of machines; stored as JSON (mode 0600) to render several roles consistently. */
export interface LocalValues {
  /** Format version of the JSON file. */
  readonly version: 1;
  /** DNS zone of the local space (under example.test, reserved for testing by RFC 2606). */
  readonly domain: string;
  /** The gateway's SSH host key (the permanent one, delivered; desktops pin it). */
  readonly gatewayHostKey: LocalKeyPair;
  /** The gateway's bootstrap SSH host key (user-data, replaced by the first delivery; absent in older files). */
  readonly gatewayBootstrapHostKey?: LocalKeyPair;
  /** The administrator's key the deliveries log in with (absent in older files). */
  readonly adminKey?: LocalKeyPair;
  /**
   * Certificate for the domain from a local CA, shaped like a Let's Encrypt chain: `certificatePem` is the full chain
   * (leaf, then CA), `caCertificatePem` the CA to trust when testing (absent in files written before it existed).
   */
  readonly certificate: { readonly certificatePem: string; readonly privateKeyPem: string; readonly caCertificatePem?: string };
  /** Guacamole logins with clear-text passwords (for the person testing). */
  readonly guacamole: { readonly collaborate: { readonly name: string; readonly password: string }; readonly watch: { readonly name: string; readonly password: string } };
  /** Mumble passwords. */
  readonly mumble: { readonly serverPassword: string; readonly superuserPassword: string };
  /** The mailbox. */
  readonly mail: { readonly user: string; readonly password: string; readonly passwordBcrypt: string };
  /** Desktops 1..n. */
  readonly desktops: readonly LocalDesktopValues[];
}

/** The local space's zone. */
export const LOCAL_DOMAIN = "main.example.test";

/** Device of the extra disk of a local VM (virtio), used for the data volume with --all-options. */
export const LOCAL_DATA_DEVICE = "/dev/vdb";

/** A random password of `length` characters from [A-Za-z0-9_-]. */
export function randomPassword(length: number): string {
  return randomBytes(length).toString("base64url").slice(0, length);
}

function desktopValues(index: number): LocalDesktopValues {
  return {
    index,
    tunnelKey: pair(ed25519KeyPair(`desktop-${index}-tunnel@${LOCAL_DOMAIN}`)),
    vncPassword: randomPassword(8),
    hostKey: pair(ed25519KeyPair(`desktop-${index}@${LOCAL_DOMAIN}`)),
    bootstrapHostKey: pair(ed25519KeyPair(`desktop-${index}-bootstrap@${LOCAL_DOMAIN}`)),
  };
}

/** `values` with the keys that files written before deliveries existed lack (admin key, host keys) generated. */
export function completeLocalValues(values: LocalValues): LocalValues {
  if (values.adminKey && values.gatewayBootstrapHostKey && values.desktops.every((d) => d.hostKey && d.bootstrapHostKey)) return values;
  return {
    ...values,
    adminKey: values.adminKey ?? pair(ed25519KeyPair(`admin@${LOCAL_DOMAIN}`)),
    gatewayBootstrapHostKey: values.gatewayBootstrapHostKey ?? pair(ed25519KeyPair(`gateway-bootstrap@${LOCAL_DOMAIN}`)),
    desktops: values.desktops.map((d) => ({
      ...d,
      hostKey: d.hostKey ?? pair(ed25519KeyPair(`desktop-${d.index}@${LOCAL_DOMAIN}`)),
      bootstrapHostKey: d.bootstrapHostKey ?? pair(ed25519KeyPair(`desktop-${d.index}-bootstrap@${LOCAL_DOMAIN}`)),
    })),
  };
}

function pair(k: LocalKeyPair): LocalKeyPair {
  return { privateKeyOpenssh: k.privateKeyOpenssh, publicKeyOpenssh: k.publicKeyOpenssh };
}

/** Generates fresh values for a gateway and `desktops` desktops. */
export function generateLocalValues(desktops: number): LocalValues {
  // One name, like the default deployment's certificate (the apex host name only).
  const cert = localCertificateChain(LOCAL_DOMAIN, [LOCAL_DOMAIN]);
  const mailPassword = randomPassword(24);
  return {
    version: 1,
    domain: LOCAL_DOMAIN,
    gatewayHostKey: pair(ed25519KeyPair(`gateway@${LOCAL_DOMAIN}`)),
    gatewayBootstrapHostKey: pair(ed25519KeyPair(`gateway-bootstrap@${LOCAL_DOMAIN}`)),
    adminKey: pair(ed25519KeyPair(`admin@${LOCAL_DOMAIN}`)),
    certificate: { certificatePem: cert.certificatePem, privateKeyPem: cert.privateKeyPem, caCertificatePem: cert.caCertificatePem },
    guacamole: { collaborate: { name: "team", password: randomPassword(20) }, watch: { name: "guest", password: randomPassword(20) } },
    mumble: { serverPassword: randomPassword(20), superuserPassword: randomPassword(24) },
    mail: { user: "team", password: mailPassword, passwordBcrypt: bcryptHash(mailPassword) },
    desktops: Array.from({ length: desktops }, (_v, i) => desktopValues(i + 1)),
  };
}

/** `values` with desktops added up to `desktops` (existing ones are kept). */
export function extendLocalValues(values: LocalValues, desktops: number): LocalValues {
  if (values.desktops.length >= desktops) return values;
  const more = Array.from({ length: desktops - values.desktops.length }, (_v, i) => desktopValues(values.desktops.length + i + 1));
  return { ...values, desktops: [...values.desktops, ...more] };
}

/** Reads values written by {@link writeLocalValues}. */
export function readLocalValues(path: string): LocalValues {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw invalid("--values", path, `is not a readable JSON file (${(e as Error).message})`, "Pass a file written by an earlier run, or a new path.");
  }
  const v = parsed as Partial<LocalValues>;
  if (v === null || typeof v !== "object" || v.version !== 1 || !Array.isArray(v.desktops) || typeof v.domain !== "string") {
    throw invalid("--values", path, "is not a PairPac local-values file (version 1)", "Pass a file written by an earlier run, or a new path.");
  }
  return v as LocalValues;
}

/** Writes values as JSON readable only by the owner (they hold private keys and passwords). */
export function writeLocalValues(path: string, values: LocalValues): void {
  writeFileSync(path, `${JSON.stringify(values, null, 2)}\n`, { mode: 0o600 });
}

/** Loads (and extends) the values file when given and present, else generates values (and writes the file if given). */
export function obtainLocalValues(options: Pick<RenderCliOptions, "values" | "desktops">): LocalValues {
  if (options.values !== undefined && existsSync(options.values)) {
    const loaded = readLocalValues(options.values);
    const extended = completeLocalValues(extendLocalValues(loaded, options.desktops));
    if (extended !== loaded) writeLocalValues(options.values, extended);
    return extended;
  }
  const values = generateLocalValues(options.desktops);
  if (options.values !== undefined) writeLocalValues(options.values, values);
  return values;
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Gateway role properties from local values: `desktops` registrations, everything optional on with `allOptions`. */
export function gatewayProps(values: LocalValues, options: { readonly os: Os; readonly desktops: number; readonly allOptions: boolean }): GatewayRoleProps {
  const complete = completeLocalValues(values);
  return {
    os: options.os,
    domain: values.domain,
    ...(options.allOptions ? { title: "PairPac local test space" } : {}),
    certificate: { certificatePem: values.certificate.certificatePem, privateKeyPem: values.certificate.privateKeyPem },
    hostKey: values.gatewayHostKey,
    bootstrapHostKey: complete.gatewayBootstrapHostKey as LocalKeyPair,
    desktops: values.desktops.slice(0, options.desktops).map((d) => ({
      index: d.index, name: `Desktop-${d.index}`, tunnelPublicKey: d.tunnelKey.publicKeyOpenssh, vncPassword: d.vncPassword,
      ...(options.allOptions ? { guacamoleAudio: true } : {}),
    })),
    guacamoleUsers: [
      { name: values.guacamole.collaborate.name, passwordSha256: sha256Hex(values.guacamole.collaborate.password), access: "collaborate" },
      ...(options.allOptions ? [{ name: values.guacamole.watch.name, passwordSha256: sha256Hex(values.guacamole.watch.password), access: "watch" as const }] : []),
    ],
    mumble: values.mumble,
    ...(options.allOptions ? { mail: { user: values.mail.user, passwordBcrypt: values.mail.passwordBcrypt }, dataVolumeDevice: LOCAL_DATA_DEVICE } : {}),
  };
}

/** Desktop role properties from local values for desktop `index`, everything optional on with `allOptions`. */
export function desktopProps(values: LocalValues, options: { readonly os: Os; readonly index: number; readonly allOptions: boolean }): DesktopRoleProps {
  const desktop = completeLocalValues(values).desktops.find((d) => d.index === options.index);
  if (desktop === undefined) {
    throw invalid("--index", options.index, `has no generated values (the values hold ${values.desktops.length} desktop(s))`, "Raise --desktops.");
  }
  return {
    index: desktop.index,
    os: options.os,
    spaceName: values.domain.split(".")[0],
    landingUrl: `https://${values.domain}/`,
    gatewayHost: values.domain,
    gatewayHostPublicKey: values.gatewayHostKey.publicKeyOpenssh,
    tunnelPrivateKey: desktop.tunnelKey.privateKeyOpenssh,
    hostKey: desktop.hostKey as LocalKeyPair,
    bootstrapHostKey: desktop.bootstrapHostKey as LocalKeyPair,
    gatewayCertificatePem: values.certificate.certificatePem,
    vncPassword: desktop.vncPassword,
    mumblePassword: values.mumble.serverPassword,
    ...(options.allOptions ? {
      mail: { address: `${values.mail.user}@${values.domain}`, user: `${values.mail.user}@${values.domain}`, password: values.mail.password },
      bundles: [...Bundle.all()],
      screen: ScreenSize.FULL_HD,
      timezone: "Europe/Berlin",
      dataVolumeDevice: LOCAL_DATA_DEVICE,
      guacamoleAudio: true,
    } : {}),
  };
}

/** A role rendered from local values: user-data and the two delivery bundles. */
export interface LocalRole {
  /** The user-data document. */
  readonly cloudConfig: CloudConfig;
  /** The first delivery (the permanent host key). */
  readonly bootstrap: DeliveryBundle;
  /** Every later delivery. */
  readonly delivery: DeliveryBundle;
}

/** Renders the requested role from local values: the one place where the CLI calls the roles. */
export function describeRole(options: Pick<RenderCliOptions, "role" | "os" | "desktops" | "index" | "allOptions">, values: LocalValues): LocalRole {
  return options.role === "gateway"
    ? describeGatewayRole(gatewayProps(values, options))
    : describeDesktopRole(desktopProps(values, options));
}

/** The user-data of the requested role (see {@link describeRole}). */
export function renderRole(options: Pick<RenderCliOptions, "role" | "os" | "desktops" | "index" | "allOptions">, values: LocalValues): CloudConfig {
  return describeRole(options, values).cloudConfig;
}

/** Host name of the rendered machine. */
export function localHostname(options: Pick<RenderCliOptions, "role" | "index">): string {
  return options.role === "gateway" ? "gateway" : `desktop-${options.index}`;
}

/**
 * NoCloud meta-data: a fresh instance-id (so cloud-init runs again for a new seed), the host name and the admin key
 * (cloud-init authorizes it for the image's default user, as a cloud's metadata does), which the deliveries log in with.
 */
export function metaData(options: Pick<RenderCliOptions, "role" | "index">, values?: LocalValues): string {
  const hostname = localHostname(options);
  const admin = values === undefined ? undefined : completeLocalValues(values).adminKey;
  return stringify({
    "instance-id": `pairpac-${hostname}-${randomBytes(4).toString("hex")}`,
    "local-hostname": hostname,
    ...(admin ? { "public-keys": [admin.publicKeyOpenssh.trim()] } : {}),
  });
}
