import { AptSource, CloudConfig } from "../../../cloudinit";
import { validateDocument } from "../validate-document";
import { expectPairPacError } from "../../support/pairpac-error";

/** A throw-away OpenPGP key generated for these tests (gpg --quick-gen-key, ed25519); it signs nothing. */
const TEST_PGP_KEY = `-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEawPOoxYJKwYBBAHaRw8BAQdA0YPoeRTYK/rw8oAf1DigcISJuHNZA59zxiO+
ty0dlbe0IFBhaXJQYWMgVGVzdCA8dGVzdEBleGFtcGxlLnRlc3Q+iJAEExYIADgW
IQR7WeVuoiswfWG3SnXuCPWvy+C4AAUCawPOowIbAwULCQgHAgYVCgkICwIEFgID
AQIeAQIXgAAKCRDuCPWvy+C4AEkTAQCoy06F3hTsVxDk8TGbhQAjmVwmiKZaBGGo
LGScbhN1CgEAsUk5FNwKJgRfnre70Fhyvj9Fky3c65tfJzWHl7uacQ0=
=+qvm
-----END PGP PUBLIC KEY BLOCK-----
`;

describe("AptSource", () => {
  test("signed-by the source's own key, suite defaults to $RELEASE", () => {
    const doc = new CloudConfig({ machine: "m" }).add("repo", AptSource.of({ name: "example", uri: "https://apt.example.test/debian", components: ["main"], key: TEST_PGP_KEY }));
    expect(doc.toObject()).toEqual({
      apt: { sources: { example: { source: "deb [signed-by=$KEY_FILE] https://apt.example.test/debian $RELEASE main", key: TEST_PGP_KEY } } },
      package_update: true,
    });
  });

  test("architectures and an explicit suite", () => {
    expect(AptSource.of({ name: "x", uri: "http://apt.example.test", suite: "stable", components: ["main", "contrib"], architectures: ["amd64", "arm64"], key: TEST_PGP_KEY }).source)
      .toBe("deb [arch=amd64,arm64 signed-by=$KEY_FILE] http://apt.example.test stable main contrib");
  });

  test("renders to a valid cloud-config", () => {
    validateDocument(new CloudConfig({ machine: "m" }).add("repo", AptSource.of({ name: "example", uri: "https://apt.example.test/debian", components: ["main"], key: TEST_PGP_KEY })));
  });

  test("fails when two contributors define the same source differently", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", AptSource.of({ name: "x", uri: "https://a.example.test", components: ["main"], key: TEST_PGP_KEY }));
    expectPairPacError(() => doc.add("b", AptSource.of({ name: "x", uri: "https://b.example.test", components: ["main"], key: TEST_PGP_KEY })), { field: "apt.sources.x", problem: /^is set differently by "a"/ });
  });

  test.each([
    ["bad name", { name: "My Repo" }, /^aptSource\.name: must be 1-63 characters/],
    ["ftp url", { uri: "ftp://x.example.test" }, /^aptSource\(x\)\.uri: must be an http\(s\) URL/],
    ["no components", { components: [] }, /^aptSource\(x\)\.components: must list at least one component/],
    ["key without armor", { key: "mDMEawPOoxYJKwYBBAHaRw8BAQdA" }, /^aptSource\(x\)\.key: must be an ASCII-armored OpenPGP public key/],
    ["bad suite", { suite: "stable main" }, /^aptSource\(x\)\.suite: is not a suite name/],
    ["bad architecture", { architectures: ["x86-64"] }, /^aptSource\(x\)\.architectures\[0\]: is not a Debian architecture/],
  ])("fails on %s", (_n, patch, message) => {
    expect(() => AptSource.of({ name: "x", uri: "https://apt.example.test", components: ["main"], key: TEST_PGP_KEY, ...patch })).toThrow(message);
  });
});
