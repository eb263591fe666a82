import { invalid } from "./private/errors";

/** What a cloud limits: the gzip bytes (raw user data) or the base64 text stored in metadata. */
export type BudgetMeasure = "gzip" | "base64";

/**
 * The user-data size limit of a cloud. Enum-like: {@link UserDataBudget.AWS}, {@link UserDataBudget.OCI}, or
 * {@link UserDataBudget.custom}.
 */
export class UserDataBudget {
  /** AWS EC2: 16,384 bytes of raw user data (the gzip bytes, before base64). */
  public static readonly AWS = new UserDataBudget("aws", 16_384, "gzip");
  /** OCI: 32,000 bytes of instance metadata; user_data is stored base64-encoded inside it. */
  public static readonly OCI = new UserDataBudget("oci", 32_000, "base64");

  /** A custom limit. */
  public static custom(name: string, limitBytes: number, measure: BudgetMeasure): UserDataBudget {
    return new UserDataBudget(name, limitBytes, measure);
  }

  private constructor(
    /** Short name used in messages, e.g. `"aws"`. */
    public readonly name: string,
    /** Limit in bytes. */
    public readonly limitBytes: number,
    /** Which size the limit applies to. */
    public readonly measure: BudgetMeasure,
  ) {
    if (typeof name !== "string" || !/^[a-z0-9-]+$/.test(name)) {
      throw invalid("userDataBudget.name", name, "must be lower-case letters, digits or '-'", "Use e.g. \"aws\".");
    }
    if (!Number.isInteger(limitBytes) || limitBytes <= 0) {
      throw invalid("userDataBudget.limitBytes", limitBytes, "must be a positive integer", "Use e.g. 16384.");
    }
    if (measure !== "gzip" && measure !== "base64") {
      throw invalid("userDataBudget.measure", measure, "must be \"gzip\" or \"base64\"", "Use \"gzip\" for AWS-like limits.");
    }
  }

  /** The size this budget counts, from an estimate. */
  public sizeOf(estimate: { readonly gzipBytes: number; readonly base64Bytes: number }): number {
    return this.measure === "gzip" ? estimate.gzipBytes : estimate.base64Bytes;
  }
}
