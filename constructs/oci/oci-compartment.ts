import { Token, type TerraformResource } from "cdktf";
import { Construct, type IConstruct } from "constructs";
import { IdentityCompartment } from "../../.gen/providers/oci/identity-compartment";
import { invalid } from "../../src/errors";
import { COMPARTMENT_OCID } from "../../src/formats";
import type { BranchIdentity } from "../../src/identity/branch-identity";
import { branchHash, nameFor } from "../../src/identity/private/name-rule";
import { perStackFromProps } from "../private/per-stack";
import { sleptValue, timeSleep } from "../private/time-sleep";
import { OciProviders } from "./oci-providers";

/** Prefix of the branch compartment names when none is given. */
export const DEFAULT_COMPARTMENT_PREFIX = "pairpac";
/** A compartment name prefix: 1-40 lower-case letters, digits, `-`, `_`; never a dot (the dot ends the prefix). */
const PREFIX_RE = /^[a-z0-9][a-z0-9_-]{0,39}$/;
/** OCI compartment names: at most 100 characters. */
const MAX_COMPARTMENT_NAME = 100;

/**
 * Delete timeout of the compartment. The provider's default is 90 minutes, but its own comment next to it
 * ("service team states: p50: 30 min, p90: 60 min, max: 180 min"; oracle/terraform-provider-oci,
 * internal/service/identity/identity_compartment_resource.go, read at commit 011072da) puts the worst case at 180.
 */
export const COMPARTMENT_DELETE_TIMEOUT = "3h";

/**
 * How long resources in another region wait after the compartment is created in the home region: IAM writes
 * reach the other regions with a delay. 180 s is PairPac's margin; only a real account shows whether it is enough.
 */
export const HOME_REGION_PROPAGATION_WAIT = "180s";

/** Settings of the branch compartment. */
export interface OciCompartmentProps {
  /** The branch: the compartment is named `identity.compartmentName` and tagged with `identity.tags`. */
  readonly identity: BranchIdentity;
  /** OCID of the parent compartment (the tenancy OCID for a top-level compartment). */
  readonly parentCompartmentId: string;
  /** Home region of the tenancy: IAM resources (compartments) can only be written there. */
  readonly homeRegion: string;
  /**
   * Prefix of the compartment's name, unique per project: the name is `<prefix>.<branch part>`, see
   * {@link OciCompartment.nameOf}.
   * @default "pairpac" (the app passes `PAIRPAC_OCI_COMPARTMENT_PREFIX`, by default derived from the parent domain)
   */
  readonly namePrefix?: string;
  /**
   * Profile of the OCI config file for the home-region provider.
   * @default - environment, then the DEFAULT profile
   */
  readonly configFileProfile?: string;
}

/**
 * The branch's compartment: one per stack ({@link OciCompartment.of}), created with `enable_delete = true`
 * so that destroying the branch really deletes it (without it, destroy leaves the compartment and a later
 * apply silently adopts it). Deleting a compartment takes minutes and its name stays busy meanwhile.
 */
export class OciCompartment extends Construct {
  /**
   * The compartment name of `identity` under `prefix`: `<prefix>.<branch part>`. The branch part is
   * `identity.compartmentName` when the whole fits 100 characters, else the same mapping cut to the room left
   * (`<readable>--<hash>`, as BranchIdentity shortens names). Two branches of one project never share a name,
   * and two projects with different prefixes never do either (the prefix has no dot, so it ends at the first).
   * Reading it back: everything after the first `.` is the branch's compartment name by BranchIdentity's rule
   * (readable: `main` stays `main`); the exact branch comes from the compartment's free-form tags with
   * `BranchIdentity.branchFromTags(freeform_tags)`.
   */
  static nameOf(identity: BranchIdentity, prefix: string = DEFAULT_COMPARTMENT_PREFIX): string {
    if (typeof prefix !== "string" || !PREFIX_RE.test(prefix)) {
      throw invalid("namePrefix", prefix, "must be 1-40 lower-case letters, digits, - or _, without a dot", "Use e.g. \"pairpac-team-a\": one prefix per PairPac project in a tenancy.");
    }
    const room = MAX_COMPARTMENT_NAME - prefix.length - 1;
    const branchPart = identity.compartmentName.length <= room
      ? identity.compartmentName
      : nameFor(identity.branch, { maxLength: room, extraCharacters: "._", reserved: [] }, branchHash(identity.branch));
    return `${prefix}.${branchPart}`;
  }

  /** Finds the branch compartment of the stack of `scope`, or creates it. */
  static of(scope: IConstruct, props: OciCompartmentProps): OciCompartment {
    return perStackFromProps(scope, "OciCompartment", OciCompartment, props, (stack, id) => new OciCompartment(stack, id, props));
  }

  /** The `oci_identity_compartment` resource. */
  readonly compartment: TerraformResource;
  /** OCID of the compartment (token). */
  readonly compartmentId: string;
  /** OCID of the parent compartment. */
  readonly parentCompartmentId: string;
  /** The branch. */
  readonly identity: BranchIdentity;
  /** The home region the compartment is written in. */
  readonly homeRegion: string;
  /** The compartment's name, `<prefix>.<branch part>`. */
  readonly name: string;
  private readonly namePrefix: string;
  private propagationWait?: TerraformResource;

  private constructor(scope: Construct, id: string, props: OciCompartmentProps) {
    super(scope, id);
    if (typeof props.parentCompartmentId !== "string" || (!Token.isUnresolved(props.parentCompartmentId) && !COMPARTMENT_OCID.test(props.parentCompartmentId))) {
      throw invalid("parentCompartmentId", props.parentCompartmentId, "is not a tenancy or compartment OCID", 'Use e.g. "ocid1.tenancy.oc1..aaaa..." (OCI console: Profile > Tenancy).');
    }
    this.identity = props.identity;
    this.parentCompartmentId = props.parentCompartmentId;
    this.homeRegion = props.homeRegion;
    this.namePrefix = props.namePrefix ?? DEFAULT_COMPARTMENT_PREFIX;
    this.name = OciCompartment.nameOf(props.identity, this.namePrefix);
    const compartment = new IdentityCompartment(this, "Compartment", {
      provider: OciProviders.forRegion(this, props.homeRegion, { configFileProfile: props.configFileProfile }),
      compartmentId: props.parentCompartmentId,
      name: this.name,
      description: `PairPac co-working space of branch ${props.identity.dnsLabel} (${props.identity.zoneName})`,
      enableDelete: true,
      freeformTags: { ...props.identity.tags },
      timeouts: { delete: COMPARTMENT_DELETE_TIMEOUT },
    });
    this.compartment = compartment;
    this.compartmentId = compartment.id;
  }

  /**
   * The compartment's OCID for resources in `region`: in the home region the compartment's own id; in any other
   * region the same id read through a `time_sleep` (`HOME_REGION_PROPAGATION_WAIT`) after the
   * compartment is created, so nothing is created there before the IAM write has reached the region.
   */
  compartmentIdFor(region: string): string {
    if (region === this.homeRegion) return this.compartmentId;
    this.propagationWait ??= timeSleep(this, "HomeRegionPropagation", {
      createDuration: HOME_REGION_PROPAGATION_WAIT,
      triggers: { compartment_id: this.compartmentId },
    });
    return sleptValue(this.propagationWait, "compartment_id");
  }

  /** Throws when `props` differ from what this construct was made with (for `perStackFromProps`). @internal */
  checkSameAs(props: OciCompartmentProps): void {
    if ((props.namePrefix ?? DEFAULT_COMPARTMENT_PREFIX) !== this.namePrefix) {
      throw invalid("namePrefix", props.namePrefix, `differs from ${JSON.stringify(this.namePrefix)} of the branch compartment already created in this stack`, "Give every OCI placement and zone of a branch the same compartment prefix.");
    }
    if (props.identity.compartmentName !== this.identity.compartmentName) {
      throw invalid("identity", props.identity.branch, `differs from the branch ${JSON.stringify(this.identity.branch)} already placed in this stack`, "Use one stack per branch.");
    }
    if (props.parentCompartmentId !== this.parentCompartmentId) {
      throw invalid("parentCompartmentId", props.parentCompartmentId, `differs from ${this.parentCompartmentId} of the branch compartment already created in this stack`, "Give every OCI placement of a branch the same parentCompartmentId.");
    }
    if (props.homeRegion !== this.homeRegion) {
      throw invalid("homeRegion", props.homeRegion, `differs from ${this.homeRegion} already used for the branch compartment`, "Give every OCI placement the same homeRegion.");
    }
  }
}
