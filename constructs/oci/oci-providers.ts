import type { TerraformProvider } from "cdktf";
import type { IConstruct } from "constructs";
import { OciProvider } from "../../.gen/providers/oci/provider";
import { invalid } from "../../src/errors";
import { OCI_REGION } from "../../src/formats";
import { perStack } from "../private/per-stack";

/** Options for {@link OciProviders.forRegion}. */
export interface OciProviderOptions {
  /**
   * Profile of the OCI config file (`~/.oci/config`) to read credentials from.
   * @default - `OCI_CONFIG_FILE_PROFILE` / `TF_VAR_config_file_profile`, else the file's DEFAULT profile
   */
  readonly configFileProfile?: string;
}

/**
 * One `oci` provider configuration per region and stack, found or created; the first region gets the
 * default configuration, every further region an alias equal to the region name.
 *
 * Credentials never appear in the configuration. The oracle/oci provider (8.x) reads every argument it is not
 * given from the environment, each under two names, `TF_VAR_<argument>` and `OCI_<ARGUMENT>`:
 * `tenancy_ocid`, `user_ocid`, `fingerprint`, `private_key` (PEM text) or `private_key_path`,
 * `private_key_password`, `region`, `auth`, `config_file_profile` (e.g. `OCI_TENANCY_OCID`,
 * `OCI_PRIVATE_KEY_PATH`); whatever is still missing comes from the OCI config file `~/.oci/config` (profile
 * DEFAULT, or `config_file_profile`). Checked in the provider's `SchemaMap()` (`MultiEnvDefaultFunc` with
 * `tfVarName`/`ociVarName`) and `GetSdkConfigProvider`. Only the region is written here.
 */
export class OciProviders {
  /** The provider configuration for `region` in the stack of `scope`, created on first use. */
  static forRegion(scope: IConstruct, region: string, options: OciProviderOptions = {}): TerraformProvider {
    if (!OCI_REGION.test(region)) {
      throw invalid("region", region, "is not an OCI region identifier", 'Use e.g. "eu-frankfurt-1".');
    }
    return perStack(scope, {
      id: `OciProvider-${region}`,
      type: OciProvider,
      matches: (p) => p.regionInput === region,
      create: (stack, id) => new OciProvider(stack, id, {
        region,
        alias: stack.node.findAll().some((c) => c instanceof OciProvider && c.aliasInput === undefined) ? region : undefined,
        configFileProfile: options.configFileProfile,
      }),
      reuse: (existing) => {
        if (options.configFileProfile !== undefined && existing.configFileProfileInput !== options.configFileProfile) {
          throw invalid("configFileProfile", options.configFileProfile, `differs from ${JSON.stringify(existing.configFileProfileInput)} already configured for ${region}`, "Use one OCI profile per region in a stack.");
        }
      },
    });
  }
}
