/**
 * One assertion for every misuse test: the call throws a PairPacError with this field (and, where given, this value,
 * problem and fix). It checks the parts of the error rather than its whole message, so a test says what it is
 * about (the field and what is wrong) and a reworded fix does not fail every test of a field.
 *
 * The message format itself (`<field>: <problem>; got <value>. <fix>`) is tested once, in test/errors.test.ts.
 */
import { PairPacError } from "../../src/errors";

/** What the error must carry; `problem` and `fix` are compared exactly when strings, matched when regular expressions. */
export interface ExpectedPairPacError {
  /** The field the error names, exactly. */
  readonly field: string;
  /** The rejected value (compared with `toEqual`); not checked when absent. */
  readonly value?: unknown;
  /** What is wrong. */
  readonly problem?: string | RegExp;
  /** How to fix it. */
  readonly fix?: string | RegExp;
}

/** Runs `fn`, expects it to throw a PairPacError matching `expected`, and returns the error for further checks. */
export function expectPairPacError(fn: () => unknown, expected: ExpectedPairPacError): PairPacError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  if (!(thrown instanceof PairPacError)) {
    throw new Error(`expected a PairPacError for ${expected.field}, but ${thrown === undefined ? "nothing was thrown" : `got ${String(thrown)}`}`);
  }
  const actual: Record<string, unknown> = { field: thrown.field };
  const wanted: Record<string, unknown> = { field: expected.field };
  if ("value" in expected) {
    actual.value = thrown.value;
    wanted.value = expected.value;
  }
  for (const key of ["problem", "fix"] as const) {
    const want = expected[key];
    if (want === undefined) continue;
    actual[key] = thrown[key];
    wanted[key] = typeof want === "string" ? want : expect.stringMatching(want);
  }
  expect(actual).toEqual(wanted);
  return thrown;
}
