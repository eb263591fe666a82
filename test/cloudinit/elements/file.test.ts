import { CloudConfig, File } from "../../../cloudinit";
import { validateDocument } from "../validate-document";
import { expectPairPacError } from "../../support/pairpac-error";

function entries(...files: File[]): unknown {
  return new CloudConfig({ machine: "test" }).add("t", ...files).toObject().write_files;
}

describe("File", () => {
  test("text file with defaults: root:root, 0644, not deferred, plain text", () => {
    expect(entries(File.text("/etc/pairpac/a.conf", "x = 1\n"))).toEqual([
      { path: "/etc/pairpac/a.conf", content: "x = 1\n", owner: "root:root", permissions: "0644" },
    ]);
  });

  test("owner and mode are written; a non-root owner defers the file to the final stage", () => {
    expect(entries(File.text("/home/alice/.config/x", "y", { owner: "alice:staff", mode: "0600" }))).toEqual([
      { path: "/home/alice/.config/x", content: "y", owner: "alice:staff", permissions: "0600", defer: true },
    ]);
  });

  test("owner without group means the group of the same name", () => {
    expect(File.text("/x", "", { owner: "bob" }).owner).toBe("bob:bob");
  });

  test("defer can be forced on for root files and off for user files", () => {
    expect(File.text("/x", "", { defer: true }).defer).toBe(true);
    expect(File.text("/x", "", { owner: "bob", defer: false }).defer).toBe(false);
  });

  test.each([["640", "0640"], ["0640", "0640"], ["1777", "1777"], ["01777", "1777"], ["0755", "0755"]])("mode %j is normalised to %j", (mode, expected) => {
    expect(File.text("/x", "", { mode }).mode).toBe(expected);
  });

  test.each([["8", "0680"], ["number", 640], ["too long", "007777"], ["letters", "rw-r--r--"], ["empty", ""]])("fails on an invalid mode (%s)", (_n, mode) => {
    expectPairPacError(() => File.text("/x", "", { mode: mode as string }), { field: "file(/x).mode", problem: /^must be an octal mode string/ });
  });

  test("base64 encoding carries content with control characters", () => {
    const content = "bell\u0007 and tab\t\n";
    expect(entries(File.text("/etc/x", content, { encoding: "base64" }))).toEqual([
      { path: "/etc/x", content: Buffer.from(content).toString("base64"), owner: "root:root", permissions: "0644", encoding: "b64" },
    ]);
  });

  test("binary files are base64 of the bytes", () => {
    const bytes = Uint8Array.from([0, 255, 10, 128]);
    expect(entries(File.binary("/var/lib/x.bin", bytes, { mode: "0600" }))).toEqual([
      { path: "/var/lib/x.bin", content: "AP8KgA==", owner: "root:root", permissions: "0600", encoding: "b64" },
    ]);
  });

  test("fromConfig is a text file", () => {
    expect(File.fromConfig("/etc/a.ini", "[a]\nb=c\n", { mode: "0640" })).toEqual(File.text("/etc/a.ini", "[a]\nb=c\n", { mode: "0640" }));
  });

  test("content with Terraform tokens is kept verbatim", () => {
    expect(entries(File.text("/etc/cert.pem", "${TfToken[TOKEN.4]}"))).toEqual([
      { path: "/etc/cert.pem", content: "${TfToken[TOKEN.4]}", owner: "root:root", permissions: "0644" },
    ]);
  });

  test("fails on base64 encoding of content with tokens", () => {
    expectPairPacError(() => File.text("/x", "${TfToken[TOKEN.4]}", { encoding: "base64" }), { field: "file(/x).encoding", problem: /^cannot be used for content containing Terraform tokens/ });
  });

  test.each([
    ["relative", "etc/x"], ["trailing slash", "/etc/x/"], ["dot-dot", "/etc/../x"], ["double slash", "/etc//x"], ["newline", "/etc/x\ny"], ["token", "/etc/${TfToken[TOKEN.1]}"],
  ])("fails on a %s path", (_n, path) => {
    expect(() => File.text(path, "")).toThrow(/\.path: must /);
  });

  test("fails on an invalid owner", () => {
    expectPairPacError(() => File.text("/x", "", { owner: "Alice:root" }), { field: "file(/x).owner", problem: /^must be a Linux user\/group name/ });
    expect(() => File.text("/x", "", { owner: "a:b:c" })).toThrow(/exactly one ':'/);
  });

  test("fails on NUL in text content", () => {
    expectPairPacError(() => File.text("/x", "a\0b"), { field: "file(/x).content", problem: /^must not contain a NUL character/ });
  });

  test("fails on an unknown encoding", () => {
    expectPairPacError(() => File.text("/x", "", { encoding: "gzip" as never }), { field: "file(/x).encoding", problem: /^must be "text" or "base64"/ });
  });

  test("every option renders to a valid cloud-config", () => {
    const doc = new CloudConfig({ machine: "files" }).add("t",
      File.text("/etc/a", "plain\n"),
      File.text("/etc/b", "yes", { mode: "0600", owner: "root:adm" }),
      File.text("/etc/c", "no\n  indented\n\ttab\n", { defer: true }),
      File.text("/etc/d", "\u0007", { encoding: "base64" }),
      File.binary("/etc/e", Uint8Array.from([1, 2, 3])),
      File.text("/etc/f", ""),
    );
    validateDocument(doc);
  });
});
