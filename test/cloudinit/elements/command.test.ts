import { CloudConfig, Command } from "../../../cloudinit";
import { validateDocument } from "../validate-document";

describe("Command", () => {
  test("argv arrays become runcmd list entries in the order added", () => {
    const doc = new CloudConfig({ machine: "m" })
      .add("a", Command.of(["systemctl", "restart", "nginx"]))
      .add("b", Command.of(["echo", "it's \"quoted\" $HOME; rm -rf /"]), Command.of(["systemctl", "restart", "nginx"]));
    expect(doc.toObject().runcmd).toEqual([
      ["systemctl", "restart", "nginx"],
      ["echo", "it's \"quoted\" $HOME; rm -rf /"],
      ["systemctl", "restart", "nginx"],
    ]);
    validateDocument(doc);
  });

  test("tokens in arguments are carried through", () => {
    expect(Command.of(["echo", "${TfToken[TOKEN.1]}"]).argv).toEqual(["echo", "${TfToken[TOKEN.1]}"]);
  });

  test.each([
    ["empty argv", [], /^command: must be a non-empty argv array/],
    ["shell string as program", ["echo hi"], /^command\[0\]: must be a program name without blanks/],
    ["non-string argument", ["echo", 1], /^command\[1\]: must be a string/],
    ["NUL in argument", ["echo", "a\0"], /^command\[1\]: must not contain a NUL/],
  ])("fails on %s", (_n, argv, message) => {
    expect(() => Command.of(argv as string[])).toThrow(message);
  });
});
