import { Aspects, Fn, Op, type Precondition } from "cdktf";
import type { IConstruct } from "constructs";
import { checkBudget, estimateUserData, UserDataBudget, type CloudConfig } from "../../cloudinit";
import { invalid } from "../../src/errors";
import type { MachineContext, MachineSpec } from "../machine";
import type { UserDataSizeRecord } from "./machine-record";
import { lazyBase64GzipUserData, type Renderer } from "./terraform-string";
import { TokenLengths } from "./token-lengths";

/** The user-data of one machine, ready for a resource. */
export interface PreparedUserData {
  /** Lazy token for `base64gzip(<document>)`, rendered at synth time. */
  readonly encoded: string;
  /** Worst-case size against the machine's limit, estimated and checked at synth time (once). */
  readonly size: () => UserDataSizeRecord;
}

/** What a machine's user-data is checked against: its cloud's budget, less what the other metadata takes. */
export interface UserDataLimit {
  /** The cloud's budget: {@link UserDataBudget.AWS} or {@link UserDataBudget.OCI}. */
  readonly budget: UserDataBudget;
  /**
   * Bytes of the budget taken by metadata besides the user-data (OCI: the admin key, the keys and the JSON
   * punctuation of the metadata map).
   * @default 0
   */
  readonly reservedBytes?: number;
}

/** Bytes of the OCI metadata besides the two values: the keys and the JSON punctuation of `{"ssh_authorized_keys":"…","user_data":"…"}`. */
export const OCI_METADATA_OVERHEAD = 40;

/**
 * Plan-time guard for EC2: the gzip bytes must not exceed the AWS budget. `length(base64decode(...))` cannot be
 * used (Terraform's base64decode rejects bytes that are not UTF-8, and gzip is not), so the decoded length is
 * computed from the base64 text: `length / 4 * 3 - number of "=" padding characters`.
 */
export function awsUserDataPrecondition(encoded: string, machine: string): Precondition {
  const limit = UserDataBudget.AWS.limitBytes;
  const decodedBytes = Op.sub(Op.mul(Op.div(Fn.lengthOf(encoded), 4), 3), Fn.lengthOf(Fn.regexall("=", encoded)));
  return {
    condition: Op.lte(decodedBytes, limit),
    errorMessage: `PairPac: the user-data of ${machine} is larger than the ${limit} bytes EC2 accepts (after gzip). Move large content out of user-data or switch optional features off.`,
  };
}

/** Plan-time guard for OCI: `metadataBytes` (an expression) must not exceed the OCI budget. */
export function ociMetadataPrecondition(metadataBytes: unknown, machine: string): Precondition {
  const limit = UserDataBudget.OCI.limitBytes;
  return {
    condition: Op.lte(metadataBytes, limit),
    errorMessage: `PairPac: the instance metadata of ${machine} (user_data and ssh_authorized_keys) is larger than the ${limit} bytes OCI accepts. Move large content out of user-data or switch optional features off.`,
  };
}

/** True for a CloudConfig-like document (has `render`). */
function isDocument(value: unknown): value is CloudConfig {
  return typeof value === "object" && value !== null && typeof (value as { render?: unknown }).render === "function";
}

/**
 * The one place a machine's user-data is resolved, estimated and checked. The source is resolved once, at synth
 * time (so a role can still add to its document after the machine was placed): a function is called with
 * `context`, then the document is rendered with JSON quoting, its worst-case size estimated with the stack's
 * declared token lengths ({@link TokenLengths}) and checked against `limit`. Over the limit, synth fails with a
 * PairPacError naming the machine, the size, the limit and, for a CloudConfig, its largest contributors.
 *
 * The Terraform expression renders the same document again, with every token scalar quoted by `jsonencode`.
 */
export function prepareUserData(scope: IConstruct, spec: MachineSpec, context: MachineContext, limit: UserDataLimit): PreparedUserData {
  let resolved: { readonly document: CloudConfig | string; readonly size: UserDataSizeRecord } | undefined;
  const resolve = () => {
    if (resolved === undefined) {
      const document = typeof spec.userData === "function" ? spec.userData(context) : spec.userData;
      if (typeof document !== "string" && !isDocument(document)) {
        throw invalid(`${spec.name}.userData`, document, "must be a CloudConfig or a rendered #cloud-config string", "Return the role's CloudConfig from the userData function.");
      }
      resolved = { document, size: checkedSize(scope, spec.name, document, limit) };
    }
    return resolved;
  };
  const render: Renderer = (quote) => {
    const { document } = resolve();
    return typeof document === "string" ? document : document.render({ quoteScalar: quote });
  };
  // Resolved by an aspect of the machine (synth runs aspects before it resolves tokens), so an over-limit error
  // reaches the caller as it is rather than wrapped in cdktf's resolution error.
  Aspects.of(scope).add({ visit: (node) => { if (node === scope) resolve(); } });
  // A document renders the same text while its revision stays the same.
  const contentKey = () => {
    const { document } = resolve();
    return typeof document === "string" ? document : `revision ${document.revision}`;
  };
  return { encoded: lazyBase64GzipUserData(render, contentKey), size: () => resolve().size };
}

/** Estimates `document` and fails when it does not fit `limit`. */
function checkedSize(scope: IConstruct, machine: string, document: CloudConfig | string, limit: UserDataLimit): UserDataSizeRecord {
  const { budget } = limit;
  const reservedBytes = limit.reservedBytes ?? 0;
  const max = budget.limitBytes - reservedBytes;
  const text = typeof document === "string" ? document : document.render();
  const tokenLengths = TokenLengths.forText(scope, text);
  const estimate = budget.sizeOf(estimateUserData(text, { tokenLengths }));
  const unit = budget.measure === "gzip" ? "bytes after gzip" : "bytes of base64";
  if (estimate > max) {
    // A CloudConfig: checkBudget measures each contributor alone and fails naming the largest ones.
    if (typeof document !== "string") checkBudget(document, budget, { tokenLengths, reservedBytes });
    throw invalid(`${machine}.userData`, estimate,
      `is ${estimate} ${unit} at worst but ${budget.name} allows ${max}${reservedBytes > 0 ? ` (${budget.limitBytes} minus ${reservedBytes} reserved)` : ""}`,
      "Move large content out of user-data or switch optional features off.");
  }
  return { budgetName: budget.name, limit: max, unit, estimate };
}
