import { TerraformProvider, TerraformResource } from "cdktf";
import type { Construct } from "constructs";
import { perStack } from "./per-stack";

/** The hashicorp/time provider (no arguments), once per stack. */
class TimeProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      terraformResourceType: "time",
      terraformGeneratorMetadata: { providerName: "time", providerVersion: TIME_PROVIDER_VERSION, providerVersionConstraint: TIME_PROVIDER_VERSION },
      terraformProviderSource: "hashicorp/time",
    });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return {};
  }
}

/** hashicorp/time, pinned exactly like the other providers (schema: shared/schemas/time.json, 0.13.1). */
export const TIME_PROVIDER_VERSION = "0.13.1";

/** Settings of {@link timeSleep}. */
export interface TimeSleepProps {
  /** How long to wait after the resources in `dependsOn` (or the `triggers`) are created, e.g. "120s". */
  readonly createDuration: string;
  /** Values whose change starts a new wait; readable as `triggers["<key>"]` once the wait is over. */
  readonly triggers?: Record<string, string>;
  /** Resources the wait starts after. */
  readonly dependsOn?: TerraformResource[];
}

/**
 * A `time_sleep` (hashicorp/time) written with cdktf's generic resource, as no prebuilt binding is a dependency
 * of PairPac; the provider (and so its `required_providers` entry) is added to the stack once. Attribute names checked in
 * the shared time.json (hashicorp/terraform-provider-time v0.13.1, `time_sleep`: create_duration,
 * destroy_duration, triggers).
 */
export function timeSleep(scope: Construct, id: string, props: TimeSleepProps): TerraformResource {
  const provider = perStack(scope, { id: "TimeProvider", type: TimeProvider, create: (stack, id) => new TimeProvider(stack, id) });
  const sleep = new TerraformResource(scope, id, {
    terraformResourceType: "time_sleep",
    terraformGeneratorMetadata: { providerName: "time", providerVersion: TIME_PROVIDER_VERSION },
    provider,
    dependsOn: props.dependsOn,
  });
  sleep.addOverride("create_duration", props.createDuration);
  if (props.triggers !== undefined) sleep.addOverride("triggers", props.triggers);
  return sleep;
}

/** `time_sleep.<id>.triggers["<key>"]` as a Terraform expression: a value that is only known once the wait is over. */
export function sleptValue(sleep: TerraformResource, key: string): string {
  return `\${${sleep.terraformResourceType}.${sleep.friendlyUniqueId}.triggers["${key}"]}`;
}
