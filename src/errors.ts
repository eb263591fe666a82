/**
 * Longest rendering of the offending value that an error message shows; longer values are cut and the number of
 * characters left out is stated, so a 10 kB certificate does not flood the terminal.
 */
const MAX_SHOWN_VALUE = 300;

/**
 * The error PairPac throws for every misuse it can detect: a bad setting, a name that cannot be mapped, a
 * conflicting cloud-init element. The message always names the field, shows the bad value and says how to fix it:
 *
 * `<field>: <what is wrong>; got <value as JSON>. <fix>`
 *
 * PairPac creates it with `invalid(field, value, problem, fix)` rather than with `new`, so that every message has
 * the same shape.
 *
 * @example
 * throw invalid("desktops[1].screen.width", 12, "must be an integer between 640 and 7680", "Use e.g. 1920.");
 * // desktops[1].screen.width: must be an integer between 640 and 7680; got 12. Use e.g. 1920.
 */
export class PairPacError extends Error {
  /** Path of the setting that is wrong, e.g. `branch` or `desktops[1].screen.width`. */
  public readonly field: string;
  /** The value that was rejected, exactly as it was passed. */
  public readonly value: unknown;
  /** What is wrong with the value, e.g. `must not be empty`. */
  public readonly problem: string;
  /** What to do instead, e.g. `Use e.g. 1920.` */
  public readonly fix: string;

  /**
   * @param field path of the setting that is wrong
   * @param value the rejected value (shown as JSON in the message)
   * @param fix what to do instead; a full sentence
   * @param problem what is wrong with the value
   * @default problem "is invalid"
   */
  public constructor(field: string, value: unknown, fix: string, problem: string = "is invalid") {
    super(`${field}: ${problem}; got ${describeValue(value)}. ${fix}`);
    this.name = "PairPacError";
    this.field = field;
    this.value = value;
    this.problem = problem;
    this.fix = fix;
  }
}

/**
 * Builds (does not throw) the {@link PairPacError} for a rejected value, so call sites read `throw invalid(...)`.
 *
 * @param field path of the setting that is wrong, e.g. `desktops[1].screen.width`
 * @param value the rejected value
 * @param problem what is wrong, phrased to follow the field name, e.g. `must be an integer between 640 and 7680`
 * @param fix what to do instead, a full sentence, e.g. `Use e.g. 1920.`
 */
export function invalid(field: string, value: unknown, problem: string, fix: string): PairPacError {
  return new PairPacError(field, value, fix, problem);
}

/** JSON rendering of any value for a message; never throws (BigInt, cycles, undefined, functions, symbols). */
function describeValue(value: unknown): string {
  let text: string;
  if (value === undefined) {
    text = "undefined";
  } else if (typeof value === "bigint") {
    text = `${value.toString()}n`;
  } else if (typeof value === "function" || typeof value === "symbol") {
    text = String(value);
  } else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  if (text.length > MAX_SHOWN_VALUE) {
    // Never cut a surrogate pair in half.
    const cut = /[\uD800-\uDBFF]/.test(text.charAt(MAX_SHOWN_VALUE - 1)) ? MAX_SHOWN_VALUE - 1 : MAX_SHOWN_VALUE;
    text = `${text.slice(0, cut)}… (${text.length - cut} more characters)`;
  }
  return text;
}
