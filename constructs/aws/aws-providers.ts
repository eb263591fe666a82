import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { IConstruct } from "constructs";
import { invalid } from "../../src/errors";
import { AWS_REGION } from "../../src/formats";
import { perStack } from "../private/per-stack";

/** Options for {@link AwsProviders.forRegion}. */
export interface AwsProviderOptions {
  /**
   * Tags every resource of this provider carries (`default_tags`), e.g. the branch identity tags.
   * Merged into the tags of a provider that already exists for the region.
   * @default - no default tags
   */
  readonly defaultTags?: Readonly<Record<string, string>>;
  /**
   * Named profile of the shared AWS config and credentials files.
   * @default - the AWS SDK's standard chain: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN,
   *   AWS_PROFILE, the shared files, then instance or container roles
   */
  readonly profile?: string;
}

/**
 * One `aws` provider configuration per region and stack, found or created.
 *
 * The first region a stack asks for gets the default (unaliased) provider, every further region an alias
 * equal to the region name (e.g. `aws.eu-west-1`); resources created by PairPac always name their provider.
 *
 * Credentials never appear in the configuration: the provider reads them from its standard environment
 * variables (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `AWS_PROFILE`) or the shared
 * config files; the `ProviderCredentialsFromEnvironment` policy fails synth when a key is written into it.
 */
export class AwsProviders {
  /** The provider configuration for `region` in the stack of `scope`, created on first use. */
  static forRegion(scope: IConstruct, region: string, options: AwsProviderOptions = {}): AwsProvider {
    if (!AWS_REGION.test(region)) {
      throw invalid("region", region, "is not an AWS region name", 'Use e.g. "eu-central-1".');
    }
    const provider = perStack(scope, {
      id: `AwsProvider-${region}`,
      type: AwsProvider,
      matches: (p) => p.regionInput === region,
      create: (stack, id) => new AwsProvider(stack, id, {
        region,
        alias: stack.node.findAll().some((c) => c instanceof AwsProvider && c.aliasInput === undefined) ? region : undefined,
        profile: options.profile,
      }),
      reuse: (existing) => {
        if (options.profile !== undefined && existing.profileInput !== options.profile) {
          throw invalid("profile", options.profile, `differs from the profile ${JSON.stringify(existing.profileInput)} already configured for ${region}`, "Use one profile per region in a stack.");
        }
      },
    });
    if (options.defaultTags && Object.keys(options.defaultTags).length > 0) {
      AwsProviders.mergeDefaultTags(provider, options.defaultTags);
    }
    return provider;
  }

  private static mergeDefaultTags(provider: AwsProvider, tags: Readonly<Record<string, string>>): void {
    const current = provider.defaultTagsInput;
    if (current !== undefined && !Array.isArray(current)) {
      throw invalid("defaultTags", current, "is a token on an existing provider and cannot be merged", "Create the provider with literal default_tags.");
    }
    const merged: Record<string, string> = { ...(current?.[0]?.tags ?? {}) };
    for (const [key, value] of Object.entries(tags)) {
      if (merged[key] !== undefined && merged[key] !== value) {
        throw invalid(`defaultTags.${key}`, value, `conflicts with ${JSON.stringify(merged[key])} already set on the provider for ${provider.regionInput}`, "Place machines of one branch per stack.");
      }
      merged[key] = value;
    }
    provider.defaultTags = [{ tags: merged }];
  }
}
