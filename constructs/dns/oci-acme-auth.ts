import { Fn, Token } from "cdktf";
import type { IConstruct } from "constructs";
import { invalid } from "../../src/errors";
import { OCI_REGION, ocidPattern } from "../../src/formats";
import { checkVariableName, stackVariable } from "./private/stack-variable";

/** API-key credentials for lego's `oraclecloud` DNS provider, see {@link OciAcmeAuth.apiKey}. */
export interface OciAcmeApiKeyProps {
  /** OCID of the tenancy (`ocid1.tenancy.…`; token allowed). */
  readonly tenancyOcid: string;
  /** OCID of the user the API key belongs to (`ocid1.user.…`; token allowed). */
  readonly userOcid: string;
  /** Fingerprint of the API key, 16 hex pairs separated by colons (token allowed). */
  readonly fingerprint: string;
  /** Region of the DNS API endpoint, e.g. `eu-frankfurt-1` (OCI DNS zones are global; any region works). */
  readonly region: string;
  /**
   * Sensitive Terraform variable holding the API private key in PEM form; created in the stack when missing.
   * @default "oci_acme_private_key"
   */
  readonly privateKeyVariable?: string;
  /**
   * Sensitive Terraform variable holding the passphrase of an encrypted private key.
   * @default - the key is not encrypted
   */
  readonly passphraseVariable?: string;
}

/**
 * Settings of {@link OciAcmeAuth.apiKeyVariables}. It is the default of `DnsZone.oci` (region: the zone's),
 * and no other tool reads its variables.
 */
export interface OciAcmeApiKeyVariablesProps {
  /** Region of the DNS API endpoint, e.g. `eu-frankfurt-1` (OCI DNS zones are global; any subscribed region works). */
  readonly region: string;
  /**
   * Prefix of the Terraform variable names.
   * @default "pairpac_acme_oci_"
   */
  readonly variablePrefix?: string;
}

/** Propagation timeout in seconds that PairPac gives lego's oraclecloud provider (lego's default is 60 s). */
export const OCI_LEGO_PROPAGATION_TIMEOUT_SECONDS = 600;
/** Polling interval in seconds of that wait. */
export const OCI_LEGO_POLLING_INTERVAL_SECONDS = 10;

/**
 * How the ACME provider's lego `oraclecloud` DNS provider authenticates to OCI to write the `_acme-challenge` TXT
 * records. lego reads its settings from `dns_challenge.config` and, for keys missing there, from the environment
 * of the process running Terraform. Key names checked in lego `providers/dns/oraclecloud` (OCI_PRIVKEY_FILE,
 * OCI_PRIVKEY_PASS, OCI_TENANCY_OCID, OCI_USER_OCID, OCI_PUBKEY_FINGERPRINT, OCI_REGION, OCI_COMPARTMENT_OCID,
 * OCI_AUTH_TYPE; newer lego versions also accept the aliases OCI_PRIVATE_KEY_PATH, OCI_FINGERPRINT, ...).
 * The zone's compartment (`OCI_COMPARTMENT_OCID`) is always set by the zone.
 */
export abstract class OciAcmeAuth {
  /**
   * Credentials from the environment of `cdktf deploy`: export `OCI_PRIVKEY_FILE` (path of the API key PEM),
   * `OCI_PRIVKEY_PASS` (if encrypted), `OCI_TENANCY_OCID`, `OCI_USER_OCID`, `OCI_PUBKEY_FINGERPRINT` and
   * `OCI_REGION`. Nothing about them is written into the configuration or the state.
   *
   * Not the default, because it shares the environment with the oracle/oci provider: lego reads
   * `OCI_PRIVATE_KEY` (an alias of `OCI_PRIVKEY`) as base64 before any key file, so the provider's PEM in
   * `OCI_PRIVATE_KEY` makes lego fail and print the PEM in its error. The synth therefore fails (naming
   * `OCI_PRIVATE_KEY`) when its own environment has `OCI_PRIVATE_KEY` without `OCI_PRIVKEY`; a synth in another
   * environment than the deploy cannot see that, so unset `OCI_PRIVATE_KEY` where Terraform runs.
   */
  public static environment(): OciAcmeAuth {
    return new EnvironmentAuth();
  }

  /**
   * Instance principal: Terraform runs on an OCI instance whose dynamic group may manage DNS records in the
   * branch compartment (`OCI_AUTH_TYPE=instance_principal`).
   */
  public static instancePrincipal(): OciAcmeAuth {
    return new InstancePrincipalAuth();
  }

  /**
   * An API key whose private key comes from a sensitive Terraform variable (passed to lego base64-encoded as
   * `OCI_PRIVKEY`); the non-secret identifiers are given here.
   */
  public static apiKey(props: OciAcmeApiKeyProps): OciAcmeAuth {
    return new ApiKeyAuth(props);
  }

  /**
   * An API key given entirely as sensitive Terraform variables, passed to lego in `dns_challenge.config` under
   * the primary names lego reads first (lego v4.35.2 `providers/dns/oraclecloud`: `OCI_PRIVKEY` (base64) is read
   * before its alias `OCI_PRIVATE_KEY`, and `OCI_TENANCY_OCID`, `OCI_USER_OCID`, `OCI_PUBKEY_FINGERPRINT`,
   * `OCI_REGION` before `OCI_FINGERPRINT` and the `TF_VAR_*` aliases; the acme provider v2.48.3 sets the config
   * keys as environment variables of its DNS plugin, `acme/dnsplugin/plugin.go`). So lego never falls back to
   * `OCI_PRIVATE_KEY`, which the oracle/oci provider reads as PEM text while lego would decode it as base64 and
   * print it in the error. Variables (`TF_VAR_<name>` in the environment; no tool other than Terraform reads
   * these names): `<prefix>tenancy_ocid`, `<prefix>user_ocid`, `<prefix>fingerprint`, `<prefix>private_key`
   * (PEM) and `<prefix>private_key_password` (default empty: an unencrypted key). This is the default of
   * `DnsZone.oci`, with the zone's region.
   */
  public static apiKeyVariables(props: OciAcmeApiKeyVariablesProps): OciAcmeAuth {
    return new ApiKeyVariablesAuth(props);
  }

  /** Short name of the method: `environment`, `instance-principal`, `api-key` or `api-key-variables`. */
  public abstract readonly method: "environment" | "instance-principal" | "api-key" | "api-key-variables";

  /** The lego configuration keys this method sets (sensitive values only as variable references). */
  public abstract legoConfig(scope: IConstruct): Record<string, string>;
}

class EnvironmentAuth extends OciAcmeAuth {
  public readonly method = "environment";

  public legoConfig(): Record<string, string> {
    // lego v4.35.2 providers/dns/oraclecloud/configurationprovider.go reads the private key from OCI_PRIVKEY or
    // its alias OCI_PRIVATE_KEY (base64) before OCI_PRIVKEY_FILE; the oracle/oci provider reads OCI_PRIVATE_KEY
    // as PEM text. The value is never shown here: it is a secret.
    const env = process.env;
    if (nonEmpty(env.OCI_PRIVATE_KEY) && !nonEmpty(env.OCI_PRIVKEY)) {
      throw invalid("oci.acmeAuth", "OciAcmeAuth.environment()",
        "cannot be used while OCI_PRIVATE_KEY is set: lego would decode that PEM as base64 and print it in its error",
        "Use OciAcmeAuth.apiKeyVariables({ region }) (the default; TF_VAR_pairpac_acme_oci_* variables), or unset OCI_PRIVATE_KEY and give the oracle/oci provider OCI_PRIVATE_KEY_PATH instead.");
    }
    return {};
  }
}

function nonEmpty(value: string | undefined): boolean {
  return value !== undefined && value !== "";
}

class InstancePrincipalAuth extends OciAcmeAuth {
  public readonly method = "instance-principal";

  public legoConfig(): Record<string, string> {
    return { OCI_AUTH_TYPE: "instance_principal" };
  }
}

const FINGERPRINT = /^[0-9a-f]{2}(:[0-9a-f]{2}){15}$/;

class ApiKeyAuth extends OciAcmeAuth {
  public readonly method = "api-key";
  private readonly props: OciAcmeApiKeyProps;
  private readonly privateKeyVariable: string;

  public constructor(props: OciAcmeApiKeyProps) {
    super();
    if (typeof props !== "object" || props === null) {
      throw invalid("apiKey", props, "must be an object with tenancyOcid, userOcid, fingerprint and region", "See OciAcmeApiKeyProps.");
    }
    check("apiKey.tenancyOcid", props.tenancyOcid, ocidPattern("tenancy"), "must be an OCID", "Use the tenancy OCID from the OCI console (ocid1.tenancy.oc1..…).");
    check("apiKey.userOcid", props.userOcid, ocidPattern("user"), "must be an OCID", "Use the user OCID from the OCI console (ocid1.user.oc1..…).");
    check("apiKey.fingerprint", props.fingerprint, FINGERPRINT, "must be 16 lower-case hex pairs separated by colons", "Use the fingerprint shown next to the API key, e.g. 12:34:…:ef (16 pairs).");
    check("apiKey.region", props.region, OCI_REGION, "must be an OCI region identifier", "Use a region identifier such as \"eu-frankfurt-1\".");
    this.privateKeyVariable = checkVariableName("apiKey.privateKeyVariable", props.privateKeyVariable ?? "oci_acme_private_key");
    if (props.passphraseVariable !== undefined) {
      checkVariableName("apiKey.passphraseVariable", props.passphraseVariable);
    }
    this.props = props;
  }

  public legoConfig(scope: IConstruct): Record<string, string> {
    const key = stackVariable(scope, "apiKey.privateKeyVariable", this.privateKeyVariable, {
      type: "string",
      sensitive: true,
      nullable: false,
      description: `PEM private key of the OCI API key ${this.props.fingerprint} that lego uses for ACME DNS-01 challenges. Set it with TF_VAR_${this.privateKeyVariable}; never commit it.`,
    });
    const config: Record<string, string> = {
      OCI_TENANCY_OCID: this.props.tenancyOcid,
      OCI_USER_OCID: this.props.userOcid,
      OCI_PUBKEY_FINGERPRINT: this.props.fingerprint,
      OCI_REGION: this.props.region,
      OCI_PRIVKEY: Fn.base64encode(key.stringValue),
    };
    if (this.props.passphraseVariable !== undefined) {
      const passphrase = stackVariable(scope, "apiKey.passphraseVariable", this.props.passphraseVariable, {
        type: "string",
        sensitive: true,
        nullable: false,
        description: `Passphrase of the OCI API private key in ${this.privateKeyVariable}.`,
      });
      config.OCI_PRIVKEY_PASS = passphrase.stringValue;
    }
    return config;
  }
}

class ApiKeyVariablesAuth extends OciAcmeAuth {
  public readonly method = "api-key-variables";
  private readonly region: string;
  private readonly prefix: string;

  public constructor(props: OciAcmeApiKeyVariablesProps) {
    super();
    if (typeof props !== "object" || props === null) {
      throw invalid("apiKeyVariables", props, "must be an object with region", "Pass e.g. { region: \"eu-frankfurt-1\" }.");
    }
    check("apiKeyVariables.region", props.region, OCI_REGION, "must be an OCI region identifier", "Use a region identifier such as \"eu-frankfurt-1\".");
    this.prefix = props.variablePrefix ?? "pairpac_acme_oci_";
    checkVariableName("apiKeyVariables.variablePrefix", `${this.prefix}x`);
    this.region = props.region;
  }

  public legoConfig(scope: IConstruct): Record<string, string> {
    const variable = (suffix: string, description: string, defaultValue?: string) =>
      stackVariable(scope, "apiKeyVariables.variablePrefix", `${this.prefix}${suffix}`, {
        type: "string",
        sensitive: true,
        nullable: false,
        default: defaultValue,
        description: `${description} Set it with TF_VAR_${this.prefix}${suffix}; never commit it.`,
      }).stringValue;
    return {
      OCI_TENANCY_OCID: variable("tenancy_ocid", "Tenancy OCID of the OCI API key lego uses for ACME DNS-01 challenges."),
      OCI_USER_OCID: variable("user_ocid", "User OCID of that API key."),
      OCI_PUBKEY_FINGERPRINT: variable("fingerprint", "Fingerprint of that API key (aa:bb:…, 16 pairs)."),
      OCI_PRIVKEY: Fn.base64encode(variable("private_key", "PEM private key of that API key.")),
      OCI_PRIVKEY_PASS: variable("private_key_password", "Passphrase of that private key; empty for an unencrypted key.", ""),
      OCI_REGION: this.region,
    };
  }
}

function check(field: string, value: unknown, pattern: RegExp, problem: string, fix: string): void {
  if (typeof value !== "string" || (!Token.isUnresolved(value) && !pattern.test(value))) {
    throw invalid(field, value, problem, fix);
  }
}
