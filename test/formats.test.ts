import { AWS_REGION, COMPARTMENT_OCID, OCI_REGION, isS3BucketName, ocidPattern } from "../src/formats";

describe("AWS_REGION", () => {
  test.each(["eu-central-1", "us-east-1", "ap-southeast-2", "us-gov-west-1", "cn-north-1", "il-central-1", "us-iso-east-1", "us-isob-east-1", "eu-isoe-west-1"])("accepts %s", (region) => {
    expect(AWS_REGION.test(region)).toBe(true);
  });
  test.each(["Frankfurt", "eu-central", "eu-central-", "EU-CENTRAL-1", "eu_central_1", "eu-central-123", "e-central-1", "euxyz-central-1", " eu-central-1"])("rejects %j", (region) => {
    expect(AWS_REGION.test(region)).toBe(false);
  });
});

describe("OCI_REGION", () => {
  test.each(["eu-frankfurt-1", "us-ashburn-1", "uk-gov-london-1", "us-gov-ashburn-1", "me-dcc-muscat-1", "ap-chiyoda-1"])("accepts %s", (region) => {
    expect(OCI_REGION.test(region)).toBe(true);
  });
  test.each(["Frankfurt", "eu-frankfurt", "EU-FRANKFURT-1", "fra", "eur-frankfurt-1", "eu-frankfurt-1 "])("rejects %j", (region) => {
    expect(OCI_REGION.test(region)).toBe(false);
  });
  test("AWS and OCI agree on the common form", () => {
    for (const region of ["eu-central-1", "eu-frankfurt-1", "us-gov-west-1"]) {
      expect([AWS_REGION.test(region), OCI_REGION.test(region)]).toEqual([true, true]);
    }
  });
});

describe("ocidPattern", () => {
  const tenancy = "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000000";
  test("a tenancy or compartment OCID, without or with a region", () => {
    expect(COMPARTMENT_OCID.test(tenancy)).toBe(true);
    expect(COMPARTMENT_OCID.test("ocid1.compartment.oc1..aaaaaaaabranch")).toBe(true);
    expect(COMPARTMENT_OCID.test("ocid1.compartment.oc2.eu-frankfurt-1.aaaa")).toBe(true);
  });
  test("a region and the future-use part are both allowed before the unique id", () => {
    expect(ocidPattern("instance").test("ocid1.instance.oc1.eu-frankfurt-1.future.abc123")).toBe(true);
  });
  test("another type is rejected", () => {
    expect(COMPARTMENT_OCID.test("ocid1.user.oc1..aaaa")).toBe(false);
    expect(ocidPattern("user").test("ocid1.user.oc1..aaaa")).toBe(true);
    expect(ocidPattern("dns-zone").test("ocid1.dns-zone.oc1..parent")).toBe(true);
  });
  test("without types any type is accepted", () => {
    expect(ocidPattern().test("ocid1.vaultsecret.oc1.eu-frankfurt-1.abc")).toBe(true);
  });
  test.each(["", "tenancy", "ocid1.tenancy", "ocid1.tenancy.oc1..", "ocid2.tenancy.oc1..aaaa", "ocid1.tenancy.realm..aaaa", "ocid1.tenancy.oc1..AAAA", `${tenancy} `, "ocid1.tenancyx.oc1..aaaa"])("rejects %j", (value) => {
    expect(COMPARTMENT_OCID.test(value)).toBe(false);
  });
});

describe("isS3BucketName", () => {
  test.each(["my-team-tfstate", "abc", "a.b-c", "x".repeat(63)])("accepts %j", (name) => {
    expect(isS3BucketName(name)).toBe(true);
  });
  test.each(["ab", "x".repeat(64), "My-Bucket", "-abc", "abc-", "a..b", "192.168.1.10", "xn--abc", "a_b"])("rejects %j", (name) => {
    expect(isS3BucketName(name)).toBe(false);
  });
});
