import { iniValue, renderIni } from "../../../cloudinit/serializers/ini";

describe("renderIni", () => {
  it("renders global entries and sections in order, quoting only what Qt would misread", () => {
    const text = renderIni(
      {
        global: { database: "/data/murmur.sqlite", port: 64738, allowhtml: true, welcometext: 'Hi, <a href="https://x">there</a>; ok' },
        sections: { Ice: { "Ice.Warn.UnknownProperties": 1 } },
      },
      { comment: "generated" },
    );
    expect(text).toBe(
      "; generated\n" +
        "database=/data/murmur.sqlite\n" +
        "port=64738\n" +
        "allowhtml=true\n" +
        'welcometext="Hi, <a href=\\"https://x\\">there</a>; ok"\n' +
        "\n[Ice]\n" +
        "Ice.Warn.UnknownProperties=1\n",
    );
  });

  it("escapes backslashes and quotes, and quotes commas (Qt would make a list) and empty strings", () => {
    expect(iniValue("v", 'a\\b"c')).toBe('"a\\\\b\\"c"');
    expect(iniValue("v", "a,b")).toBe('"a,b"');
    expect(iniValue("v", "")).toBe('""');
    expect(iniValue("v", "#x")).toBe('"#x"');
  });

  it("always quotes a value holding a Terraform token", () => {
    expect(iniValue("v", "${TfToken[TOKEN.7]}")).toBe('"${TfToken[TOKEN.7]}"');
  });

  it("fails on a newline in a value", () => {
    expect(() => renderIni({ global: { welcometext: "a\nb" } })).toThrow("ini.global.welcometext: must be a single line");
  });

  it("fails on a carriage return or another control character", () => {
    expect(() => iniValue("v", "a\rb")).toThrow("must be a single line");
    expect(() => iniValue("v", "a\u0000b")).toThrow("must not contain control characters");
  });

  it("fails on a key with '=' or a space, and on a bad section name", () => {
    expect(() => renderIni({ global: { "a=b": 1 } })).toThrow("ini.global: must be a key");
    expect(() => renderIni({ global: { "a b": 1 } })).toThrow("ini.global: must be a key");
    expect(() => renderIni({ sections: { "a]b": {} } })).toThrow("ini.sections: must be a section name");
  });

  it("fails on a non-finite number", () => {
    expect(() => iniValue("v", Number.NaN)).toThrow("v: must be a finite number");
  });
});
