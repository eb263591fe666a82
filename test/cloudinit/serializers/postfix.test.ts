import { postfixValue, renderPostfixMain, renderPostfixMaster, renderPostfixTable } from "../../../cloudinit/serializers/postfix";

describe("postfix serializers", () => {
  it("renders main.cf with lists joined by commas and empty values", () => {
    expect(renderPostfixMain({ mynetworks: ["127.0.0.0/8", "[::1]/128"], mydestination: "", message_size_limit: 1000 })).toBe(
      "mynetworks = 127.0.0.0/8, [::1]/128\nmydestination =\nmessage_size_limit = 1000\n",
    );
  });

  it("renders master.cf rows with defaults", () => {
    expect(renderPostfixMaster([{ service: "smtp", type: "inet", private: "n", chroot: "y", command: "smtpd", args: ["-o", "smtpd_sasl_auth_enable=no"] }])).toBe(
      "smtp inet n - y - - smtpd -o smtpd_sasl_auth_enable=no\n",
    );
  });

  it("renders a lookup table", () => {
    expect(renderPostfixTable({ "team@main.example.org": "OK" })).toBe("team@main.example.org OK\n");
  });

  it("fails on a newline in a value (it would start a new parameter)", () => {
    expect(() => renderPostfixMain({ myhostname: "a\nrelayhost = evil" })).toThrow("postfix.main.myhostname: must be a single line");
  });

  it("fails on '=' in a value", () => {
    expect(() => postfixValue("v", "inline:{a=b}")).toThrow("v: must not contain '='");
  });

  it("fails on leading whitespace (a continuation line)", () => {
    expect(() => postfixValue("v", " x")).toThrow("must not start or end with whitespace");
  });

  it("fails on a comma inside a list item and on a bad parameter name", () => {
    expect(() => postfixValue("v", ["a,b"])).toThrow("v[0]: must not contain whitespace or ','");
    expect(() => renderPostfixMain({ "My-Param": "x" })).toThrow("postfix.main: must be a Postfix parameter name");
  });

  it("fails on whitespace in a master.cf argument and on a bad maxproc", () => {
    expect(() => renderPostfixMaster([{ service: "smtp", type: "inet", command: "smtpd", args: ["-o", "a=b c"] }])).toThrow("postfix.master[0].args[1]: must be a non-empty word");
    expect(() => renderPostfixMaster([{ service: "smtp", type: "inet", command: "smtpd", maxproc: "x" }])).toThrow("postfix.master[0].maxproc");
  });

  it("fails on whitespace in a table key and on a token in main.cf", () => {
    expect(() => renderPostfixTable({ "a b": "OK" })).toThrow("postfix.table: must be a non-empty key");
    expect(() => postfixValue("v", "${TfToken[TOKEN.1]}")).toThrow("must not contain a Terraform token");
  });
});
