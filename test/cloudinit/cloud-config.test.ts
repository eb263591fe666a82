import fc from "fast-check";
import { parse } from "yaml";
import { CloudConfig, Command, File, Group, Os, Packages, SystemdUnit, User } from "../../cloudinit";
import { validateDocument, validateText } from "./validate-document";
import { expectPairPacError } from "../support/pairpac-error";

describe("CloudConfig", () => {
  test("renders a small document exactly", () => {
    const doc = new CloudConfig({ machine: "gateway" })
      .add("base", Packages.of("docker"), File.text("/etc/pairpac/motd", "Welcome\nto PairPac\n"))
      .add("ops", Command.of(["systemctl", "restart", "docker"]));
    expect(doc.render()).toBe([
      "#cloud-config",
      "package_update: true",
      "packages:",
      "  - docker.io",
      "write_files:",
      "  - path: /etc/pairpac/motd",
      "    content: |",
      "      Welcome",
      "      to PairPac",
      "    owner: root:root",
      "    permissions: \"0644\"",
      "runcmd:",
      "  - - systemctl",
      "    - restart",
      "    - docker",
      "",
    ].join("\n"));
    validateDocument(doc);
  });

  test("an empty document is valid", () => {
    const doc = new CloudConfig({ machine: "empty" });
    expect(doc.render()).toBe("#cloud-config\n{}\n");
    validateDocument(doc);
  });

  test("defaults to Ubuntu 24.04 and keeps machine and OS", () => {
    const doc = new CloudConfig({ machine: "desktop-1" });
    expect(doc.os).toBe(Os.UBUNTU_24_04);
    expect(doc.machine).toBe("desktop-1");
    expect(new CloudConfig({ machine: "d", os: Os.DEBIAN_13 }).os.codename).toBe("trixie");
  });

  test("packageUpgrade adds package_upgrade", () => {
    expect(new CloudConfig({ machine: "m", packageUpgrade: true }).toObject()).toEqual({ package_upgrade: true });
  });

  test("output does not depend on the order of contributors for order-free parts", () => {
    const a = [Packages.of("docker"), File.text("/etc/b", "b"), User.create("zed"), Group.of("g2")] as const;
    const b = [Packages.of("x11vnc"), File.text("/etc/a", "a"), User.create("amy"), Group.of("g1")] as const;
    const one = new CloudConfig({ machine: "m" }).add("a", ...a).add("b", ...b).render();
    const two = new CloudConfig({ machine: "m" }).add("b", ...b).add("a", ...a).render();
    expect(one).toBe(two);
    validateText(one);
    expect(one.indexOf("/etc/a")).toBeLessThan(one.indexOf("/etc/b"));
  });

  test("rendering twice gives the same text; toObject returns fresh copies", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", Packages.of("docker"));
    expect(doc.render()).toBe(doc.render());
    const o = doc.toObject();
    (o.packages as string[]).push("evil");
    expect(doc.toObject().packages).toEqual(["docker.io"]);
  });

  test("adding to the same contributor twice appends; contributions() lists them in order", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", Command.of(["echo", "1"])).add("b", Command.of(["echo", "2"])).add("a", Command.of(["echo", "3"]));
    expect(doc.contributions().map((c) => [c.contributor, c.elements.length])).toEqual([["a", 2], ["b", 1]]);
    expect(doc.toObject().runcmd).toEqual([["echo", "1"], ["echo", "3"], ["echo", "2"]]);
    expect(doc.only("b").toObject()).toEqual({ runcmd: [["echo", "2"]] });
  });

  test("identical files from two contributors are written once", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", File.text("/etc/x", "same")).add("b", File.text("/etc/x", "same"));
    expect(doc.toObject().write_files).toEqual([{ path: "/etc/x", content: "same", owner: "root:root", permissions: "0644" }]);
  });

  test("fails on two different contents for one path, naming both contributors; the document is unchanged", () => {
    const doc = new CloudConfig({ machine: "m" }).add("nginx", File.text("/etc/x", "one"));
    const before = doc.render();
    expectPairPacError(() => doc.add("mumble", Command.of(["echo"]), File.text("/etc/x", "two")), {
      field: "write_files[/etc/x]", value: "/etc/x", problem: 'is written by both "nginx" and "mumble" with different content', fix: "Let one contributor own the file, or make both contributions identical.",
    });
    expect(doc.render()).toBe(before);
  });

  test("after a failed add, the document goes on as if it had never been tried (the command of the failed add is not run)", () => {
    const doc = new CloudConfig({ machine: "m" }).add("nginx", File.text("/etc/x", "one"), Command.of(["echo", "a"]));
    expect(() => doc.add("mumble", Command.of(["echo", "lost"]), File.text("/etc/x", "two"))).toThrow(/written by both/);
    doc.add("mail", Command.of(["echo", "b"]), Packages.of("postfix")).add("nginx", Command.of(["echo", "c"]));
    const fresh = new CloudConfig({ machine: "m" }).add("nginx", File.text("/etc/x", "one"), Command.of(["echo", "a"]))
      .add("mail", Command.of(["echo", "b"]), Packages.of("postfix")).add("nginx", Command.of(["echo", "c"]));
    expect(doc.render()).toBe(fresh.render());
    expect(doc.render()).not.toContain("lost");
    expect(doc.contributions().map((c) => c.contributor)).toEqual(["nginx", "mail"]);
  });

  test("adding contributors one by one renders what adding them in one document at once does (property)", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom("a", "b", "c", "d"), fc.integer({ min: 0, max: 5 })), { maxLength: 12 }), (adds) => {
      const doc = new CloudConfig({ machine: "m" });
      for (const [who, n] of adds) doc.add(who, Command.of(["echo", who, String(n)]), File.text(`/etc/${who}-${n}`, `${who}${n}`));
      // The same contributions collected from scratch, in the order contributors first appeared.
      const fresh = new CloudConfig({ machine: "m" });
      for (const c of doc.contributions()) fresh.add(c.contributor, ...c.elements);
      expect(doc.render()).toBe(fresh.render());
    }));
  });

  test("fails on the same path with a different mode", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", File.text("/etc/x", "one"));
    expect(() => doc.add("b", File.text("/etc/x", "one", { mode: "0600" }))).toThrow(/with different owner, mode or options/);
  });

  test("fails when a file collides with a unit file", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", SystemdUnit.service("x", { description: "X", execStart: ["/bin/true"] }));
    expectPairPacError(() => doc.add("b", File.text("/etc/systemd/system/x.service", "[Unit]\n")), { field: "write_files[/etc/systemd/system/x.service]", problem: /^is written by both "a" and "b"/ });
  });

  test.each([
    ["bad machine", () => new CloudConfig({ machine: "Gateway!" }), /^cloudConfig\.machine: must be 1-63 lower-case/],
    ["bad os", () => new CloudConfig({ machine: "m", os: "ubuntu" as never }), /^m\.os: must be an Os/],
    ["bad contributor", () => new CloudConfig({ machine: "m" }).add("my contributor"), /^m\.contributor: must be 1-63 letters/],
    ["not an element", () => new CloudConfig({ machine: "m" }).add("a", { path: "/x" } as never), /^m\.a\[0\]: is not a cloud-init element/],
    ["unknown contributor for only()", () => new CloudConfig({ machine: "m" }).only("x"), /^m\.contributor: has not contributed/],
  ])("fails on %s", (_n, make, message) => {
    expect(make).toThrow(message);
  });
});

describe("CloudConfig tokens", () => {
  const PEM = "${TfToken[TOKEN.11]}";

  test("a string with tokens becomes quoteScalar(whole string); default is a JSON string", () => {
    const doc = new CloudConfig({ machine: "m" }).add("tls", File.text("/etc/ssl/pairpac.pem", `# cert\n${PEM}\n`, { mode: "0600" }));
    const text = doc.render();
    expect(text).toContain(`    content: "# cert\\n${PEM}\\n"\n`);
    validateDocument(doc);
  });

  test("a custom quoteScalar receives each whole string once and its result is inserted verbatim", () => {
    const seen: string[] = [];
    const doc = new CloudConfig({ machine: "m" }).add("a",
      File.text("/etc/a", `x=${PEM}`), Command.of(["echo", "${TfToken[TOKEN.2]}"]), User.create("u", { sshAuthorizedKeys: ["${TfToken[TOKEN.3]}"] }));
    const text = doc.render({ quoteScalar: (s) => { seen.push(s); return `\${TfToken[TOKEN.${90 + seen.length}]}`; } });
    expect(seen).toEqual(["${TfToken[TOKEN.3]}", `x=${PEM}`, "${TfToken[TOKEN.2]}"]);
    expect(text).toContain("content: ${TfToken[TOKEN.92]}\n");
    expect(text).toContain("  - - echo\n    - ${TfToken[TOKEN.93]}\n");
    expect(text).toContain("ssh_authorized_keys:\n      - ${TfToken[TOKEN.91]}\n");
    validateText(text);
  });

  test("a multi-line token value stays valid once Terraform substitutes a JSON-quoted PEM", () => {
    const doc = new CloudConfig({ machine: "m" }).add("tls", File.text("/etc/k.pem", PEM, { mode: "0600" }), Command.of(["true"]));
    const pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n";
    // What Terraform's jsonencode(...) of the resolved string yields:
    const resolved = doc.render().replace(JSON.stringify(PEM), JSON.stringify(pem));
    expect(validateText(resolved)).toEqual({ write_files: [{ path: "/etc/k.pem", content: pem, owner: "root:root", permissions: "0600" }], runcmd: [["true"]] });
  });

  test("a custom token pattern is honoured", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", File.text("/etc/a", "<<T1>>"));
    const text = doc.render({ tokenPattern: /<<T\d+>>/g, quoteScalar: () => "REPLACED" });
    expect(text).toContain("content: REPLACED\n");
    validateText(text);
  });

  test("fails on a token in a mapping key", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", { contribute: (t) => t.setSingleton("ssh_keys", { "${TfToken[TOKEN.1]}": "x" }) });
    expectPairPacError(() => doc.render(), { field: "cloudConfig.ssh_keys.${TfToken[TOKEN.1]}", problem: /^is a mapping key containing a Terraform token/ });
  });

  test("content that looks like a placeholder is written as it is (the renderer uses none)", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", File.text("/etc/a", "PAIRPAC_TOKEN_SCALAR_0"));
    expect(doc.render()).toContain("content: PAIRPAC_TOKEN_SCALAR_0\n");
  });
});

describe("CloudConfig YAML 1.1 safety (PyYAML reads back exactly what was rendered)", () => {
  const tricky = [
    "yes", "no", "on", "off", "y", "n", "Y", "true", "False", "null", "~", "", " ", "0644", "0x1F", "1e3", ".5", "1:20", "1_000",
    "2024-01-01", "=", "<<", "-", "- x", "? x", "#comment", "a #b", "key: value", "a:", "@at", "`tick", "!tag", "&anchor", "*alias",
    "%percent", "|", ">", "'single'", "\"double\"", "{a: 1}", "[1, 2]", "tab\there", "trailing ", " leading", "multi\nline", "multi\nline\n",
    "keep\n\n", "  indented\nfirst", "crlf\r\nline", "nel\u0085x", "ls\u2028x", "bom\ufeffx", "del\u007fx", "bell\u0007", "é ü 日本 🎉",
    "---", "...", "--- x", "\\backslash", "ends with colon:", "ALL=(ALL) NOPASSWD:ALL",
  ];

  test("tricky scalars in file content, commands and sysctl-free places", () => {
    const doc = new CloudConfig({ machine: "m" }).add("t",
      ...tricky.map((s, i) => File.text(`/etc/t/${i}`, s)),
      Command.of(["echo", ...tricky]));
    validateDocument(doc);
  });

  test("random strings round-trip (through PyYAML in the conformance tier; property)", () => {
    const strings = fc.sample(fc.string({ unit: "binary", maxLength: 40 }).filter((s) => !s.includes("\0")), { numRuns: 300, seed: 4242 });
    const withTokens = fc.sample(fc.tuple(fc.string({ unit: "binary", maxLength: 20 }), fc.string({ maxLength: 20 }))
      .filter(([a, b]) => !a.includes("\0") && !b.includes("\0"))
      .map(([a, b]) => `${a}\${TfToken[TOKEN.7]}${b}`), { numRuns: 100, seed: 7 });
    const doc = new CloudConfig({ machine: "m" }).add("p",
      ...strings.map((s, i) => File.text(`/etc/p/${i}`, s)),
      ...withTokens.map((s, i) => File.text(`/etc/q/${i}`, s)),
      Command.of(["echo", ...strings]));
    const text = doc.render();
    expect(validateText(text)).toEqual(doc.toObject());
    expect(parse(text, { version: "1.1" })).toEqual(doc.toObject());
  });
});

describe("CloudConfig render", () => {
  test("revision changes with every successful add and not with a failed one or a render", () => {
    const doc = new CloudConfig({ machine: "rev" });
    const r0 = doc.revision;
    doc.add("a", File.text("/etc/a", "a\n"));
    const r1 = doc.revision;
    expect(r1).not.toBe(r0);
    const text = doc.render();
    expect(doc.revision).toBe(r1);
    expect(() => doc.add("b", File.text("/etc/a", "other\n"))).toThrow(/\/etc\/a/);
    expect(doc.revision).toBe(r1);
    expect(doc.render()).toBe(text);
    doc.add("a", File.text("/etc/a2", "x\n"));
    expect(doc.revision).not.toBe(r1);
    expect(doc.render()).toContain("/etc/a2");
  });

  test("every render reflects the elements added so far; options apply to that render only", () => {
    const doc = new CloudConfig({ machine: "later" }).add("a", File.text("/etc/a", "a\n"));
    const first = doc.render();
    doc.add("b", File.text("/etc/b", "b\n"));
    const second = doc.render();
    expect(first).not.toContain("/etc/b");
    expect(second).toContain("/etc/b");
    doc.add("c", File.text("/etc/c", "${TfToken[TOKEN.9]}"));
    const custom = doc.render({ quoteScalar: (s) => `CUSTOM(${s.length})` });
    expect(custom).toContain("content: CUSTOM(19)");
    expect(doc.render()).not.toContain("CUSTOM(");
  });
});
