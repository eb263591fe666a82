import { parseRenderArgs, RENDER_USAGE } from "../../../cloudinit/cli/args";
import { Os } from "../../../cloudinit";
import { PairPacError } from "../../../src/errors";

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
    ["missing role", ["--out", "x"], "--role: is required; got null. Add --role gateway or --role desktop."],
    ["unknown role", ["--role", "router", "--out", "x"], "--role: must be gateway or desktop; got \"router\". Use --role gateway or --role desktop."],
    ["missing out", ["--role", "gateway"], "--out: is required; got null. Add --out DIR, e.g. --out ./seed."],
    ["flag without value", ["--role", "gateway", "--out"], "--out: needs a value; got null. Write --out <value>."],
    ["flag followed by a flag", ["--role", "--out", "x"], "--role: needs a value; got \"--out\". Write --role <value>."],
    ["unknown flag", ["--role", "gateway", "--out", "x", "--desktop", "2"], "arguments: is not a known option; got \"--desktop\". Run with --help to see the options."],
    ["stray value", ["--role", "gateway", "x"], "arguments: is not an option (values follow their option); got \"x\". Run with --help to see the options."],
    ["zero desktops", ["--role", "gateway", "--out", "x", "--desktops", "0"], "--desktops: must be an integer between 1 and 99; got \"0\". Use e.g. --desktops 2."],
    ["100 desktops", ["--role", "gateway", "--out", "x", "--desktops", "100"], "--desktops: must be an integer between 1 and 99; got \"100\". Use e.g. --desktops 2."],
    ["non-numeric desktops", ["--role", "gateway", "--out", "x", "--desktops", "two"], "--desktops: must be an integer between 1 and 99; got \"two\". Use e.g. --desktops 2."],
    ["index for gateway", ["--role", "gateway", "--out", "x", "--index", "1"], "--index: only applies to --role desktop; got \"1\". Remove --index or use --role desktop."],
    ["index above desktops", ["--role", "desktop", "--out", "x", "--index", "3", "--desktops", "2"], "--index: must not exceed --desktops (2); got 3. Use --desktops 3 or a smaller --index."],
    ["unknown os", ["--role", "gateway", "--out", "x", "--os", "ubuntu-22.04"], "--os: is not a supported operating system; got \"ubuntu-22.04\". Use one of: ubuntu-24.04, debian-13."],
    ["repeated flag", ["--role", "gateway", "--role", "desktop", "--out", "x"], "--role: is given twice; got \"desktop\". Give --role once."],
    ["value on a boolean flag", ["--role", "gateway", "--out", "x", "--all-options=yes"], "--all-options: takes no value; got \"--all-options=yes\". Write just --all-options."],
  ])("fails on %s", (_n, argv, message) => {
    let error: unknown;
    try {
      parseRenderArgs(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PairPacError);
    expect((error as Error).message).toBe(message);
  });
});
