import { TerraformStack, Token, type TerraformResource } from "cdktf";
import { Construct, type IConstruct } from "constructs";
import { IdentityCompartment } from "../../.gen/providers/oci/identity-compartment";
import { invalid } from "../../src/errors";
import type { BranchIdentity } from "../../src/identity/branch-identity";
import { OciProviders } from "./oci-providers";

/** Settings of the branch compartment. */
export interface OciCompartmentProps {
  /** The branch: the compartment is named `identity.compartmentName` and tagged with `identity.tags`. */
  readonly identity: BranchIdentity;
  /** OCID of the parent compartment (the tenancy OCID for a top-level compartment). */
  readonly parentCompartmentId: string;
  /** Home region of the tenancy: IAM resources (compartments) can only be written there. */
  readonly homeRegion: string;
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
  /** Finds the branch compartment of the stack of `scope`, or creates it. */
  static of(scope: IConstruct, props: OciCompartmentProps): OciCompartment {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild("OciCompartment");
    if (existing instanceof OciCompartment) {
      existing.checkSameAs(props);
      return existing;
    }
    return new OciCompartment(stack, "OciCompartment", props);
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

  private constructor(scope: Construct, id: string, props: OciCompartmentProps) {
    super(scope, id);
    if (typeof props.parentCompartmentId !== "string" || (!Token.isUnresolved(props.parentCompartmentId) && !/^ocid1\.(tenancy|compartment)\.[a-z0-9-]+\.[a-z0-9-]*\.[a-z0-9]+$/.test(props.parentCompartmentId))) {
      throw invalid("parentCompartmentId", props.parentCompartmentId, "is not a tenancy or compartment OCID", 'Use e.g. "ocid1.tenancy.oc1..aaaa..." (OCI console: Profile > Tenancy).');
    }
    this.identity = props.identity;
    this.parentCompartmentId = props.parentCompartmentId;
    this.homeRegion = props.homeRegion;
    const compartment = new IdentityCompartment(this, "Compartment", {
      provider: OciProviders.forRegion(this, props.homeRegion, { configFileProfile: props.configFileProfile }),
      compartmentId: props.parentCompartmentId,
      name: props.identity.compartmentName,
      description: `PairPac co-working space of branch ${props.identity.dnsLabel} (${props.identity.zoneName})`,
      enableDelete: true,
      freeformTags: { ...props.identity.tags },
    });
    this.compartment = compartment;
    this.compartmentId = compartment.id;
  }

  private checkSameAs(props: OciCompartmentProps): void {
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
