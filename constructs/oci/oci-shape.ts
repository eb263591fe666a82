import { invalid } from "../../src/errors";
import type { Architecture } from "../machine";

/** OCPUs and memory of a flexible shape. */
export interface OciFlexShapeProps {
  /**
   * Number of OCPUs (Always Free: 4 OCPUs of A1 in total per tenancy).
   * @default 1
   */
  readonly ocpus?: number;
  /**
   * Memory in GB (Always Free: 24 GB of A1 in total per tenancy).
   * @default 6
   */
  readonly memoryInGbs?: number;
}

/**
 * An OCI compute shape. Enum-like: {@link OciShape.E2_1_MICRO} (Always Free AMD, 1 OCPU, 1 GB) or
 * {@link OciShape.a1Flex} (Always Free Ampere Arm, aarch64 image).
 */
export class OciShape {
  /** VM.Standard.E2.1.Micro: 1 OCPU, 1 GB, x86_64; two of them are Always Free. */
  static readonly E2_1_MICRO = new OciShape("VM.Standard.E2.1.Micro", "x86_64");

  /** VM.Standard.A1.Flex (Ampere, arm64) with the given OCPUs and memory (1-64 GB per OCPU). */
  static a1Flex(props: OciFlexShapeProps = {}): OciShape {
    const ocpus = props.ocpus ?? 1;
    const memoryInGbs = props.memoryInGbs ?? 6;
    if (!Number.isInteger(ocpus) || ocpus < 1 || ocpus > 80) {
      throw invalid("shape.ocpus", ocpus, "must be an integer between 1 and 80", "Use e.g. 1 (Always Free allows 4 A1 OCPUs in total).");
    }
    if (!Number.isInteger(memoryInGbs) || memoryInGbs < ocpus || memoryInGbs > Math.min(64 * ocpus, 512)) {
      throw invalid("shape.memoryInGbs", memoryInGbs, `must be an integer between ${ocpus} and ${Math.min(64 * ocpus, 512)} for ${ocpus} OCPU(s)`, "Use e.g. 6 (Always Free allows 24 GB of A1 in total).");
    }
    return new OciShape("VM.Standard.A1.Flex", "arm64", ocpus, memoryInGbs);
  }

  /** The shape name, e.g. "VM.Standard.E2.1.Micro". */
  readonly name: string;
  /** CPU architecture, which selects the image. */
  readonly architecture: Architecture;
  /** OCPUs of a flexible shape (undefined for fixed shapes). */
  readonly ocpus?: number;
  /** Memory in GB of a flexible shape (undefined for fixed shapes). */
  readonly memoryInGbs?: number;

  private constructor(name: string, architecture: Architecture, ocpus?: number, memoryInGbs?: number) {
    this.name = name;
    this.architecture = architecture;
    this.ocpus = ocpus;
    this.memoryInGbs = memoryInGbs;
  }

  /** The shape name. */
  toString(): string {
    return this.ocpus === undefined ? this.name : `${this.name} (${this.ocpus} OCPU, ${this.memoryInGbs} GB)`;
  }
}
