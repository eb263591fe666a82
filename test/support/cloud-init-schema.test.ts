/** The pure-Node cloud-init 25.1 JSON schema check that `npm test` uses (test/support/validators.ts). */
import { cloudInitSchema251, yaml11Parse } from "./validators";

describe("cloud-init 25.1 schema in Node", () => {
  test("cloud-init 25.1 schema: rejects wrong types and deprecated forms", () => {
    cloudInitSchema251("#cloud-config\npower_state:\n  mode: reboot\n  delay: 5\n");
    expect(() => cloudInitSchema251("#cloud-config\nswap:\n  size: big\n")).toThrow(/cloud-init 25\.1 schema rejected/);
    expect(() => cloudInitSchema251("#cloud-config\npower_state:\n  mode: reboot\n  delay: \"+5\"\n")).toThrow(/changed_description/);
    expect(() => cloudInitSchema251("#cloud-config\nusers:\n  - name: a\n    lock-passwd: true\n")).toThrow(/deprecated/);
  });


  test("the yaml library in YAML 1.1 mode reads booleans and octal like PyYAML", () => {
    expect(yaml11Parse("a: yes\nb: 0644\nc: '0644'\nd: on\n")).toEqual({ a: true, b: 420, c: "0644", d: true });
  });
});
