import { invalid } from "../../src/errors";
import { expectPairPacError } from "./pairpac-error";

const bad = () => {
  throw invalid("desktops[1].screen.width", 12, "must be an integer between 640 and 7680", "Use e.g. 1920.");
};

describe("expectPairPacError", () => {
  test("passes when field, value, problem and fix match, and returns the error", () => {
    const error = expectPairPacError(bad, { field: "desktops[1].screen.width", value: 12, problem: "must be an integer between 640 and 7680", fix: /1920/ });
    expect(error.message).toBe("desktops[1].screen.width: must be an integer between 640 and 7680; got 12. Use e.g. 1920.");
  });

  test("checks only what it is given", () => {
    expect(() => expectPairPacError(bad, { field: "desktops[1].screen.width" })).not.toThrow();
  });

  test.each([
    ["another field", { field: "desktops[2].screen.width" }],
    ["another value", { field: "desktops[1].screen.width", value: 13 }],
    ["another problem", { field: "desktops[1].screen.width", problem: "must be an integer" }],
    ["a fix that does not match", { field: "desktops[1].screen.width", fix: /^Use 800/ }],
  ])("fails on %s", (_name, expected) => {
    expect(() => expectPairPacError(bad, expected)).toThrow();
  });

  test("fails when nothing is thrown or the error is not a PairPacError", () => {
    expect(() => expectPairPacError(() => undefined, { field: "f" })).toThrow("expected a PairPacError for f, but nothing was thrown");
    expect(() => expectPairPacError(() => {
      throw new TypeError("boom");
    }, { field: "f" })).toThrow("expected a PairPacError for f, but got TypeError: boom");
  });
});
