import { gzipSync } from "node:zlib";
import { checkBudget, CloudConfig, Command, estimateUserData, File, Packages, UserDataBudget } from "../../cloudinit";
import { PairPacError } from "../../src/errors";
import { expectPairPacError } from "../support/pairpac-error";

const T1 = "${TfToken[TOKEN.1]}";
const T2 = "${TfToken[TOKEN.2]}";

describe("estimateUserData", () => {
  test("without tokens: exact UTF-8, gzip (level 6) and base64 sizes", () => {
    const text = "#cloud-config\npackages:\n  - docker.io\n# grüße\n";
    const gz = gzipSync(Buffer.from(text), { level: 6 }).length;
    expect(estimateUserData(text)).toEqual({ rawBytes: Buffer.byteLength(text), gzipBytes: gz, base64Bytes: 4 * Math.ceil(gz / 3), tokenCount: 0 });
  });

  test("base64 length equals the real base64 of the gzip", () => {
    const text = "x".repeat(1000) + "y".repeat(333);
    const real = gzipSync(Buffer.from(text), { level: 6 }).toString("base64").length;
    expect(estimateUserData(text).base64Bytes).toBe(real);
  });

  test("tokens are replaced by stand-ins of their declared length (default 256)", () => {
    const text = `a${T1}b${T2}c`;
    expect(estimateUserData(text, { tokenLengths: new Map([[T1, 1000]]) }).rawBytes).toBe(3 + 1000 + 256);
    expect(estimateUserData(text, { defaultTokenLength: 10 }).rawBytes).toBe(3 + 10 + 10);
    expect(estimateUserData(text).tokenCount).toBe(2);
  });

  test("stand-ins are practically incompressible (at least 6 bits per character)", () => {
    const e = estimateUserData(T1, { tokenLengths: new Map([[T1, 20000]]) });
    expect(e.gzipBytes).toBeGreaterThanOrEqual(Math.floor(20000 * 0.75));
  });

  test("the same token twice uses the same stand-in (like the real value), so it compresses", () => {
    const once = estimateUserData(T1, { tokenLengths: new Map([[T1, 4000]]) }).gzipBytes;
    const twice = estimateUserData(`${T1}\n${T1}`, { tokenLengths: new Map([[T1, 4000]]) }).gzipBytes;
    const different = estimateUserData(`${T1}\n${T2}`, { tokenLengths: new Map([[T1, 4000], [T2, 4000]]) }).gzipBytes;
    expect(twice).toBeLessThan(once + 200);
    expect(different).toBeGreaterThan(once * 1.9);
  });

  test("estimates are deterministic", () => {
    expect(estimateUserData(`${T1}${T2}`, { defaultTokenLength: 3000 })).toEqual(estimateUserData(`${T1}${T2}`, { defaultTokenLength: 3000 }));
  });

  test("a custom token pattern is honoured", () => {
    expect(estimateUserData("<<T>>", { tokenPattern: /<<T>>/g, defaultTokenLength: 100 }).rawBytes).toBe(100);
  });

  test("fails on invalid lengths", () => {
    expectPairPacError(() => estimateUserData("x", { defaultTokenLength: -1 }), { field: "estimate.defaultTokenLength", problem: /^must be a non-negative integer/ });
    expectPairPacError(() => estimateUserData("x", { tokenLengths: new Map([[T1, 1.5]]) }), { field: "estimate.tokenLengths[${TfToken[TOKEN.1]}]", problem: /^must be a non-negative integer/ });
  });
});

describe("UserDataBudget", () => {
  test("AWS counts the gzip bytes against 16,384; OCI the base64 length against 32,000", () => {
    expect([UserDataBudget.AWS.limitBytes, UserDataBudget.AWS.measure, UserDataBudget.OCI.limitBytes, UserDataBudget.OCI.measure]).toEqual([16384, "gzip", 32000, "base64"]);
    const e = { gzipBytes: 3, base64Bytes: 4 };
    expect(UserDataBudget.AWS.sizeOf(e)).toBe(3);
    expect(UserDataBudget.OCI.sizeOf(e)).toBe(4);
  });

  test("fails on an invalid custom budget", () => {
    expectPairPacError(() => UserDataBudget.custom("x", 0, "gzip"), { field: "userDataBudget.limitBytes", problem: /^must be a positive integer/ });
    expectPairPacError(() => UserDataBudget.custom("x", 10, "raw" as never), { field: "userDataBudget.measure", problem: /^must be "gzip" or "base64"/ });
    expect(() => UserDataBudget.custom("AWS", 10, "gzip")).toThrow(/^userDataBudget\.name/);
  });
});

describe("checkBudget", () => {
  function doc(): CloudConfig {
    return new CloudConfig({ machine: "gateway" })
      .add("tls", File.text("/etc/ssl/chain.pem", T1, { mode: "0644" }), File.text("/etc/ssl/key.pem", T2, { mode: "0600" }))
      .add("base", Packages.of("docker"))
      .add("ops", Command.of(["true"]));
  }

  test("reports the size, the limit and every contributor (largest first) when it fits", () => {
    const report = checkBudget(doc(), UserDataBudget.AWS, { tokenLengths: new Map([[T1, 6000], [T2, 300]]) });
    expect(report.machine).toBe("gateway");
    expect(report.limit).toBe(16384);
    expect(report.size).toBe(report.gzipBytes);
    expect(report.tokenCount).toBe(2);
    expect(report.contributors.map((c) => c.contributor)).toEqual(["tls", "base", "ops"]);
    expect(report.contributors[0].bytes).toBeGreaterThan(4500);
    const alone = estimateUserData(doc().only("tls").render(), { tokenLengths: new Map([[T1, 6000], [T2, 300]]) });
    expect(report.contributors[0].bytes).toBe(alone.gzipBytes);
  });

  test("fails when over the limit, naming machine, size, limit and largest contributors", () => {
    let error: unknown;
    try {
      checkBudget(doc(), UserDataBudget.AWS, { tokenLengths: new Map([[T1, 30000]]) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PairPacError);
    const message = (error as Error).message;
    expect(message).toMatch(/^gateway\.userData: is \d+ bytes \(gzip, 2 token\(s\) at worst-case length\) but aws allows 16384; got \d+\. Largest contributors \(each measured alone\): tls \d+ B, base \d+ B, ops \d+ B\. Move large content out of user data or switch optional features off\.$/);
    expect((error as PairPacError).field).toBe("gateway.userData");
  });

  test("reserved bytes lower the limit (OCI metadata shared with ssh keys)", () => {
    const size = checkBudget(doc(), UserDataBudget.OCI).size;
    expect(checkBudget(doc(), UserDataBudget.OCI, { reservedBytes: 32000 - size }).limit).toBe(size);
    expect(() => checkBudget(doc(), UserDataBudget.OCI, { reservedBytes: 32000 - size + 1 })).toThrow(/but oci allows \d+ \(32000 minus \d+ reserved\)/);
  });
});
