import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KNOWN_BUNDLES, loadSettings, PLACEHOLDERS, SETTING_VARIABLES } from "../../src/settings/settings";
import { resolveBranches } from "../../src/settings/branch-source";

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
const BAD: [string, Record<string, string>, Record<string, unknown>, RegExp][] = [
  ["empty parent domain", { PAIRPAC_PARENT_DOMAIN: "" }, {}, /^PAIRPAC_PARENT_DOMAIN: is set but empty; got "". Unset/],
  ["one-label parent domain", { PAIRPAC_PARENT_DOMAIN: "localhost" }, {}, /^PAIRPAC_PARENT_DOMAIN: must be a DNS domain name.*got "localhost". Use e.g./],
  ["underscore in domain", { PAIRPAC_PARENT_DOMAIN: "my_team.org" }, {}, /PAIRPAC_PARENT_DOMAIN: .*got "my_team.org"/],
  ["url as domain", { PAIRPAC_PARENT_DOMAIN: "https://example.org" }, {}, /PAIRPAC_PARENT_DOMAIN: .*got "https:\/\/example.org"/],
  ["bad e-mail", { PAIRPAC_ACME_EMAIL: "me" }, {}, /^PAIRPAC_ACME_EMAIL: must be an e-mail address; got "me"/],
  ["unknown dns strategy", { PAIRPAC_DNS: "route53" }, {}, /^PAIRPAC_DNS: must be one of rfc2136, oci; got "route53". Use e.g. PAIRPAC_DNS=rfc2136./],
  ["oci dns without oci machine", { PAIRPAC_DNS: "oci", PAIRPAC_DESKTOPS: "aws" }, {}, /^PAIRPAC_DNS: needs an OCI compartment.*got "oci"/],
  ["bad dns server", { PAIRPAC_DNS_SERVER: "ns1 example" }, {}, /^PAIRPAC_DNS_SERVER: .*got "ns1 example"/],
  ["port not a number", { PAIRPAC_DNS_PORT: "fifty-three" }, {}, /^PAIRPAC_DNS_PORT: must be an integer from 1 to 65535; got "fifty-three"/],
  ["port out of range", { PAIRPAC_DNS_PORT: "70000" }, {}, /^PAIRPAC_DNS_PORT: .*got "70000"/],
  ["port in context", {}, { dnsPort: "0" }, /^context.dnsPort: must be an integer from 1 to 65535; got "0"/],
  ["bad tsig key name", { PAIRPAC_DNS_KEY_NAME: "key name" }, {}, /^PAIRPAC_DNS_KEY_NAME: .*got "key name"/],
  ["bad tsig algorithm", { PAIRPAC_DNS_KEY_ALGORITHM: "hmac-sha3" }, {}, /^PAIRPAC_DNS_KEY_ALGORITHM: must be one of hmac-md5, hmac-sha1, hmac-sha256, hmac-sha512; got "hmac-sha3"/],
  ["unknown backend", { PAIRPAC_BACKEND: "consul" }, {}, /^PAIRPAC_BACKEND: must be one of local, hcp, s3; got "consul"/],
  ["hcp without organization", { PAIRPAC_BACKEND: "hcp" }, {}, /^PAIRPAC_HCP_ORGANIZATION: is required with PAIRPAC_BACKEND=hcp/],
  ["hcp organization with local backend", { PAIRPAC_HCP_ORGANIZATION: "team" }, {}, /^PAIRPAC_HCP_ORGANIZATION: has no effect with backend local; got "team"/],
  ["bad hcp organization", { PAIRPAC_BACKEND: "hcp", PAIRPAC_HCP_ORGANIZATION: "my team!" }, {}, /^PAIRPAC_HCP_ORGANIZATION: .*got "my team!"/],
  ["s3 without bucket", { PAIRPAC_BACKEND: "s3" }, {}, /^PAIRPAC_S3_BUCKET: is required with PAIRPAC_BACKEND=s3/],
  ["bad s3 bucket", { PAIRPAC_BACKEND: "s3", PAIRPAC_S3_BUCKET: "My_Bucket" }, {}, /^PAIRPAC_S3_BUCKET: .*got "My_Bucket"/],
  ["s3 bucket with local backend", { PAIRPAC_S3_BUCKET: "state-bucket" }, {}, /^PAIRPAC_S3_BUCKET: has no effect with backend local/],
  ["bad s3 key prefix", { PAIRPAC_BACKEND: "s3", PAIRPAC_S3_BUCKET: "state-bucket", PAIRPAC_S3_KEY_PREFIX: "/abs/" }, {}, /^PAIRPAC_S3_KEY_PREFIX: .*got "\/abs\/"/],
  ["unknown gateway cloud", { PAIRPAC_GATEWAY_CLOUD: "gcp" }, {}, /^PAIRPAC_GATEWAY_CLOUD: must be one of aws, oci; got "gcp"/],
  ["no desktops", { PAIRPAC_DESKTOPS: " , " }, {}, /^PAIRPAC_DESKTOPS: must list 1 to 8 desktop clouds.*got ","/],
  ["too many desktops", { PAIRPAC_DESKTOPS: "oci,oci,oci,oci,oci,oci,oci,oci,oci" }, {}, /^PAIRPAC_DESKTOPS: must list 1 to 8/],
  ["unknown desktop cloud", { PAIRPAC_DESKTOPS: "oci,azure" }, {}, /^PAIRPAC_DESKTOPS\[1\]: must be one of aws, oci; got "azure"/],
  ["bad aws region", { PAIRPAC_AWS_REGION: "Frankfurt" }, {}, /^PAIRPAC_AWS_REGION: must be an AWS region; got "Frankfurt". Use e.g. PAIRPAC_AWS_REGION=eu-central-1./],
  ["bad instance type", { PAIRPAC_AWS_INSTANCE_TYPE: "micro" }, {}, /^PAIRPAC_AWS_INSTANCE_TYPE: .*got "micro"/],
  ["bad oci region", { PAIRPAC_OCI_REGION: "eu_frankfurt_1" }, {}, /^PAIRPAC_OCI_REGION: .*got "eu_frankfurt_1"/],
  ["bad compartment ocid", { PAIRPAC_OCI_PARENT_COMPARTMENT_ID: "ocid1.instance.oc1..abc" }, {}, /^PAIRPAC_OCI_PARENT_COMPARTMENT_ID: must be the OCID of a tenancy or compartment/],
  ["non-free shape", { PAIRPAC_OCI_SHAPE: "VM.Standard.E4.Flex" }, {}, /^PAIRPAC_OCI_SHAPE: is not an Always Free shape.*got "VM.Standard.E4.Flex"/],
  ["unknown os", { PAIRPAC_OS: "ubuntu-20.04" }, {}, /^PAIRPAC_OS: must be one of ubuntu-24.04, debian-13; got "ubuntu-20.04"/],
  ["debian on oci", { PAIRPAC_OS: "debian-13" }, {}, /^PAIRPAC_OS: is not available on OCI.*got "debian-13"/],
  ["bad boolean", { PAIRPAC_MAIL: "maybe" }, {}, /^PAIRPAC_MAIL: must be a boolean.*got "maybe"/],
  ["bad time zone", { PAIRPAC_TIMEZONE: "berlin" }, {}, /^PAIRPAC_TIMEZONE: must be an IANA time zone name; got "berlin"/],
  ["bad locale", { PAIRPAC_LOCALE: "de_DE" }, {}, /^PAIRPAC_LOCALE: must be a UTF-8 locale.*got "de_DE"/],
  ["bad screen", { PAIRPAC_SCREEN: "1920*1080" }, {}, /^PAIRPAC_SCREEN: must be WIDTHxHEIGHT.*got "1920\*1080"/],
  ["tiny screen", { PAIRPAC_SCREEN: "320x200" }, {}, /^PAIRPAC_SCREEN: .*got "320x200"/],
  ["unknown bundle", { PAIRPAC_BUNDLES: "office,games2" }, {}, /^PAIRPAC_BUNDLES: names an unknown bundle "games2"/],
  ["typo in variable", { PAIRPAC_PARENT_DOMIAN: "example.net" }, {}, /^PAIRPAC_PARENT_DOMIAN: is not a PairPac setting; got "example.net"/],
  ["bad oci home region", { PAIRPAC_OCI_HOME_REGION: "Frankfurt" }, {}, /^PAIRPAC_OCI_HOME_REGION: must be an OCI region identifier \(the tenancy's home region\); got "Frankfurt"/],
  ["availability domain without tenancy prefix", { PAIRPAC_OCI_AVAILABILITY_DOMAIN: "EU-FRANKFURT-1-AD-2" }, {}, /^PAIRPAC_OCI_AVAILABILITY_DOMAIN: must be an availability domain name.*got "EU-FRANKFURT-1-AD-2". Use e.g. PAIRPAC_OCI_AVAILABILITY_DOMAIN=Uocm:EU-FRANKFURT-1-AD-2/],
  ["compartment prefix with a dot", { PAIRPAC_OCI_COMPARTMENT_PREFIX: "team.a" }, {}, /^PAIRPAC_OCI_COMPARTMENT_PREFIX: must be 1-40 lower-case letters.*got "team.a"/],
  ["unknown teardown", { PAIRPAC_TEARDOWN: "yes" }, {}, /^PAIRPAC_TEARDOWN: must be keep .* or delete:<stack>/],
  ["object in context", {}, { parentDomain: { a: 1 } }, /^context.parentDomain: must be a string, number, boolean or list of strings/],
];

describe("loadSettings: bad settings", () => {
  test("the table has at least 30 cases", () => expect(BAD.length).toBeGreaterThanOrEqual(30));
  test.each(BAD)("fails on %s", (_name, env, context, message) => {
    expect(() => load(env, context)).toThrow(message);
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
  test.each([
    [{ PAIRPAC_BRANCHES: "a,,b" }, /^PAIRPAC_BRANCHES: must be a comma-separated list of non-empty branch names; got "a,,b"/],
    [{ PAIRPAC_BRANCHES: "a,a" }, /^PAIRPAC_BRANCHES: lists a branch twice/],
    [{ PAIRPAC_BRANCHES: "a", PAIRPAC_BRANCH: "b" }, /^PAIRPAC_BRANCH: is set together with PAIRPAC_BRANCHES/],
    [{ PAIRPAC_BRANCH: " " }, /^PAIRPAC_BRANCH: is set but empty/],
  ])("fails on %j", (env, message) => {
    expect(() => resolveBranches(env, () => undefined)).toThrow(message);
  });
});
