import type { CloudInitElement, ElementTarget } from "../element";
import { absolutePath, integerIn } from "../private/validate";

/** Options of {@link SwapFile.of}. */
export interface SwapFileOptions {
  /** Size in MiB (64 to 65536). */
  readonly sizeMb: number;
  /**
   * Path of the swap file.
   * @default "/swapfile"
   */
  readonly path?: string;
}

/** A swap file created and activated by cloud-init (`swap`, module `mounts`). Only one per machine. */
export class SwapFile implements CloudInitElement {
  /** A swap file of `sizeMb` MiB. */
  public static of(options: SwapFileOptions): SwapFile {
    return new SwapFile(options);
  }

  /** Size in MiB. */
  public readonly sizeMb: number;
  /** Path of the swap file. */
  public readonly path: string;

  private constructor(options: SwapFileOptions) {
    this.sizeMb = integerIn("swapFile.sizeMb", options.sizeMb, 64, 65536, "Use e.g. 1024 for 1 GiB.");
    this.path = absolutePath("swapFile.path", options.path ?? "/swapfile");
  }

  /** Sets `swap`. */
  public contribute(target: ElementTarget): void {
    const bytes = this.sizeMb * 1024 * 1024;
    target.setSingleton("swap", { filename: this.path, size: bytes, maxsize: bytes });
  }
}
