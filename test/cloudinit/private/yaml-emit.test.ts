import fc from "fast-check";
import { parse } from "yaml";
import { emitYaml, type EmitOptions } from "../../../cloudinit/private/yaml-emit";
import { defaultQuoteScalar, isSafePlain, textStyle } from "../../../cloudinit/private/yaml-render";

/** The rule cloud-config and Compose use: plain when safe, literal blocks for multi-line text, JSON otherwise. */
const OPTIONS: EmitOptions = {
  scalar: textStyle,
  quote: defaultQuoteScalar,
  plainKey: isSafePlain,
};

/** Reads `text` as YAML 1.1 (PyYAML, cloud-init) and as YAML 1.2 (go-yaml, Compose). */
function readBoth(text: string): [unknown, unknown] {
  return [parse(text, { version: "1.1" }), parse(text, { version: "1.2" })];
}

// Text without the characters the callers always quote (cloud-config: NEEDS_ESCAPES; Compose rejects them).
const text = fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "\t", "-", ":", "#", "|", ">", "'", "\"", "{", "[", "0", "é", "y", "%", "!", "*", "&", "?"), maxLength: 24 });
const key = fc.oneof(fc.constantFrom("a", "write_files", "net.ipv4.ip_forward", "0644", "yes", "a b", "-x", "k:"), text);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, tie("leaf"), tie("list"), tie("map")),
  leaf: fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true })),
  list: fc.array(tie("node"), { maxLength: 4 }),
  map: fc.dictionary(key, tie("node"), { maxKeys: 4 }),
})).node;

describe("emitYaml", () => {
  test("YAML 1.1 and 1.2 readers both read back the value written, for nested maps, lists and scalars (property)", () => {
    fc.assert(fc.property(value, fc.boolean(), (v, flow) => {
      const written = emitYaml(v, { ...OPTIONS, flowScalarSequences: flow });
      const expected = JSON.parse(JSON.stringify(v)) as unknown; // -0 is written as 0
      const [v11, v12] = readBoth(written);
      expect(v11).toEqual(expected);
      expect(v12).toEqual(expected);
    }), { numRuns: 2000, seed: 20261203 });
  });

  test("block layout: maps, indented sequences, maps in sequences, sequences in sequences, empty collections", () => {
    const written = emitYaml({ a: 1, list: ["x", { k: "v", l: [true, null] }, ["p", "q"], []], map: { inner: {}, s: "t" } }, OPTIONS);
    expect(written).toBe([
      "a: 1", "list:", "  - x", "  - k: v", "    l:", "      - true", "      - null", "  - - p", "    - q", "  - []",
      "map:", "  inner: {}", "  s: t", "",
    ].join("\n"));
  });

  test("literal blocks keep the text exact: chomping for no, one and several final line breaks", () => {
    expect(emitYaml({ a: "x\ny" }, OPTIONS)).toBe("a: |-\n  x\n  y\n");
    expect(emitYaml({ a: "x\ny\n" }, OPTIONS)).toBe("a: |\n  x\n  y\n");
    expect(emitYaml({ a: "x\n\n\n" }, OPTIONS)).toBe("a: |+\n  x\n\n\n");
    expect(emitYaml({ a: ["x\n\ny\n"] }, OPTIONS)).toBe("a:\n  - |\n    x\n\n    y\n");
  });

  test("text a literal block cannot hold without an indentation indicator is JSON-quoted", () => {
    for (const s of [" leading\nx", "\tx\ny", "\n \nx", "\n", " \n ", ""]) {
      const written = emitYaml({ a: s }, OPTIONS);
      expect(written).toBe(`a: ${JSON.stringify(s)}\n`);
      expect(readBoth(written)).toEqual([{ a: s }, { a: s }]);
    }
  });

  test("flow style only for sequences of scalars, and only when asked", () => {
    const v = { command: ["-b", "172.30.1.1", "4822"], env: [{ A: "1" }] };
    expect(emitYaml(v, { ...OPTIONS, flowScalarSequences: true })).toBe('command: ["-b", "172.30.1.1", "4822"]\nenv:\n  - A: "1"\n');
    expect(emitYaml(v, OPTIONS)).toBe('command:\n  - "-b"\n  - "172.30.1.1"\n  - "4822"\nenv:\n  - A: "1"\n');
  });

  test("undefined map values are left out; values it cannot write are refused", () => {
    expect(emitYaml({ a: undefined, b: 1 }, OPTIONS)).toBe("b: 1\n");
    expect(() => emitYaml({ a: Number.NaN }, OPTIONS)).toThrow(/cannot write a value of type number/);
    expect(() => emitYaml({ a: () => 1 }, OPTIONS)).toThrow(/cannot write a value of type function/);
  });
});
