/**
 * Shared handling of an RFC 2136 server: validated settings, the hashicorp/dns provider configuration, the
 * sensitive TSIG secret variable, and the matching lego (ACME DNS-01) configuration.
 */
import { DnsProvider } from "@cdktf/provider-dns/lib/provider";
import type { TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { invalid } from "../../../src/errors";
import type { Rfc2136ServerProps } from "../rfc2136-server-props";
import { checkPort, checkServer, joinHostPort } from "./dns-names";
import { checkVariableName, stackVariable } from "./stack-variable";

/**
 * TSIG algorithms of hashicorp/dns 3.4.3 (`update.key_algorithm`: hmac-md5, hmac-sha1, hmac-sha256, hmac-sha512;
 * checked in the provider's config.go and in ../shared/schemas/dns.json) that lego's rfc2136 provider also accepts
 * (lego providers/dns/rfc2136: HmacSHA1, SHA224, SHA256, SHA384, SHA512; no MD5).
 */
export const TSIG_ALGORITHMS = ["hmac-sha1", "hmac-sha256", "hmac-sha512"] as const;

/** Default name of the Terraform variable holding the TSIG secret. */
export const DEFAULT_TSIG_SECRET_VARIABLE = "dns_tsig_secret";

/** TSIG key names are domain names; BIND also allows underscores. */
const KEY_NAME = /^(?!-)[A-Za-z0-9_-]{1,63}(\.(?!-)[A-Za-z0-9_-]{1,63})*\.?$/;

/** Validated RFC 2136 settings with defaults applied. */
export interface Rfc2136Settings {
  /** Server host or address. */
  readonly server: string;
  /** Server port. */
  readonly port: number;
  /** Key name with trailing dot (hashicorp/dns requires a fully-qualified key name). */
  readonly keyName: string;
  /** One of {@link TSIG_ALGORITHMS}. */
  readonly keyAlgorithm: string;
  /** Name of the secret variable. */
  readonly keySecretVariable: string;
}

/** Validates the props of an RFC 2136 server; `field` prefixes the field names in errors. */
export function rfc2136Settings(field: string, props: Rfc2136ServerProps): Rfc2136Settings {
  if (typeof props !== "object" || props === null) {
    throw invalid(field, props, "must be an object with server and keyName", "Pass e.g. { server: \"ns1.example.org\", keyName: \"pairpac\" }.");
  }
  const server = checkServer(`${field}.server`, props.server);
  const port = checkPort(`${field}.port`, props.port ?? 53);
  if (typeof props.keyName !== "string" || !KEY_NAME.test(props.keyName) || props.keyName.length > 254) {
    throw invalid(`${field}.keyName`, props.keyName, "must be the TSIG key name as configured on the server (a domain name such as \"pairpac\")",
      "Use the name from the server's `key \"...\" { ... }` statement.");
  }
  const keyName = props.keyName.endsWith(".") ? props.keyName : `${props.keyName}.`;
  const keyAlgorithm = props.keyAlgorithm ?? "hmac-sha256";
  if (!(TSIG_ALGORITHMS as readonly string[]).includes(keyAlgorithm)) {
    const md5 = keyAlgorithm === "hmac-md5";
    throw invalid(`${field}.keyAlgorithm`, keyAlgorithm,
      md5 ? "is not supported: lego (the ACME library that answers the DNS-01 challenge) rejects HMAC-MD5, and MD5 is obsolete"
        : `must be one of ${TSIG_ALGORITHMS.map((a) => JSON.stringify(a)).join(", ")}`,
      "Use \"hmac-sha256\" (generate a key with `tsig-keygen -a hmac-sha256 pairpac`).");
  }
  const keySecretVariable = checkVariableName(`${field}.keySecretVariable`, props.keySecretVariable ?? DEFAULT_TSIG_SECRET_VARIABLE);
  return { server, port, keyName, keyAlgorithm, keySecretVariable };
}

/**
 * The stack-level sensitive variable holding the TSIG secret, created on first use (so a zone and a parent on
 * the same server share it, and its Terraform name is exactly `settings.keySecretVariable`).
 */
export function tsigSecretVariable(scope: Construct, settings: Rfc2136Settings, field: string = "keySecretVariable"): TerraformVariable {
  return stackVariable(scope, field, settings.keySecretVariable, {
    type: "string",
    sensitive: true,
    nullable: false,
    description: `Base64 secret of the TSIG key ${settings.keyName} (${settings.keyAlgorithm}) for dynamic DNS updates on ${settings.server}. Set it with TF_VAR_${settings.keySecretVariable}; never commit it.`,
  });
}

/** The hashicorp/dns provider configuration that sends signed updates to the server. */
export function rfc2136Provider(scope: Construct, id: string, settings: Rfc2136Settings, secret: TerraformVariable): DnsProvider {
  return new DnsProvider(scope, id, {
    update: [{
      server: settings.server,
      port: settings.port,
      keyName: settings.keyName,
      keyAlgorithm: settings.keyAlgorithm,
      keySecret: secret.stringValue,
    }],
  });
}

/**
 * lego's `rfc2136` DNS-01 configuration (keys checked in lego providers/dns/rfc2136/rfc2136.go and the acme
 * provider's docs/guides/dns-providers-rfc2136.md): the algorithm is written fully qualified with its trailing
 * dot, as lego's documentation shows and as older lego versions require.
 */
export function rfc2136LegoConfig(settings: Rfc2136Settings, secret: TerraformVariable): Record<string, string> {
  return {
    RFC2136_NAMESERVER: joinHostPort(settings.server, settings.port),
    RFC2136_TSIG_ALGORITHM: `${settings.keyAlgorithm}.`,
    RFC2136_TSIG_KEY: settings.keyName,
    RFC2136_TSIG_SECRET: secret.stringValue,
  };
}
