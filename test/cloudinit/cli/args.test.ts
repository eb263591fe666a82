import { parseRenderArgs, RENDER_USAGE } from "../../../cloudinit/cli/args";
import { Os } from "../../../cloudinit";
import { expectPairPacError } from "../../support/pairpac-error";

describe("parseRenderArgs", () => {
  test("minimal gateway invocation with defaults", () => {
    expect(parseRenderArgs(["--role", "gateway", "--out", "seed"])).toEqual({
      role: "gateway", out: "seed", desktops: 1, index: 1, allOptions: false, os: Os.UBUNTU_24_04, values: undefined, help: false,
    });
  });

  test("every option, in --flag=value and --flag value forms", () => {
    expect(parseRenderArgs(["--role=desktop", "--out", "/tmp/s", "--desktops=3", "--index", "2", "--all-options", "--os", "debian-13", "--values", "v.json"])).toEqual({
      role: "desktop", out: "/tmp/s", desktops: 3, index: 2, allOptions: true, os: Os.DEBIAN_13, values: "v.json", help: false,
    });
  });

  test("--help needs nothing else", () => {
    expect(parseRenderArgs(["--help"]).help).toBe(true);
    expect(RENDER_USAGE).toContain("--role gateway|desktop");
  });

  test.each([
    ["missing role", ["--out", "x"], { field: "--role", problem: "is required", fix: "Add --role gateway or --role desktop." }],
    ["unknown role", ["--role", "router", "--out", "x"], { field: "--role", problem: "must be gateway or desktop", fix: "Use --role gateway or --role desktop." }],
    ["missing out", ["--role", "gateway"], { field: "--out", problem: "is required", fix: "Add --out DIR, e.g. --out ./seed." }],
    ["flag without value", ["--role", "gateway", "--out"], { field: "--out", problem: "needs a value", fix: "Write --out <value>." }],
    ["flag followed by a flag", ["--role", "--out", "x"], { field: "--role", problem: "needs a value", fix: "Write --role <value>." }],
    ["unknown flag", ["--role", "gateway", "--out", "x", "--desktop", "2"], { field: "arguments", problem: "is not a known option", fix: "Run with --help to see the options." }],
    ["stray value", ["--role", "gateway", "x"], { field: "arguments", problem: "is not an option (values follow their option)", fix: "Run with --help to see the options." }],
    ["zero desktops", ["--role", "gateway", "--out", "x", "--desktops", "0"], { field: "--desktops", problem: "must be an integer between 1 and 99", fix: "Use e.g. --desktops 2." }],
    ["100 desktops", ["--role", "gateway", "--out", "x", "--desktops", "100"], { field: "--desktops", problem: "must be an integer between 1 and 99", fix: "Use e.g. --desktops 2." }],
    ["non-numeric desktops", ["--role", "gateway", "--out", "x", "--desktops", "two"], { field: "--desktops", problem: "must be an integer between 1 and 99", fix: "Use e.g. --desktops 2." }],
    ["index for gateway", ["--role", "gateway", "--out", "x", "--index", "1"], { field: "--index", problem: "only applies to --role desktop", fix: "Remove --index or use --role desktop." }],
    ["index above desktops", ["--role", "desktop", "--out", "x", "--index", "3", "--desktops", "2"], { field: "--index", problem: "must not exceed --desktops (2)", fix: "Use --desktops 3 or a smaller --index." }],
    ["unknown os", ["--role", "gateway", "--out", "x", "--os", "ubuntu-22.04"], { field: "--os", problem: "is not a supported operating system", fix: "Use one of: ubuntu-24.04, debian-13." }],
    ["repeated flag", ["--role", "gateway", "--role", "desktop", "--out", "x"], { field: "--role", problem: "is given twice", fix: "Give --role once." }],
    ["value on a boolean flag", ["--role", "gateway", "--out", "x", "--all-options=yes"], { field: "--all-options", problem: "takes no value", fix: "Write just --all-options." }],
  ])("fails on %s", (_n, argv, expected) => {
    expectPairPacError(() => parseRenderArgs(argv), expected);
  });
});
