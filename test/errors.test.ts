import { PairPacError, invalid } from "../src/errors";

describe("invalid()", () => {
  test("builds the message <field>: <problem>; got <JSON value>. <fix>", () => {
    const error = invalid("desktops[1].screen.width", 12, "must be an integer between 640 and 7680", "Use e.g. 1920.");
    expect(error).toBeInstanceOf(PairPacError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("PairPacError");
    expect(error.message).toBe("desktops[1].screen.width: must be an integer between 640 and 7680; got 12. Use e.g. 1920.");
    expect(error.field).toBe("desktops[1].screen.width");
    expect(error.value).toBe(12);
    expect(error.problem).toBe("must be an integer between 640 and 7680");
    expect(error.fix).toBe("Use e.g. 1920.");
    expect(error.stack).toContain("PairPacError: desktops[1].screen.width");
  });

  test("returns the error so call sites throw it", () => {
    expect(() => {
      throw invalid("branch", "", "must not be empty", "Pass e.g. \"main\".");
    }).toThrow(new PairPacError("branch", "", "Pass e.g. \"main\".", "must not be empty"));
  });

  test.each<[string, unknown, string]>([
    ["a string, JSON-quoted", "a\"b\n", "\"a\\\"b\\n\""],
    ["an object", { a: [1, null] }, "{\"a\":[1,null]}"],
    ["undefined", undefined, "undefined"],
    ["null", null, "null"],
    ["a bigint", 10n, "10n"],
    ["a symbol", Symbol("s"), "Symbol(s)"],
    ["NaN (as JSON does)", Number.NaN, "null"],
  ])("shows %s", (_title, value, shown) => {
    expect(invalid("f", value, "is wrong", "Fix it.").message).toBe(`f: is wrong; got ${shown}. Fix it.`);
  });

  test("shows values that JSON cannot encode without throwing", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(invalid("f", cyclic, "is wrong", "Fix it.").message).toBe("f: is wrong; got [object Object]. Fix it.");
  });

  test("cuts long values and says how much was left out", () => {
    const message = invalid("f", "x".repeat(1000), "is wrong", "Fix it.").message;
    expect(message).toBe(`f: is wrong; got "${"x".repeat(299)}… (702 more characters). Fix it.`);
  });

  test("never cuts a surrogate pair in half", () => {
    const message = invalid("f", `${"x".repeat(298)}🎉🎉🎉`, "is wrong", "Fix it.").message;
    expect(message).toBe(`f: is wrong; got "${"x".repeat(298)}… (7 more characters). Fix it.`);
  });
});

describe("PairPacError", () => {
  test("defaults the problem to 'is invalid' when built with field, value and fix only", () => {
    const error = new PairPacError("region", "mars-1", "Use e.g. \"eu-frankfurt-1\".");
    expect(error.message).toBe("region: is invalid; got \"mars-1\". Use e.g. \"eu-frankfurt-1\".");
    expect(error.problem).toBe("is invalid");
  });
});
