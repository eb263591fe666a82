import { Fn, Op, type Precondition } from "cdktf";
import type { IConstruct } from "constructs";
import { estimateUserData, UserDataBudget, type CloudConfig } from "../../cloudinit";
import { invalid } from "../../src/errors";
import type { MachineContext, MachineSpec, UserDataSizeRecord } from "../placement";
import { lazyBase64GzipUserData, type Renderer } from "./terraform-string";
import { TokenLengths } from "./token-lengths";

/** The user-data of one machine, ready for a resource. */
export interface PreparedUserData {
  /** Lazy token for `base64gzip(<document>)`, rendered at synth time. */
  readonly encoded: string;
  /** Worst-case size against the machine's budget, estimated at synth time (once). */
  readonly size: () => UserDataSizeRecord;
}

/** EC2's limit on raw (gzip) user-data bytes. */
export const AWS_USER_DATA_BYTES = 16384;
/** OCI's limit on instance metadata bytes (keys and values; user_data is base64 inside it). */
export const OCI_METADATA_BYTES = 32000;
/** Bytes of the OCI metadata besides the two values: the keys and the JSON punctuation of `{"ssh_authorized_keys":"…","user_data":"…"}`. */
export const OCI_METADATA_OVERHEAD = 40;

/**
 * Plan-time guard for EC2: the gzip bytes must not exceed 16,384. `length(base64decode(...))` cannot be used
 * (Terraform's base64decode rejects bytes that are not UTF-8, and gzip is not), so the decoded length is
 * computed from the base64 text: `length / 4 * 3 - number of "=" padding characters`.
 */
export function awsUserDataPrecondition(encoded: string, machine: string): Precondition {
  const decodedBytes = Op.sub(Op.mul(Op.div(Fn.lengthOf(encoded), 4), 3), Fn.lengthOf(Fn.regexall("=", encoded)));
  return {
    condition: Op.lte(decodedBytes, AWS_USER_DATA_BYTES),
    errorMessage: `PairPac: the user-data of ${machine} is larger than the ${AWS_USER_DATA_BYTES} bytes EC2 accepts (after gzip). Move large content out of user-data or switch optional features off.`,
  };
}

/** Plan-time guard for OCI: `metadataBytes` (an expression) must not exceed 32,000. */
export function ociMetadataPrecondition(metadataBytes: unknown, machine: string): Precondition {
  return {
    condition: Op.lte(metadataBytes, OCI_METADATA_BYTES),
    errorMessage: `PairPac: the instance metadata of ${machine} (user_data and ssh_authorized_keys) is larger than the ${OCI_METADATA_BYTES} bytes OCI accepts. Move large content out of user-data or switch optional features off.`,
  };
}

/** The user-data budget of an OCI machine whose other metadata (admin key, keys, punctuation) takes `reservedBytes`. */
export function ociUserDataBudget(reservedBytes: number): UserDataBudget {
  return UserDataBudget.custom(UserDataBudget.OCI.name, UserDataBudget.OCI.limitBytes - reservedBytes, UserDataBudget.OCI.measure);
}

/** True for a CloudConfig-like document (has `render`). */
function isDocument(value: unknown): value is CloudConfig {
  return typeof value === "object" && value !== null && typeof (value as { render?: unknown }).render === "function";
}

/**
 * Resolves a machine's user-data source once (lazily, at synth time, so a role can still add to its document
 * after the machine was placed) and returns the Terraform expression and the size estimate.
 *
 * A CloudConfig is rendered twice from the same state: for Terraform with every token scalar quoted by
 * `jsonencode`, and for the estimate with JSON quoting and the stack's declared token lengths.
 */
export function prepareUserData(scope: IConstruct, spec: MachineSpec, context: MachineContext): PreparedUserData {
  let resolved: CloudConfig | string | undefined;
  const document = (): CloudConfig | string => {
    if (resolved === undefined) {
      const value = typeof spec.userData === "function" ? spec.userData(context) : spec.userData;
      if (typeof value !== "string" && !isDocument(value)) {
        throw invalid(`${spec.name}.userData`, value, "must be a CloudConfig or a rendered #cloud-config string", "Return the role's CloudConfig from the userData function.");
      }
      resolved = value;
    }
    return resolved;
  };
  const render: Renderer = (quote) => {
    const doc = document();
    return typeof doc === "string" ? doc : doc.render({ quoteScalar: quote });
  };
  let size: UserDataSizeRecord | undefined;
  return {
    encoded: lazyBase64GzipUserData(render),
    size: () => {
      if (size === undefined) {
        const doc = document();
        const text = typeof doc === "string" ? doc : doc.render();
        const budget = context.userDataBudget;
        const estimate = estimateUserData(text, { tokenLengths: TokenLengths.forText(scope, text) });
        size = {
          budgetName: budget.name,
          limit: budget.limitBytes,
          unit: budget.measure === "gzip" ? "bytes after gzip" : "bytes of base64",
          estimate: budget.sizeOf(estimate),
        };
      }
      return size;
    },
  };
}
