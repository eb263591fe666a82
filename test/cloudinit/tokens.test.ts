import { expectPairPacError } from "../support/pairpac-error";
import { containsToken, findTokens, literalText, rejectTokens, splitTokens } from "../../cloudinit/tokens";

const T1 = "${TfToken[TOKEN.1]}";
const T22 = "${TfToken[TOKEN.22]}";

describe("splitTokens", () => {
  test("separates literal text and tokens in order", () => {
    expect(splitTokens(`a${T1}b${T22}`)).toEqual([
      { text: "a", token: false },
      { text: T1, token: true },
      { text: "b", token: false },
      { text: T22, token: true },
    ]);
  });
  test("text without tokens is one literal part; a shell variable is not a token", () => {
    expect(splitTokens("${HOME}")).toEqual([{ text: "${HOME}", token: false }]);
  });
  test("an empty string has no parts", () => {
    expect(splitTokens("")).toEqual([]);
  });
  test("takes another token pattern, also one without the global flag", () => {
    expect(splitTokens("x<<T1>>y", /<<T\d>>/)).toEqual([
      { text: "x", token: false },
      { text: "<<T1>>", token: true },
      { text: "y", token: false },
    ]);
  });
  test("a pattern that matches the empty string does not loop or split the text", () => {
    expect(splitTokens("abc", /x*/g)).toEqual([{ text: "abc", token: false }]);
  });
});

describe("findTokens, containsToken and literalText", () => {
  test("find every token, duplicates kept", () => {
    expect(findTokens(`${T1}:${T22}:${T1}`)).toEqual([T1, T22, T1]);
    expect(findTokens("none")).toEqual([]);
  });
  test("containsToken is the same with a stateful global pattern called twice", () => {
    expect(containsToken(`x${T1}`)).toBe(true);
    expect(containsToken(`x${T1}`)).toBe(true);
    expect(containsToken("x")).toBe(false);
  });
  test("literalText leaves out every token", () => {
    expect(literalText(`{BLF-CRYPT}${T1}`)).toBe("{BLF-CRYPT}");
    expect(literalText(`a:${T1}`)).toBe("a:");
  });
});

describe("rejectTokens", () => {
  test("passes literal values", () => {
    expect(() => rejectTokens("f", "literal", "it is public")).not.toThrow();
  });
  test("names the field, the reason and the fix", () => {
    expectPairPacError(() => rejectTokens("page.title", `x${T1}`, "the page is public", "Pass literal text."),
      { field: "page.title", value: `x${T1}`, problem: "must not contain a Terraform token (the page is public)", fix: "Pass literal text." });
  });
});
