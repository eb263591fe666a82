import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KNOWN_BUNDLES, loadSettings, PLACEHOLDERS, SETTING_VARIABLES } from "../../src/settings/settings";
import { resolveBranches } from "../../src/settings/branch-source";
import { type ExpectedPairPacError, expectPairPacError } from "../support/pairpac-error";

const load = (env: Record<string, string>, context: Record<string, unknown> = {}) =>
  loadSettings({ env, context: (k) => context[k] });

describe("loadSettings: the embedded default", () => {
  test("no settings gives the documented default, with placeholders named", () => {
    const s = load({});
    expect(s).toEqual({
      parentDomain: "example.org",
      acmeEmail: "hostmaster@example.org",
      productionBranches: [],
      dns: "rfc2136",
      dnsServer: "ns1.example.org",
      dnsPort: 53,
      dnsKeyName: "pairpac.",
      dnsKeyAlgorithm: "hmac-sha256",
      backend: "local",
      hcpOrganization: undefined,
      hcpProject: undefined,
      s3Bucket: undefined,
      s3Region: "eu-central-1",
      s3KeyPrefix: "pairpac",
      gatewayCloud: "aws",
      desktops: [{ cloud: "oci" }],
      awsRegion: "eu-central-1",
      awsInstanceType: "t3.micro",
      ociRegion: "eu-frankfurt-1",
      ociParentCompartmentId: PLACEHOLDERS.ociParentCompartmentId,
      ociShape: "VM.Standard.E2.1.Micro",
      ociHomeRegion: "eu-frankfurt-1",
      ociAvailabilityDomain: undefined,
      ociCompartmentPrefix: "pairpac-example-org",
      teardown: undefined,
      os: "ubuntu-24.04",
      mail: true,
      timezone: "UTC",
      locale: "en_US.UTF-8",
      screen: { width: 1600, height: 900 },
      bundles: [],
      placeholders: ["PAIRPAC_PARENT_DOMAIN", "PAIRPAC_ACME_EMAIL", "PAIRPAC_DNS_SERVER", "PAIRPAC_OCI_PARENT_COMPARTMENT_ID"],
    });
  });

  test("environment values are parsed and win over context", () => {
    const s = load(
      {
        PAIRPAC_PARENT_DOMAIN: "Spaces.Example.NET.",
        PAIRPAC_DESKTOPS: "aws, oci",
        PAIRPAC_MAIL: "off",
        PAIRPAC_SCREEN: "1920x1080",
        PAIRPAC_BUNDLES: "Office,podcasts,office",
        PAIRPAC_BACKEND: "hcp",
        PAIRPAC_HCP_ORGANIZATION: "my-team",
      },
      { parentDomain: "ignored.example.com", timezone: "Europe/Berlin", dnsPort: 5353 },
    );
    expect(s.parentDomain).toBe("spaces.example.net");
    expect(s.desktops).toEqual([{ cloud: "aws" }, { cloud: "oci" }]);
    expect(s.mail).toBe(false);
    expect(s.screen).toEqual({ width: 1920, height: 1080 });
    expect(s.bundles).toEqual(["office", "podcasts"]);
    expect(s.backend).toBe("hcp");
    expect(s.hcpOrganization).toBe("my-team");
    expect(s.timezone).toBe("Europe/Berlin");
    expect(s.dnsPort).toBe(5353);
    expect(s.placeholders).toEqual(["PAIRPAC_ACME_EMAIL", "PAIRPAC_DNS_SERVER", "PAIRPAC_OCI_PARENT_COMPARTMENT_ID"]);
  });

  test("no OCI machine means the OCI compartment is not a placeholder the user must fill", () => {
    const s = load({ PAIRPAC_DESKTOPS: "aws" });
    expect(s.placeholders).not.toContain("PAIRPAC_OCI_PARENT_COMPARTMENT_ID");
  });

  test("OCI home region, availability domain, compartment prefix: defaults and overrides", () => {
    const s = load({ PAIRPAC_OCI_REGION: "eu-amsterdam-1" }, {});
    expect(s.ociHomeRegion).toBe("eu-amsterdam-1");
    const t = load({ PAIRPAC_OCI_REGION: "eu-amsterdam-1", PAIRPAC_OCI_HOME_REGION: "eu-frankfurt-1", PAIRPAC_OCI_AVAILABILITY_DOMAIN: "Uocm:EU-AMSTERDAM-1-AD-1", PAIRPAC_OCI_COMPARTMENT_PREFIX: "team-a" }, {});
    expect([t.ociHomeRegion, t.ociAvailabilityDomain, t.ociCompartmentPrefix]).toEqual(["eu-frankfurt-1", "Uocm:EU-AMSTERDAM-1-AD-1", "team-a"]);
    expect(load({ PAIRPAC_PARENT_DOMAIN: "spaces.team-a.example.net" }, {}).ociCompartmentPrefix).toBe("pairpac-spaces-team-a-example-net");
    const long = load({ PAIRPAC_PARENT_DOMAIN: "a-very-long-subdomain.of-a-long-domain.example.net" }, {}).ociCompartmentPrefix;
    expect(long).toMatch(/^pairpac-a-very-long-subdomain-o-[0-9a-f]{8}$/);
    expect(long.length).toBeLessThanOrEqual(40);
  });

  test("every setting variable is documented in the README", () => {
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    for (const v of SETTING_VARIABLES) expect(readme).toContain(v);
  });

  test("bundle names are the desktop role's bundles", () => {
    expect(KNOWN_BUNDLES).toEqual(["office", "podcasts", "development", "education", "games", "graphics"]);
  });
});

// Each bad setting: the error names the setting, quotes the bad value and says what to do.
const BAD: [string, Record<string, string>, Record<string, unknown>, ExpectedPairPacError][] = [
  ["empty parent domain", { PAIRPAC_PARENT_DOMAIN: "" }, {}, { field: "PAIRPAC_PARENT_DOMAIN", value: "", problem: "is set but empty", fix: /^Unset/ }],
  ["one-label parent domain", { PAIRPAC_PARENT_DOMAIN: "localhost" }, {}, { field: "PAIRPAC_PARENT_DOMAIN", value: "localhost", problem: /^must be a DNS domain name/, fix: /^Use e.g./ }],
  ["underscore in domain", { PAIRPAC_PARENT_DOMAIN: "my_team.org" }, {}, { field: "PAIRPAC_PARENT_DOMAIN", value: "my_team.org" }],
  ["url as domain", { PAIRPAC_PARENT_DOMAIN: "https://example.org" }, {}, { field: "PAIRPAC_PARENT_DOMAIN", value: "https://example.org" }],
  ["bad e-mail", { PAIRPAC_ACME_EMAIL: "me" }, {}, { field: "PAIRPAC_ACME_EMAIL", value: "me", problem: "must be an e-mail address" }],
  ["unknown dns strategy", { PAIRPAC_DNS: "route53" }, {}, { field: "PAIRPAC_DNS", value: "route53", problem: "must be one of rfc2136, oci", fix: /^Use e.g. PAIRPAC_DNS=rfc2136./ }],
  ["oci dns without oci machine", { PAIRPAC_DNS: "oci", PAIRPAC_DESKTOPS: "aws" }, {}, { field: "PAIRPAC_DNS", value: "oci", problem: /^needs an OCI compartment/ }],
  ["bad dns server", { PAIRPAC_DNS_SERVER: "ns1 example" }, {}, { field: "PAIRPAC_DNS_SERVER", value: "ns1 example" }],
  ["port not a number", { PAIRPAC_DNS_PORT: "fifty-three" }, {}, { field: "PAIRPAC_DNS_PORT", value: "fifty-three", problem: "must be an integer from 1 to 65535" }],
  ["port out of range", { PAIRPAC_DNS_PORT: "70000" }, {}, { field: "PAIRPAC_DNS_PORT", value: "70000" }],
  ["port in context", {}, { dnsPort: "0" }, { field: "context.dnsPort", value: "0", problem: "must be an integer from 1 to 65535" }],
  ["bad tsig key name", { PAIRPAC_DNS_KEY_NAME: "key name" }, {}, { field: "PAIRPAC_DNS_KEY_NAME", value: "key name" }],
  ["bad tsig algorithm", { PAIRPAC_DNS_KEY_ALGORITHM: "hmac-sha3" }, {}, { field: "PAIRPAC_DNS_KEY_ALGORITHM", value: "hmac-sha3", problem: "must be one of hmac-md5, hmac-sha1, hmac-sha256, hmac-sha512" }],
  ["unknown backend", { PAIRPAC_BACKEND: "consul" }, {}, { field: "PAIRPAC_BACKEND", value: "consul", problem: "must be one of local, hcp, s3" }],
  ["hcp without organization", { PAIRPAC_BACKEND: "hcp" }, {}, { field: "PAIRPAC_HCP_ORGANIZATION", problem: /^is required with PAIRPAC_BACKEND=hcp/ }],
  ["hcp organization with local backend", { PAIRPAC_HCP_ORGANIZATION: "team" }, {}, { field: "PAIRPAC_HCP_ORGANIZATION", value: "team", problem: "has no effect with backend local" }],
  ["bad hcp organization", { PAIRPAC_BACKEND: "hcp", PAIRPAC_HCP_ORGANIZATION: "my team!" }, {}, { field: "PAIRPAC_HCP_ORGANIZATION", value: "my team!" }],
  ["s3 without bucket", { PAIRPAC_BACKEND: "s3" }, {}, { field: "PAIRPAC_S3_BUCKET", problem: /^is required with PAIRPAC_BACKEND=s3/ }],
  ["bad s3 bucket", { PAIRPAC_BACKEND: "s3", PAIRPAC_S3_BUCKET: "My_Bucket" }, {}, { field: "PAIRPAC_S3_BUCKET", value: "My_Bucket" }],
  ["s3 bucket with local backend", { PAIRPAC_S3_BUCKET: "state-bucket" }, {}, { field: "PAIRPAC_S3_BUCKET", problem: /^has no effect with backend local/ }],
  ["bad s3 key prefix", { PAIRPAC_BACKEND: "s3", PAIRPAC_S3_BUCKET: "state-bucket", PAIRPAC_S3_KEY_PREFIX: "/abs/" }, {}, { field: "PAIRPAC_S3_KEY_PREFIX", value: "/abs/" }],
  ["unknown gateway cloud", { PAIRPAC_GATEWAY_CLOUD: "gcp" }, {}, { field: "PAIRPAC_GATEWAY_CLOUD", value: "gcp", problem: "must be one of aws, oci" }],
  ["no desktops", { PAIRPAC_DESKTOPS: " , " }, {}, { field: "PAIRPAC_DESKTOPS", value: ",", problem: /^must list 1 to 8 desktop clouds/ }],
  ["too many desktops", { PAIRPAC_DESKTOPS: "oci,oci,oci,oci,oci,oci,oci,oci,oci" }, {}, { field: "PAIRPAC_DESKTOPS", problem: /^must list 1 to 8/ }],
  ["unknown desktop cloud", { PAIRPAC_DESKTOPS: "oci,azure" }, {}, { field: "PAIRPAC_DESKTOPS[1]", value: "azure", problem: "must be one of aws, oci" }],
  ["bad aws region", { PAIRPAC_AWS_REGION: "Frankfurt" }, {}, { field: "PAIRPAC_AWS_REGION", value: "Frankfurt", problem: "must be an AWS region", fix: /^Use e.g. PAIRPAC_AWS_REGION=eu-central-1./ }],
  ["bad instance type", { PAIRPAC_AWS_INSTANCE_TYPE: "micro" }, {}, { field: "PAIRPAC_AWS_INSTANCE_TYPE", value: "micro" }],
  ["bad oci region", { PAIRPAC_OCI_REGION: "eu_frankfurt_1" }, {}, { field: "PAIRPAC_OCI_REGION", value: "eu_frankfurt_1" }],
  ["bad compartment ocid", { PAIRPAC_OCI_PARENT_COMPARTMENT_ID: "ocid1.instance.oc1..abc" }, {}, { field: "PAIRPAC_OCI_PARENT_COMPARTMENT_ID", problem: /^must be the OCID of a tenancy or compartment/ }],
  ["non-free shape", { PAIRPAC_OCI_SHAPE: "VM.Standard.E4.Flex" }, {}, { field: "PAIRPAC_OCI_SHAPE", value: "VM.Standard.E4.Flex", problem: /^is not an Always Free shape/ }],
  ["unknown os", { PAIRPAC_OS: "ubuntu-20.04" }, {}, { field: "PAIRPAC_OS", value: "ubuntu-20.04", problem: "must be one of ubuntu-24.04, debian-13" }],
  ["debian on oci", { PAIRPAC_OS: "debian-13" }, {}, { field: "PAIRPAC_OS", value: "debian-13", problem: /^is not available on OCI/ }],
  ["bad boolean", { PAIRPAC_MAIL: "maybe" }, {}, { field: "PAIRPAC_MAIL", value: "maybe", problem: /^must be a boolean/ }],
  ["bad time zone", { PAIRPAC_TIMEZONE: "berlin" }, {}, { field: "PAIRPAC_TIMEZONE", value: "berlin", problem: "must be an IANA time zone name" }],
  ["bad locale", { PAIRPAC_LOCALE: "de_DE" }, {}, { field: "PAIRPAC_LOCALE", value: "de_DE", problem: /^must be a UTF-8 locale/ }],
  ["bad screen", { PAIRPAC_SCREEN: "1920*1080" }, {}, { field: "PAIRPAC_SCREEN", value: "1920*1080", problem: /^must be WIDTHxHEIGHT/ }],
  ["tiny screen", { PAIRPAC_SCREEN: "320x200" }, {}, { field: "PAIRPAC_SCREEN", value: "320x200" }],
  ["unknown bundle", { PAIRPAC_BUNDLES: "office,games2" }, {}, { field: "PAIRPAC_BUNDLES", problem: /^names an unknown bundle "games2"/ }],
  ["typo in variable", { PAIRPAC_PARENT_DOMIAN: "example.net" }, {}, { field: "PAIRPAC_PARENT_DOMIAN", value: "example.net", problem: "is not a PairPac setting" }],
  ["bad oci home region", { PAIRPAC_OCI_HOME_REGION: "Frankfurt" }, {}, { field: "PAIRPAC_OCI_HOME_REGION", value: "Frankfurt", problem: "must be an OCI region identifier (the tenancy's home region)" }],
  ["availability domain without tenancy prefix", { PAIRPAC_OCI_AVAILABILITY_DOMAIN: "EU-FRANKFURT-1-AD-2" }, {}, { field: "PAIRPAC_OCI_AVAILABILITY_DOMAIN", value: "EU-FRANKFURT-1-AD-2", problem: /^must be an availability domain name/, fix: /^Use e.g. PAIRPAC_OCI_AVAILABILITY_DOMAIN=Uocm:EU-FRANKFURT-1-AD-2/ }],
  ["compartment prefix with a dot", { PAIRPAC_OCI_COMPARTMENT_PREFIX: "team.a" }, {}, { field: "PAIRPAC_OCI_COMPARTMENT_PREFIX", value: "team.a", problem: /^must be 1-40 lower-case letters/ }],
  ["unknown teardown", { PAIRPAC_TEARDOWN: "yes" }, {}, { field: "PAIRPAC_TEARDOWN", problem: /^must be keep .* or delete:<stack>/ }],
  ["object in context", {}, { parentDomain: { a: 1 } }, { field: "context.parentDomain", value: { a: 1 }, problem: /^must be a string, number, boolean or list of strings/ }],
];

describe("loadSettings: bad settings", () => {
  test("the table has at least 30 cases", () => expect(BAD.length).toBeGreaterThanOrEqual(30));
  test.each(BAD)("fails on %s", (_name, env, context, expected) => {
    expectPairPacError(() => load(env, context), expected);
  });
});

describe("resolveBranches", () => {
  const noGit = (): string | undefined => undefined;
  test.each([
    [{ PAIRPAC_BRANCHES: "main, feature/Audio_Fix" }, noGit, ["main", "feature/Audio_Fix"], "PAIRPAC_BRANCHES"],
    [{ PAIRPAC_BRANCH: "topic/x", GITHUB_REF_NAME: "other" }, noGit, ["topic/x"], "PAIRPAC_BRANCH"],
    [{ GITHUB_HEAD_REF: "pr-branch", GITHUB_REF_NAME: "12/merge" }, noGit, ["pr-branch"], "GITHUB_HEAD_REF"],
    [{ GITHUB_HEAD_REF: "", GITHUB_REF_NAME: "dev", GITHUB_REF_TYPE: "branch" }, noGit, ["dev"], "GITHUB_REF_NAME"],
    [{ GITHUB_REF_NAME: "v1.0", GITHUB_REF_TYPE: "tag" }, (): string | undefined => "local", ["local"], "git rev-parse --abbrev-ref HEAD"],
    [{ CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: "mr", CI_COMMIT_REF_NAME: "x" }, noGit, ["mr"], "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"],
    [{ CI_COMMIT_BRANCH: "gl" }, noGit, ["gl"], "CI_COMMIT_BRANCH"],
    [{ CI_COMMIT_REF_NAME: "gl2" }, noGit, ["gl2"], "CI_COMMIT_REF_NAME"],
    [{ TFC_CONFIGURATION_VERSION_GIT_BRANCH: "hcp" }, noGit, ["hcp"], "TFC_CONFIGURATION_VERSION_GIT_BRANCH"],
    [{}, (): string | undefined => "HEAD", ["main"], "default"],
    [{}, noGit, ["main"], "default"],
  ] as const)("%j", (env, git, branches, source) => {
    expect(resolveBranches(env, git)).toEqual({ branches, source });
  });
  test.each<[Record<string, string>, ExpectedPairPacError]>([
    [{ PAIRPAC_BRANCHES: "a,,b" }, { field: "PAIRPAC_BRANCHES", value: "a,,b", problem: "must be a comma-separated list of non-empty branch names" }],
    [{ PAIRPAC_BRANCHES: "a,a" }, { field: "PAIRPAC_BRANCHES", problem: /^lists a branch twice/ }],
    [{ PAIRPAC_BRANCHES: "a", PAIRPAC_BRANCH: "b" }, { field: "PAIRPAC_BRANCH", problem: /^is set together with PAIRPAC_BRANCHES/ }],
    [{ PAIRPAC_BRANCH: " " }, { field: "PAIRPAC_BRANCH", problem: /^is set but empty/ }],
  ])("fails on %j", (env, expected) => {
    expectPairPacError(() => resolveBranches(env, () => undefined), expected);
  });
});
