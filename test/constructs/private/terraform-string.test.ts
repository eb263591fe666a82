import { App, DefaultTokenResolver, StringConcat, TerraformOutput, TerraformStack, Testing, Tokenization } from "cdktf";
import { Password } from "@cdktf/provider-random/lib/password";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import {
  escapeHclLiteral,
  escapeTemplateKeepTokens,
  lazyBase64GzipUserData,
  userDataExpressionText,
} from "../../../constructs/private/terraform-string";

describe("escapeHclLiteral", () => {
  test.each([
    ["plain", "plain"],
    ['say "hi"', 'say \\"hi\\"'],
    ["back\\slash", "back\\\\slash"],
    ["two\nlines\r\ttab", "two\\nlines\\r\\ttab"],
    ["echo ${HOME}", "echo $${HOME}"],
    ["%{ if x }", "%%{ if x }"],
    ["bell\u0007", "bell\\u0007"],
    ["ünïcødé ✓", "ünïcødé ✓"],
    ["$HOME and %s stay", "$HOME and %s stay"],
  ])("escapes %j", (input, expected) => {
    expect(escapeHclLiteral(input)).toBe(expected);
  });
});

describe("escapeTemplateKeepTokens", () => {
  test("escapes only template sequences outside tokens", () => {
    expect(escapeTemplateKeepTokens('x ${HOME} "q" ${TfToken[TOKEN.3]} %{')).toBe('x $${HOME} "q" ${TfToken[TOKEN.3]} %%{');
  });
});

describe("userDataExpressionText", () => {
  test("wraps the document in base64gzip and token scalars in jsonencode", () => {
    const text = userDataExpressionText((quote) => `#cloud-config\nruncmd:\n- [sh, -c, 'echo \${HOME}']\nkey: ${quote("pem:\n${TfToken[TOKEN.7]}")}\n`);
    expect(text).toBe(
      '${base64gzip("#cloud-config\\nruncmd:\\n- [sh, -c, \'echo $${HOME}\']\\nkey: ${jsonencode("pem:\\n${${TfToken[TOKEN.7]}}")}\\n")}',
    );
  });
  test("a document without tokens is a single escaped literal", () => {
    expect(userDataExpressionText(() => 'a: "b"\n', "base64encode")).toBe('${base64encode("a: \\"b\\"\\n")}');
  });
});

describe("lazyBase64GzipUserData in a stack", () => {
  test("renders at synth time and resolves tokens to interpolations", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    new RandomProvider(stack, "random");
    const pw = new Password(stack, "pw", { length: 16 });
    const parts: string[] = ["first"];
    const value = lazyBase64GzipUserData((quote) => `#cloud-config\nitems: [${parts.join(", ")}]\npw: ${quote(pw.result)}\n`);
    new TerraformOutput(stack, "ud", { value, sensitive: true });
    parts.push("added-later");
    const json = JSON.parse(Testing.synth(stack));
    expect(json.output.ud.value).toBe(
      '${base64gzip("#cloud-config\\nitems: [first, added-later]\\npw: ${jsonencode("${random_password.pw.result}")}\\n")}',
    );
    expect(app).toBeDefined();
  });
  test("with a content key, renders once per content and again when the content changes", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const resolve = (v: string) => Tokenization.resolve(v, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }) as string;
    const parts: string[] = ["first"];
    let renders = 0;
    const value = lazyBase64GzipUserData(() => {
      renders += 1;
      return `items: [${parts.join(", ")}]\n`;
    }, () => parts.join("\n"));
    expect(resolve(value)).toBe('${base64gzip("items: [first]\\n")}');
    expect(resolve(value)).toBe('${base64gzip("items: [first]\\n")}');
    expect(renders).toBe(1);
    parts.push("second");
    expect(resolve(value)).toBe('${base64gzip("items: [first, second]\\n")}');
    expect(renders).toBe(2);
  });
  test("without a content key, renders at every resolution", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const resolve = (v: string) => Tokenization.resolve(v, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }) as string;
    let renders = 0;
    const value = lazyBase64GzipUserData(() => {
      renders += 1;
      return "a: b\n";
    });
    resolve(value);
    resolve(value);
    expect(renders).toBe(2);
  });
  test("does not touch App-level state", () => {
    expect(new App({ skipValidation: true })).toBeDefined();
  });
});
