/**
 * Settings of the PairPac app (`stacks/main.ts`), read from environment variables and cdktf context.
 *
 * Pure: no cdktf import. Every setting has an environment variable (`PAIRPAC_*`) and a cdktf context key
 * (`cdktf.json` → `context`, or `cdktf synth --context`); the environment wins. Every value is validated here,
 * before any construct is created, so a bad setting fails with a message naming the setting, the bad value and
 * the fix, and nothing is written.
 *
 * With no settings at all, the embedded default describes a complete, realistic space whose external names are
 * placeholders (`example.org`, a made-up OCI compartment OCID): see {@link PLACEHOLDERS}.
 */
import { createHash } from "node:crypto";
import { Bundle } from "../../cloudinit/desktop/bundle";
import { invalid } from "../errors";
import { AWS_REGION, COMPARTMENT_OCID, OCI_REGION, isS3BucketName } from "../formats";

/** Where the branch's machines run. */
export type CloudName = "aws" | "oci";
/** Operating system of every machine. */
export type OsName = "ubuntu-24.04" | "debian-13";
/** How the branch's DNS zone is managed. */
export type DnsStrategyName = "rfc2136" | "oci";
/** Where Terraform state lives. */
export type BackendName = "local" | "hcp" | "s3";

/** What a teardown does with the data volumes (`PAIRPAC_TEARDOWN`). */
export type TeardownSettings =
  | {
      /**
       * Keep the data volumes: they leave Terraform's management (`removed` blocks) when the teardown runs as a deploy;
       * a destroy ignores `removed` blocks (Terraform 1.11) and stops at the teardown guard before the volumes.
       */
      readonly data: "keep";
    }
  | {
      /** Delete the data volumes, only of the stacks named. */
      readonly data: "delete";
      /** The stacks whose data may be deleted, by name. */
      readonly stackNames: readonly string[];
    };

/** Settings of one desktop. */
export interface DesktopSettings {
  /** Cloud of the desktop VM. */
  readonly cloud: CloudName;
}

/** Every setting of the app, validated and with defaults applied. */
export interface PairPacSettings {
  /** The parent DNS domain; each branch gets `<label>.<parentDomain>`. */
  readonly parentDomain: string;
  /** Contact address of the ACME (Let's Encrypt) account. */
  readonly acmeEmail: string;
  /** Branches that get a trusted Let's Encrypt certificate; all others use the staging CA. */
  readonly productionBranches: readonly string[];
  /** DNS strategy. */
  readonly dns: DnsStrategyName;
  /** RFC 2136 server (host name or IP). */
  readonly dnsServer: string;
  /** RFC 2136 server port. */
  readonly dnsPort: number;
  /** TSIG key name. */
  readonly dnsKeyName: string;
  /** TSIG algorithm. */
  readonly dnsKeyAlgorithm: string;
  /** State backend. */
  readonly backend: BackendName;
  /** HCP Terraform organization (backend hcp). */
  readonly hcpOrganization?: string;
  /** HCP Terraform project (backend hcp). */
  readonly hcpProject?: string;
  /** S3 bucket (backend s3). */
  readonly s3Bucket?: string;
  /** S3 bucket region (backend s3). */
  readonly s3Region: string;
  /** Key prefix in the S3 bucket (backend s3). */
  readonly s3KeyPrefix: string;
  /** Cloud of the gateway. */
  readonly gatewayCloud: CloudName;
  /** Desktops, in order: desktop n is `desktops[n-1]`. */
  readonly desktops: readonly DesktopSettings[];
  /** AWS region. */
  readonly awsRegion: string;
  /** AWS instance type. */
  readonly awsInstanceType: string;
  /** OCI region. */
  readonly ociRegion: string;
  /** OCID of the compartment under which each branch's compartment is created. */
  readonly ociParentCompartmentId: string;
  /** OCI shape. */
  readonly ociShape: string;
  /** Home region of the tenancy (where the branch compartment, an IAM resource, is written). */
  readonly ociHomeRegion: string;
  /** Availability domain pinned for every OCI machine (its name), or undefined to choose it at plan time. */
  readonly ociAvailabilityDomain?: string;
  /** Prefix of every branch compartment's name (`<prefix>.<branch>`), unique per project. */
  readonly ociCompartmentPrefix: string;
  /** Tear the branches down (keep or delete their data), or undefined to deploy them. */
  readonly teardown?: TeardownSettings;
  /** Operating system. */
  readonly os: OsName;
  /** Mail (Dovecot + Postfix) on the gateway. */
  readonly mail: boolean;
  /** IANA time zone of the machines. */
  readonly timezone: string;
  /** Locale of the desktops. */
  readonly locale: string;
  /** Desktop screen size. */
  readonly screen: {
    /** Width in pixels. */
    readonly width: number;
    /** Height in pixels. */
    readonly height: number;
  };
  /** Optional desktop software bundles. */
  readonly bundles: readonly string[];
  /** Names of the settings whose value is an embedded placeholder. */
  readonly placeholders: readonly string[];
}

/** A source of raw setting values: the environment and the cdktf context. */
export interface SettingsSource {
  /** Environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** cdktf context values (`node.tryGetContext`), keyed by context key. */
  readonly context?: (key: string) => unknown;
}

/** The placeholder values of the embedded default: fine for `synth`, never for `deploy`. */
export const PLACEHOLDERS = {
  /** Placeholder parent domain (RFC 2606 example domain). */
  parentDomain: "example.org",
  /** Placeholder ACME contact address. */
  acmeEmail: "hostmaster@example.org",
  /** Placeholder RFC 2136 server. */
  dnsServer: "ns1.example.org",
  /** Placeholder tenancy OCID (well-formed, made up). */
  ociParentCompartmentId: "ocid1.tenancy.oc1..aaaaaaaaexampleplaceholdertenancy0000000000000000000000000",
} as const;

/** Bundle names the desktop role knows (`Bundle.all()`). */
export const KNOWN_BUNDLES: readonly string[] = Bundle.all().map((b) => b.id);

const TSIG_ALGORITHMS = ["hmac-md5", "hmac-sha1", "hmac-sha256", "hmac-sha512"];
const DOMAIN_RE = /^(?=.{1,200}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const HOST_RE = /^(([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?|\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)$/i;
const EMAIL_RE = /^[^@\s]+@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const AWS_INSTANCE_RE = /^[a-z][a-z0-9-]*\.[a-z0-9]+$/;
const OCI_SHAPE_RE = /^VM\.[A-Za-z0-9.]+$/;
const TZ_RE = /^(UTC|[A-Z][A-Za-z_+-]*(\/[A-Za-z0-9_+-]+){1,2})$/;
const LOCALE_RE = /^[a-z]{2,3}_[A-Z]{2}\.UTF-8$/;
const OCI_COMPARTMENT_PREFIX_RE = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const HCP_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

/**
 * The default prefix of the branch compartments: `pairpac-` and the parent domain with dots as `-`, so two
 * projects (which never share a parent domain) never share a compartment name. A parent domain too long for
 * the 40 characters is cut and ends in 8 hex digits of its SHA-256.
 */
export function defaultCompartmentPrefix(parentDomain: string): string {
  const readable = `pairpac-${parentDomain.replace(/\./g, "-")}`;
  if (readable.length <= 40) return readable;
  return `${readable.slice(0, 31).replace(/-+$/, "")}-${createHash("sha256").update(parentDomain).digest("hex").slice(0, 8)}`;
}

/** One setting: its environment variable, its context key and how to read it. */
interface Spec<T> {
  readonly env: string;
  readonly context: string;
  readonly parse: (raw: string, field: string) => T;
}

function readRaw(source: SettingsSource, spec: { env: string; context: string }): { raw?: string; field: string } {
  const fromEnv = source.env[spec.env];
  if (fromEnv !== undefined) return { raw: fromEnv.trim(), field: spec.env };
  const fromContext = source.context?.(spec.context);
  if (fromContext === undefined || fromContext === null) return { field: `context.${spec.context}` };
  if (typeof fromContext === "string") return { raw: fromContext.trim(), field: `context.${spec.context}` };
  if (typeof fromContext === "number" || typeof fromContext === "boolean") return { raw: String(fromContext), field: `context.${spec.context}` };
  if (Array.isArray(fromContext) && fromContext.every((x) => typeof x === "string")) return { raw: fromContext.join(","), field: `context.${spec.context}` };
  throw invalid(`context.${spec.context}`, fromContext, "must be a string, number, boolean or list of strings", `Set it like "${spec.context}": "value" in cdktf.json.`);
}

function oneOf<T extends string>(values: readonly T[], example: string) {
  return (raw: string, field: string): T => {
    const v = raw.toLowerCase();
    if (!(values as readonly string[]).includes(v)) {
      throw invalid(field, raw, `must be one of ${values.join(", ")}`, `Use e.g. ${field}=${example}.`);
    }
    return v as T;
  };
}

function matching(re: RegExp | ((value: string) => boolean), what: string, example: string, lower = false) {
  const accepts = typeof re === "function" ? re : (value: string) => re.test(value);
  return (raw: string, field: string): string => {
    const v = lower ? raw.toLowerCase().replace(/\.$/, "") : raw;
    if (!accepts(v)) throw invalid(field, raw, `must be ${what}`, `Use e.g. ${field}=${example}.`);
    return v;
  };
}

function integer(min: number, max: number, example: number) {
  return (raw: string, field: string): number => {
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      throw invalid(field, raw, `must be an integer from ${min} to ${max}`, `Use e.g. ${field}=${example}.`);
    }
    return Number(raw);
  };
}

function boolean(raw: string, field: string): boolean {
  const v = raw.toLowerCase();
  if (["1", "true", "yes", "on"].includes(v)) return true;
  if (["0", "false", "no", "off"].includes(v)) return false;
  throw invalid(field, raw, "must be a boolean (true/false, on/off, yes/no, 1/0)", `Use e.g. ${field}=false.`);
}

function list(raw: string): string[] {
  return raw.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
}

const SPECS = {
  parentDomain: { env: "PAIRPAC_PARENT_DOMAIN", context: "parentDomain", parse: matching(DOMAIN_RE, "a DNS domain name with at least two labels (letters, digits, hyphens)", "spaces.example.net", true) },
  acmeEmail: { env: "PAIRPAC_ACME_EMAIL", context: "acmeEmail", parse: matching(EMAIL_RE, "an e-mail address", "hostmaster@spaces.example.net") },
  productionBranches: {
    env: "PAIRPAC_PRODUCTION_BRANCHES", context: "productionBranches",
    parse: (raw: string, field: string) => {
      const items = list(raw);
      if (items.length === 0 && raw.trim() !== "") throw invalid(field, raw, "must be a comma-separated list of branch names", `Use e.g. ${field}=main,release.`);
      return items;
    },
  },
  dns: { env: "PAIRPAC_DNS", context: "dns", parse: oneOf<DnsStrategyName>(["rfc2136", "oci"], "rfc2136") },
  dnsServer: { env: "PAIRPAC_DNS_SERVER", context: "dnsServer", parse: matching(HOST_RE, "a host name or IP address of the RFC 2136 server", "ns1.example.net") },
  dnsPort: { env: "PAIRPAC_DNS_PORT", context: "dnsPort", parse: integer(1, 65535, 53) },
  dnsKeyName: { env: "PAIRPAC_DNS_KEY_NAME", context: "dnsKeyName", parse: matching(/^([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\.?$/i, "a TSIG key name (a domain-name-like string)", "pairpac-key.") },
  dnsKeyAlgorithm: { env: "PAIRPAC_DNS_KEY_ALGORITHM", context: "dnsKeyAlgorithm", parse: oneOf(TSIG_ALGORITHMS, "hmac-sha256") },
  backend: { env: "PAIRPAC_BACKEND", context: "backend", parse: oneOf<BackendName>(["local", "hcp", "s3"], "hcp") },
  hcpOrganization: { env: "PAIRPAC_HCP_ORGANIZATION", context: "hcpOrganization", parse: matching(HCP_NAME_RE, "an HCP Terraform organization name (letters, digits, - and _, at most 40)", "my-team") },
  hcpProject: { env: "PAIRPAC_HCP_PROJECT", context: "hcpProject", parse: matching(/^[A-Za-z0-9][A-Za-z0-9 _-]{0,39}$/, "an HCP Terraform project name (letters, digits, spaces, - and _, at most 40)", "pairpac") },
  s3Bucket: { env: "PAIRPAC_S3_BUCKET", context: "s3Bucket", parse: matching(isS3BucketName, "an S3 bucket name (3-63 lower-case letters, digits, dots, hyphens; no '..', not an IP address)", "my-team-tfstate") },
  s3Region: { env: "PAIRPAC_S3_REGION", context: "s3Region", parse: matching(AWS_REGION, "an AWS region", "eu-central-1") },
  s3KeyPrefix: { env: "PAIRPAC_S3_KEY_PREFIX", context: "s3KeyPrefix", parse: matching(/^[A-Za-z0-9!_.*'()-]+(\/[A-Za-z0-9!_.*'()-]+)*$/, "an S3 key prefix without leading or trailing '/'", "pairpac") },
  gatewayCloud: { env: "PAIRPAC_GATEWAY_CLOUD", context: "gatewayCloud", parse: oneOf<CloudName>(["aws", "oci"], "aws") },
  desktops: {
    env: "PAIRPAC_DESKTOPS", context: "desktops",
    parse: (raw: string, field: string): DesktopSettings[] => {
      const items = list(raw);
      if (items.length < 1 || items.length > 8) {
        throw invalid(field, raw, "must list 1 to 8 desktop clouds, one per desktop", `Use e.g. ${field}=oci,oci for two desktops on OCI.`);
      }
      return items.map((c, i) => ({ cloud: oneOf<CloudName>(["aws", "oci"], "oci")(c, `${field}[${i}]`) }));
    },
  },
  awsRegion: { env: "PAIRPAC_AWS_REGION", context: "awsRegion", parse: matching(AWS_REGION, "an AWS region", "eu-central-1") },
  awsInstanceType: { env: "PAIRPAC_AWS_INSTANCE_TYPE", context: "awsInstanceType", parse: matching(AWS_INSTANCE_RE, "an EC2 instance type", "t3.micro") },
  ociRegion: { env: "PAIRPAC_OCI_REGION", context: "ociRegion", parse: matching(OCI_REGION, "an OCI region identifier", "eu-frankfurt-1") },
  ociParentCompartmentId: { env: "PAIRPAC_OCI_PARENT_COMPARTMENT_ID", context: "ociParentCompartmentId", parse: matching(COMPARTMENT_OCID, "the OCID of a tenancy or compartment", "ocid1.compartment.oc1..aaaa…") },
  ociShape: { env: "PAIRPAC_OCI_SHAPE", context: "ociShape", parse: matching(OCI_SHAPE_RE, "an OCI VM shape", "VM.Standard.E2.1.Micro") },
  ociHomeRegion: { env: "PAIRPAC_OCI_HOME_REGION", context: "ociHomeRegion", parse: matching(OCI_REGION, "an OCI region identifier (the tenancy's home region)", "eu-frankfurt-1") },
  ociAvailabilityDomain: { env: "PAIRPAC_OCI_AVAILABILITY_DOMAIN", context: "ociAvailabilityDomain", parse: matching(/^[A-Za-z0-9]{1,10}:[A-Z]{2}(-[A-Z]+)+-\d+-AD-[1-3]$/, "an availability domain name as OCI lists it (tenancy prefix, colon, region key, AD number)", "Uocm:EU-FRANKFURT-1-AD-2") },
  ociCompartmentPrefix: { env: "PAIRPAC_OCI_COMPARTMENT_PREFIX", context: "ociCompartmentPrefix", parse: matching(OCI_COMPARTMENT_PREFIX_RE, "1-40 lower-case letters, digits, - or _ (no dot), starting with a letter or digit", "pairpac-team-a") },
  teardown: {
    env: "PAIRPAC_TEARDOWN", context: "teardown",
    parse: (raw: string, field: string): TeardownSettings => {
      if (raw.toLowerCase() === "keep") return { data: "keep" };
      const m = /^delete:(.+)$/i.exec(raw);
      const stackNames = m ? list(m[1]) : [];
      if (!m || stackNames.length === 0) {
        throw invalid(field, raw, "must be keep (the data volumes leave Terraform's management) or delete:<stack>[,<stack>…] (the named stacks' data volumes are deleted)", `Use e.g. ${field}=keep, or ${field}=delete:main to delete the data of stack main.`);
      }
      return { data: "delete", stackNames };
    },
  },
  os: { env: "PAIRPAC_OS", context: "os", parse: oneOf<OsName>(["ubuntu-24.04", "debian-13"], "ubuntu-24.04") },
  mail: { env: "PAIRPAC_MAIL", context: "mail", parse: boolean },
  timezone: { env: "PAIRPAC_TIMEZONE", context: "timezone", parse: matching(TZ_RE, "an IANA time zone name", "Europe/Berlin") },
  locale: { env: "PAIRPAC_LOCALE", context: "locale", parse: matching(LOCALE_RE, "a UTF-8 locale like en_US.UTF-8", "de_DE.UTF-8") },
  screen: {
    env: "PAIRPAC_SCREEN", context: "screen",
    parse: (raw: string, field: string) => {
      const m = /^(\d{3,4})x(\d{3,4})$/.exec(raw);
      const width = m ? Number(m[1]) : NaN;
      const height = m ? Number(m[2]) : NaN;
      if (!m || width < 640 || width > 3840 || height < 480 || height > 2160) {
        throw invalid(field, raw, "must be WIDTHxHEIGHT with 640-3840 by 480-2160 pixels", `Use e.g. ${field}=1920x1080.`);
      }
      return { width, height };
    },
  },
  bundles: {
    env: "PAIRPAC_BUNDLES", context: "bundles",
    parse: (raw: string, field: string) => {
      const items = list(raw).map((b) => b.toLowerCase());
      for (const b of items) {
        if (!KNOWN_BUNDLES.includes(b)) {
          throw invalid(field, raw, `names an unknown bundle "${b}"; known: ${KNOWN_BUNDLES.join(", ")}`, `Use e.g. ${field}=office,podcasts.`);
        }
      }
      return [...new Set(items)];
    },
  },
} satisfies Record<string, Spec<unknown>>;

type Parsed = { [K in keyof typeof SPECS]: ReturnType<(typeof SPECS)[K]["parse"]> };

/** Every environment variable the app reads (besides the branch variables). */
export const SETTING_VARIABLES: readonly string[] = Object.values(SPECS).map((s) => s.env);

/**
 * Reads and validates every setting. Throws a {@link PairPacError} for the first bad value; unknown
 * `PAIRPAC_*` variables are rejected too (a typo must not silently fall back to a default).
 */
export function loadSettings(source: SettingsSource): PairPacSettings {
  const known = new Set([...SETTING_VARIABLES, "PAIRPAC_BRANCH", "PAIRPAC_BRANCHES"]);
  for (const name of Object.keys(source.env).sort()) {
    if (name.startsWith("PAIRPAC_") && !known.has(name)) {
      const close = [...known].find((k) => k.replace(/_/g, "") === name.replace(/_/g, "") || k.startsWith(name) || name.startsWith(k));
      throw invalid(name, source.env[name], "is not a PairPac setting", close ? `Did you mean ${close}?` : `Known settings: ${[...known].sort().join(", ")}.`);
    }
  }
  const got: Partial<Parsed> = {};
  const fields: Partial<Record<keyof Parsed, string>> = {};
  for (const key of Object.keys(SPECS) as (keyof Parsed)[]) {
    const spec = SPECS[key] as Spec<unknown>;
    const { raw, field } = readRaw(source, spec);
    fields[key] = field;
    if (raw === undefined) continue;
    if (raw === "" && key !== "productionBranches" && key !== "bundles") {
      throw invalid(field, raw, "is set but empty", `Unset ${spec.env} to use the default, or give it a value.`);
    }
    (got as Record<string, unknown>)[key] = spec.parse(raw, field);
  }

  const placeholders: string[] = [];
  const orPlaceholder = <K extends keyof typeof PLACEHOLDERS>(key: K): string => {
    const v = got[key] as string | undefined;
    if (v !== undefined) return v;
    placeholders.push(SPECS[key].env);
    return PLACEHOLDERS[key];
  };

  const backend = got.backend ?? "local";
  if (backend === "hcp" && got.hcpOrganization === undefined) {
    throw invalid(SPECS.hcpOrganization.env, undefined, "is required with PAIRPAC_BACKEND=hcp", "Set PAIRPAC_HCP_ORGANIZATION to your HCP Terraform organization.");
  }
  if (backend === "s3" && got.s3Bucket === undefined) {
    throw invalid(SPECS.s3Bucket.env, undefined, "is required with PAIRPAC_BACKEND=s3", "Set PAIRPAC_S3_BUCKET to an existing bucket for Terraform state.");
  }
  if (backend !== "hcp" && (got.hcpOrganization !== undefined || got.hcpProject !== undefined)) {
    throw invalid(fields.hcpOrganization ?? "PAIRPAC_HCP_ORGANIZATION", got.hcpOrganization ?? got.hcpProject, `has no effect with backend ${backend}`, "Set PAIRPAC_BACKEND=hcp, or unset the HCP settings.");
  }
  if (backend !== "s3" && got.s3Bucket !== undefined) {
    throw invalid(fields.s3Bucket ?? "PAIRPAC_S3_BUCKET", got.s3Bucket, `has no effect with backend ${backend}`, "Set PAIRPAC_BACKEND=s3, or unset PAIRPAC_S3_BUCKET.");
  }

  const gatewayCloud = got.gatewayCloud ?? "aws";
  const desktops = got.desktops ?? [{ cloud: "oci" as const }];
  const os = got.os ?? "ubuntu-24.04";
  const usesOci = gatewayCloud === "oci" || desktops.some((d) => d.cloud === "oci");
  const dns = got.dns ?? "rfc2136";
  if (os === "debian-13" && usesOci) {
    throw invalid(fields.os ?? "PAIRPAC_OS", os, "is not available on OCI (Oracle publishes no Debian platform image)", "Use PAIRPAC_OS=ubuntu-24.04, or put every machine on AWS.");
  }
  if (dns === "oci" && !usesOci) {
    throw invalid(fields.dns ?? "PAIRPAC_DNS", dns, "needs an OCI compartment, but no machine runs on OCI", "Use PAIRPAC_DNS=rfc2136, or place a machine on OCI.");
  }
  const ociShape = got.ociShape ?? "VM.Standard.E2.1.Micro";
  if (got.ociShape !== undefined && !["VM.Standard.E2.1.Micro", "VM.Standard.A1.Flex"].includes(ociShape)) {
    throw invalid(fields.ociShape ?? "PAIRPAC_OCI_SHAPE", ociShape, "is not an Always Free shape PairPac supports", "Use VM.Standard.E2.1.Micro or VM.Standard.A1.Flex.");
  }

  const parentDomain = orPlaceholder("parentDomain");
  const acmeEmail = orPlaceholder("acmeEmail");
  const dnsServer = orPlaceholder("dnsServer");
  const ociParentCompartmentId = usesOci ? orPlaceholder("ociParentCompartmentId") : (got.ociParentCompartmentId ?? PLACEHOLDERS.ociParentCompartmentId);

  return {
    parentDomain,
    acmeEmail,
    productionBranches: got.productionBranches ?? [],
    dns,
    dnsServer,
    dnsPort: got.dnsPort ?? 53,
    dnsKeyName: got.dnsKeyName ?? "pairpac.",
    dnsKeyAlgorithm: got.dnsKeyAlgorithm ?? "hmac-sha256",
    backend,
    hcpOrganization: got.hcpOrganization,
    hcpProject: got.hcpProject,
    s3Bucket: got.s3Bucket,
    s3Region: got.s3Region ?? got.awsRegion ?? "eu-central-1",
    s3KeyPrefix: got.s3KeyPrefix ?? "pairpac",
    gatewayCloud,
    desktops,
    awsRegion: got.awsRegion ?? "eu-central-1",
    awsInstanceType: got.awsInstanceType ?? "t3.micro",
    ociRegion: got.ociRegion ?? "eu-frankfurt-1",
    ociParentCompartmentId,
    ociShape,
    ociHomeRegion: got.ociHomeRegion ?? got.ociRegion ?? "eu-frankfurt-1",
    ociAvailabilityDomain: got.ociAvailabilityDomain,
    ociCompartmentPrefix: got.ociCompartmentPrefix ?? defaultCompartmentPrefix(parentDomain),
    teardown: got.teardown,
    os,
    mail: got.mail ?? true,
    timezone: got.timezone ?? "UTC",
    locale: got.locale ?? "en_US.UTF-8",
    screen: got.screen ?? { width: 1600, height: 900 },
    bundles: got.bundles ?? [],
    placeholders,
  };
}
