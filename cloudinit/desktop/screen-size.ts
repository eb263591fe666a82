import { invalid } from "../private/errors";

/** Smallest and largest accepted screen edge in pixels. */
const MIN_WIDTH = 640;
const MAX_WIDTH = 7680;
const MIN_HEIGHT = 480;
const MAX_HEIGHT = 4320;

/**
 * Size of the desktop's virtual screen (the Xvfb framebuffer, 24-bit colour).
 *
 * Each edge must be an even integer (VNC encoders and video players handle odd sizes badly); width 640-7680,
 * height 480-4320. Every pixel costs memory: 1920x1080 needs about 8 MiB of framebuffer in Xvfb and as much in x11vnc.
 */
export class ScreenSize {
  /** 1280x720 (HD): light on bandwidth, the default. */
  public static readonly HD = new ScreenSize(1280, 720);
  /** 1600x900. */
  public static readonly HD_PLUS = new ScreenSize(1600, 900);
  /** 1920x1080 (Full HD). */
  public static readonly FULL_HD = new ScreenSize(1920, 1080);

  /**
   * A custom size, validated.
   *
   * @param width pixels, even, 640-7680
   * @param height pixels, even, 480-4320
   * @param field name of the setting for error messages
   */
  public static of(width: number, height: number, field = "screen"): ScreenSize {
    return new ScreenSize(
      ScreenSize.edge(`${field}.width`, width, MIN_WIDTH, MAX_WIDTH, "1920"),
      ScreenSize.edge(`${field}.height`, height, MIN_HEIGHT, MAX_HEIGHT, "1080"),
    );
  }

  /** Parses `"1920x1080"`. */
  public static parse(text: string, field = "screen"): ScreenSize {
    const m = typeof text === "string" ? /^(\d{1,5})x(\d{1,5})$/.exec(text.trim()) : null;
    if (!m) {
      throw invalid(field, text, "must be WIDTHxHEIGHT in pixels", "Use e.g. \"1920x1080\".");
    }
    return ScreenSize.of(Number(m[1]), Number(m[2]), field);
  }

  private static edge(field: string, value: number, min: number, max: number, example: string): number {
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      throw invalid(field, value, `must be an integer between ${min} and ${max}`, `Use e.g. ${example}.`);
    }
    if (value % 2 !== 0) {
      throw invalid(field, value, "must be even", `Use ${value + 1}.`);
    }
    return value;
  }

  private constructor(
    /** Width in pixels. */
    public readonly width: number,
    /** Height in pixels. */
    public readonly height: number,
  ) {}

  /** `WIDTHxHEIGHT`, e.g. `"1280x720"`. */
  public toString(): string {
    return `${this.width}x${this.height}`;
  }
}
