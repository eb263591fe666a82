import { parse } from "yaml";
import { userDataExpressionText } from "../../constructs/private/terraform-string";
import { decodeUserDataExpression, readableStack } from "./readable-snapshot";

const DOCUMENT = "#cloud-config\nruncmd:\n  - [sh, -c, 'echo ${HOME} %{x} \"q\" back\\\\slash\ttab']\nbell: \"\u0007\"\nünïcødé: ✓\n";

describe("decodeUserDataExpression", () => {
  test("undoes every escape of the expression PairPac writes", () => {
    expect(decodeUserDataExpression(userDataExpressionText(() => DOCUMENT))).toEqual({ fn: "base64gzip", document: DOCUMENT });
  });

  test("keeps references as written and writes a jsonencode scalar as its JSON string, also one holding braces", () => {
    const expression = '${base64gzip("key: ${jsonencode("${tls_private_key.k.private_key_openssh}\\n}")}\\npw: ${random_password.p.result}\\n")}';
    expect(decodeUserDataExpression(expression).document).toBe(
      'key: "${tls_private_key.k.private_key_openssh}\\n}"\npw: ${random_password.p.result}\n',
    );
  });

  test("a document with quoted scalars decodes to YAML that reads back to the same values", () => {
    const expression = userDataExpressionText((quote) => `#cloud-config\na: ${quote("pem:\nline \"2\"")}\nb: plain\n`);
    expect(parse(decodeUserDataExpression(expression).document)).toEqual({ a: "pem:\nline \"2\"", b: "plain" });
  });

  test.each([
    ["not a call", "#cloud-config", /^not a user-data expression/],
    ["an unterminated interpolation", '${base64gzip("a ${x")}', /^unterminated interpolation at 2/],
    ["an unknown escape", '${base64gzip("a \\q")}', /^unknown escape \\q at 2/],
    ["a bare quote", '${base64gzip("a " b")}', /^unescaped quote at 2/],
  ])("fails on %s", (_name, expression, message) => {
    expect(() => decodeUserDataExpression(expression)).toThrow(message);
  });
});

describe("readableStack", () => {
  test("replaces each machine's user-data by its digest and decodes it, leaving the input and other locals alone", () => {
    const expression = userDataExpressionText(() => DOCUMENT);
    const stack = { locals: { gateway_Machine_UserData_C8A7DD96: expression, other: "${x}" }, resource: {} };
    const { json, userData } = readableStack(stack);
    expect(userData).toEqual({ gateway: DOCUMENT });
    expect(json).toEqual({
      locals: { gateway_Machine_UserData_C8A7DD96: { function: "base64gzip", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), length: expression.length }, other: "${x}" },
      resource: {},
    });
    expect(stack.locals.gateway_Machine_UserData_C8A7DD96).toBe(expression);
  });
});
