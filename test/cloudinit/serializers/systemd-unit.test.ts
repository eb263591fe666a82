import {
  escapeSpecifiers, escapeUnitPath, quoteExecArg, quoteExecArgv, quoteUnitString, serializeUnit,
} from "../../../cloudinit/serializers/systemd-unit";
import { PairPacError } from "../../../src/errors";
import { expectPairPacError } from "../../support/pairpac-error";

describe("serializeUnit", () => {
  test("writes sections in order, repeats array values, maps booleans and skips undefined", () => {
    const text = serializeUnit({
      Unit: { Description: "Demo", After: "network-online.target", Wants: undefined },
      Service: { Type: "oneshot", RemainAfterExit: true, PrivateTmp: false, RestartSec: 5, ExecStartPre: ["/bin/true", "/bin/true x"] },
      Install: { WantedBy: "multi-user.target" },
    });
    expect(text).toBe([
      "[Unit]", "Description=Demo", "After=network-online.target", "",
      "[Service]", "Type=oneshot", "RemainAfterExit=yes", "PrivateTmp=no", "RestartSec=5", "ExecStartPre=/bin/true", "ExecStartPre=/bin/true x", "",
      "[Install]", "WantedBy=multi-user.target", "",
    ].join("\n"));
  });

  test("an empty string value is written as a reset assignment", () => {
    expect(serializeUnit({ Service: { ExecStart: ["", "/bin/true"] } })).toBe("[Service]\nExecStart=\nExecStart=/bin/true\n");
  });

  test.each([
    ["newline", "a\nb", /line break/],
    ["carriage return", "a\rb", /line break/],
    ["NUL", "a\0b", /line break or NUL/],
    ["trailing backslash (line continuation)", "C:\\", /backslash/],
    ["leading blank", " x", /blanks/],
    ["trailing blank", "x ", /blanks/],
  ])("fails on a value with a %s", (_name, value, message) => {
    expect(() => serializeUnit({ Service: { Description: value } })).toThrow(message);
    expect(() => serializeUnit({ Service: { Description: value } })).toThrow(PairPacError);
  });

  test("fails on a newline inside an array element and names the element", () => {
    expectPairPacError(() => serializeUnit({ Service: { ExecStartPre: ["/bin/true", "/bin/echo a\nb"] } }), { field: "unit.Service.ExecStartPre[1]", problem: /^must not contain a line break/ });
  });

  test.each([
    ["section with brackets", { "Unit]": { A: "b" } }, /not a valid section name/],
    ["key with '='", { Unit: { "A=B": "c" } }, /not a valid setting name/],
    ["key with a blank", { Unit: { "Exec Start": "c" } }, /not a valid setting name/],
    ["no sections", {}, /at least one section/],
    ["infinite number", { Service: { RestartSec: Infinity } }, /finite number/],
  ])("fails on a %s", (_name, sections, message) => {
    expect(() => serializeUnit(sections as never)).toThrow(message);
  });
});

describe("quoteExecArg", () => {
  test.each([
    ["plain word stays bare", "/usr/bin/docker", "/usr/bin/docker"],
    ["option with = and , stays bare", "--publish=127.0.0.1:5901,x", "--publish=127.0.0.1:5901,x"],
    ["space is quoted", "hello world", "\"hello world\""],
    ["double quote is escaped", "say \"hi\"", "\"say \\\"hi\\\"\""],
    ["single quote is kept inside double quotes", "it's", "\"it's\""],
    ["backslash is doubled", "a\\b", "\"a\\\\b\""],
    ["dollar is doubled (no variable expansion)", "$HOME", "\"$$HOME\""],
    ["braced variable is not expanded", "${USER}", "\"$${USER}\""],
    ["percent is doubled (no specifier)", "100%", "\"100%%\""],
    ["specifier-like text is escaped", "%n", "\"%%n\""],
    ["newline becomes \\n", "a\nb", "\"a\\nb\""],
    ["tab becomes \\t", "a\tb", "\"a\\tb\""],
    ["carriage return becomes \\r", "a\rb", "\"a\\rb\""],
    ["other control characters become \\xNN", "a\u0001b", "\"a\\x01b\""],
    ["empty argument is an empty quoted word", "", "\"\""],
    ["lone semicolon is quoted (not a command separator)", ";", "\";\""],
    ["unicode is kept", "grüße", "\"grüße\""],
  ])("%s", (_name, arg, expected) => {
    expect(quoteExecArg(arg)).toBe(expected);
  });

  test("keeps Terraform tokens verbatim and escapes the text around them", () => {
    expect(quoteExecArg("user@${TfToken[TOKEN.12]}")).toBe("\"user@${TfToken[TOKEN.12]}\"");
    expect(quoteExecArg("100% ${TfToken[TOKEN.3]} $x")).toBe("\"100%% ${TfToken[TOKEN.3]} $$x\"");
  });

  test("fails on NUL", () => {
    expectPairPacError(() => quoteExecArg("a\0b"), { field: "execArg", problem: /^must not contain a NUL character/ });
    expectPairPacError(() => quoteExecArgv(["/bin/echo", "a\0b"], { field: "service(s).execStart" }), { field: "service(s).execStart[1]", problem: /^must not contain a NUL character/ });
  });
});

describe("quoteExecArgv", () => {
  test("joins quoted words", () => {
    expect(quoteExecArgv(["/usr/bin/ssh", "-o", "ServerAliveInterval=30", "-R", "127.0.0.1:5901:localhost:5900", "it's me"]))
      .toBe("/usr/bin/ssh -o ServerAliveInterval=30 -R 127.0.0.1:5901:localhost:5900 \"it's me\"");
  });

  test.each(["@/bin/true", "-/bin/true", ":/bin/true", "+/bin/true", "!/bin/true", ""])("fails on executable %j (systemd prefix or empty)", (exe) => {
    expectPairPacError(() => quoteExecArgv([exe, "x"]), { field: "execStart[0]", problem: /^must be a non-empty executable path/ });
  });

  test("fails on an empty argv and names the field", () => {
    expectPairPacError(() => quoteExecArgv([], { field: "service(x).execStart" }), { field: "service(x).execStart", problem: /^must be a non-empty argv array/ });
  });

  test.each(["/usr/bin/my tool", "/opt/100%/bin", "$HOME/bin/x", "/usr/bin/\"x\""])("fails on executable %j (not a plain path)", (exe) => {
    expectPairPacError(() => quoteExecArgv([exe]), { field: "execStart[0]", problem: /^must be a plain path or program name/ });
  });

  test("fails on a non-string argument and names its index", () => {
    expectPairPacError(() => quoteExecArgv(["/bin/echo", 5 as unknown as string]), { field: "execStart[1]", problem: /^must be a string/ });
  });

});

describe("quoteUnitString", () => {
  test("quotes a KEY=value assignment with escapes", () => {
    expect(quoteUnitString("env", "JAVA_OPTS=-Xmx256m -Dx=\"y\" 5%")).toBe("\"JAVA_OPTS=-Xmx256m -Dx=\\\"y\\\" 5%%\"");
  });

  test("does not double the dollar (Environment= does not expand variables)", () => {
    expect(quoteUnitString("env", "A=$B")).toBe("\"A=$B\"");
  });

  test("fails on a line break", () => {
    expectPairPacError(() => quoteUnitString("service(x).environment.A", "A=1\n2"), { field: "service(x).environment.A", problem: /^must not contain a line break/ });
  });
});

describe("escapeSpecifiers", () => {
  test("doubles every percent sign", () => {
    expect(escapeSpecifiers("%h 100%%")).toBe("%%h 100%%%%");
  });
});

describe("escapeUnitPath", () => {
  // Expected values printed by `systemd-escape --path` (systemd 252, Debian 12); the conformance tier compares the
  // function with the installed systemd-escape on the same paths.
  test.each([
    ["/srv/pairpac", "srv-pairpac"], ["/srv/pair-data", "srv-pair\\x2ddata"], ["/mnt/a b", "mnt-a\\x20b"], ["/.hidden/x", "\\x2ehidden-x"],
    ["/srv//double/", "srv-double"], ["/", "-"], ["/srv/grüße", "srv-gr\\xc3\\xbc\\xc3\\x9fe"],
  ])("escapes %j as %j", (path, unit) => {
    expect(escapeUnitPath(path)).toBe(unit);
  });
});
