import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { absolutePath, octalMode, ownerSpec, rejectNul } from "../private/validate";
import { containsToken } from "../tokens";

/** How a file's content is stored in the cloud-config document. */
export type FileEncoding = "text" | "base64";

/** Options of {@link File.text}, {@link File.fromConfig} and {@link File.binary}. */
export interface FileOptions {
  /**
   * Owner as `"user:group"` (or `"user"`, meaning group of the same name).
   * @default "root:root"
   */
  readonly owner?: string;
  /**
   * Octal mode as a string, e.g. `"0640"`.
   * @default "0644"
   */
  readonly mode?: string;
  /**
   * Write the file in cloud-init's final stage (after packages are installed and users exist) instead of the init stage.
   * @default - true when the owner is not root:root (the owner does not exist yet in the init stage), else false
   */
  readonly defer?: boolean;
  /**
   * How the content is carried in the document: `"text"` as is, `"base64"` base64-encoded by the library (for content
   * with control characters; never for content containing Terraform tokens).
   * @default "text"
   */
  readonly encoding?: FileEncoding;
}

/** A file written by cloud-init (`write_files`). Immutable; build with the static factories. */
export class File implements CloudInitElement {
  /** A text file. `content` may contain Terraform tokens (they are carried through untouched). */
  public static text(path: string, content: string, options: FileOptions = {}): File {
    if (typeof content !== "string") {
      throw invalid(`file(${String(path)}).content`, content, "must be a string", "Pass the file content as a string.");
    }
    return new File(path, content, options);
  }

  /** A configuration file produced by one of the serializers in `cloudinit/serializers` (same as {@link File.text}). */
  public static fromConfig(path: string, serializedText: string, options: FileOptions = {}): File {
    return File.text(path, serializedText, options);
  }

  /** A binary file, carried base64-encoded. */
  public static binary(path: string, content: Uint8Array, options: Omit<FileOptions, "encoding"> = {}): File {
    return new File(path, Buffer.from(content).toString("latin1"), { ...options, encoding: "base64" }, true);
  }

  /** Absolute path of the file. */
  public readonly path: string;
  /** Content as given, before any encoding (for {@link File.binary}: the bytes as a latin1 string). */
  public readonly content: string;
  /** `user:group`. */
  public readonly owner: string;
  /** Four-digit octal mode. */
  public readonly mode: string;
  /** Whether the file is written in the final stage. */
  public readonly defer: boolean;
  /** Encoding used in the document. */
  public readonly encoding: FileEncoding;
  private readonly binary: boolean;

  private constructor(path: string, content: string, options: FileOptions, binary = false) {
    const field = `file(${String(path)})`;
    this.path = absolutePath(`${field}.path`, path);
    this.owner = ownerSpec(`${field}.owner`, options.owner ?? "root:root");
    this.mode = octalMode(`${field}.mode`, options.mode ?? "0644");
    this.defer = options.defer ?? this.owner !== "root:root";
    this.encoding = options.encoding ?? "text";
    this.binary = binary;
    if (typeof this.defer !== "boolean") {
      throw invalid(`${field}.defer`, options.defer, "must be a boolean", "Use true or false.");
    }
    if (this.encoding !== "text" && this.encoding !== "base64") {
      throw invalid(`${field}.encoding`, options.encoding, "must be \"text\" or \"base64\"", "Use \"text\" (default) or \"base64\".");
    }
    if (!binary) {
      rejectNul(`${field}.content`, content);
    }
    if (this.encoding === "base64" && containsToken(content)) {
      throw invalid(`${field}.encoding`, "base64", "cannot be used for content containing Terraform tokens (they would be encoded before Terraform resolves them)", "Use encoding \"text\".");
    }
    this.content = content;
  }

  /** Writes the `write_files` entry. */
  public contribute(target: ElementTarget): void {
    const encoded = this.encoding === "base64"
      ? Buffer.from(this.content, this.binary ? "latin1" : "utf8").toString("base64")
      : this.content;
    target.writeFile({
      path: this.path,
      content: encoded,
      owner: this.owner,
      permissions: this.mode,
      defer: this.defer,
      ...(this.encoding === "base64" ? { encoding: "b64" as const } : {}),
    });
  }
}
