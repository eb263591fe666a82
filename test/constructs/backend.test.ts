import { join, resolve } from "node:path";
import { TerraformStack, Testing } from "cdktf";
import { Backend, type HcpBackendProps, type S3BackendProps } from "../../constructs/backend";
import { BranchIdentity } from "../../src/identity";
import { synthChecked, type TfJson } from "./dns/schema-check";
import { expectPairPacError } from "../support/pairpac-error";

const FEATURE = BranchIdentity.of({ branch: "feature/Audio_fix", parentDomain: "pairpac.example.org" });
const MAIN = BranchIdentity.of({ branch: "main", parentDomain: "pairpac.example.org" });

function synthWith(backend: Backend, identity = FEATURE): TfJson {
  const stack = new TerraformStack(Testing.app({ outdir: join(process.cwd(), "cdktf.out") }), identity.stackName);
  backend.bind(stack, identity);
  return synthChecked(stack).terraform;
}

describe("Backend", () => {
  test("local: one state file per branch stack, next to where cdktf runs (outside cdktf.out)", () => {
    expect(FEATURE.stackName).toBe("feature-audio_fix--d68f6551");
    expect(Backend.local().kind).toBe("local");
    // relative to cdktf.out/stacks/<stack>, where cdktf runs Terraform: the project folder can move
    expect(synthWith(Backend.local()).backend).toEqual({
      local: { path: "../../../terraform.feature-audio_fix--d68f6551.tfstate" },
    });
    const path = synthWith(Backend.local(), MAIN).backend.local.path as string;
    expect(path).toBe("../../../terraform.main.tfstate");
    expect(resolve(process.cwd(), "cdktf.out", "stacks", "main", path)).toBe(join(process.cwd(), "terraform.main.tfstate"));
  });

  test("local: a relative directory is resolved against the working directory, an absolute one kept", () => {
    expect(synthWith(Backend.local({ directory: "state" })).backend.local.path).toBe("../../../state/terraform.feature-audio_fix--d68f6551.tfstate");
    expect(synthWith(Backend.local({ directory: "/srv/tf" })).backend.local.path).toBe("/srv/tf/terraform.feature-audio_fix--d68f6551.tfstate");
  });

  test("each backend names the oldest Terraform that reads it", () => {
    expect(Backend.local().minimumTerraformVersion).toBe("1.0");
    expect(Backend.hcp({ organization: "o" }).minimumTerraformVersion).toBe("1.1");
    expect(Backend.hcp({ organization: "o", project: "p" }).minimumTerraformVersion).toBe("1.6");
    expect(Backend.s3({ bucket: "team-state", region: "eu-central-1" }).minimumTerraformVersion).toBe("1.10");
    expect(Backend.s3({ bucket: "team-state", region: "eu-central-1", dynamodbTable: "locks" }).minimumTerraformVersion).toBe("1.0");
  });

  test("hcp: a named workspace per branch, in the project when given", () => {
    const terraform = synthWith(Backend.hcp({ organization: "my-club", project: "Pair Pac" }));
    expect(terraform.cloud).toEqual({
      organization: "my-club",
      workspaces: { name: "feature-audio_fix--d68f6551", project: "Pair Pac" },
    });
    expect(terraform.backend).toBeUndefined();
  });

  test("hcp: default host and project are left to Terraform; Terraform Enterprise host names are passed", () => {
    expect(synthWith(Backend.hcp({ organization: "my_club" }), MAIN).cloud).toEqual({ organization: "my_club", workspaces: { name: "main" } });
    expect(synthWith(Backend.hcp({ organization: "org", hostname: "tfe.example.org:8443" })).cloud).toEqual({
      organization: "org", hostname: "tfe.example.org:8443", workspaces: { name: "feature-audio_fix--d68f6551" },
    });
  });

  test("s3: a key per branch under the prefix, encrypted, locked with a lock file", () => {
    expect(synthWith(Backend.s3({ bucket: "club-tf-state", region: "eu-central-1" })).backend).toEqual({
      s3: {
        bucket: "club-tf-state",
        region: "eu-central-1",
        key: "pairpac/feature-audio_fix--d68f6551/terraform.tfstate",
        encrypt: true,
        use_lockfile: true,
      },
    });
  });

  test("s3: custom prefix and DynamoDB locking (lock file then off unless asked for)", () => {
    expect(synthWith(Backend.s3({ bucket: "b.example", region: "us-east-1", keyPrefix: "teams/pp", dynamodbTable: "tf-locks" }), MAIN).backend).toEqual({
      s3: { bucket: "b.example", region: "us-east-1", key: "teams/pp/main/terraform.tfstate", encrypt: true, dynamodb_table: "tf-locks" },
    });
    expect(synthWith(Backend.s3({ bucket: "bbb", region: "us-east-1", dynamodbTable: "tf-locks", useLockfile: true }), MAIN).backend.s3).toEqual({
      bucket: "bbb", region: "us-east-1", key: "pairpac/main/terraform.tfstate", encrypt: true, dynamodb_table: "tf-locks", use_lockfile: true,
    });
  });

  test("two branches never share a state", () => {
    const s3 = Backend.s3({ bucket: "bbb", region: "eu-west-1" });
    expect(synthWith(s3, MAIN).backend.s3.key).not.toBe(synthWith(s3, FEATURE).backend.s3.key);
    const hcp = Backend.hcp({ organization: "o" });
    expect(synthWith(hcp, MAIN).cloud.workspaces.name).not.toBe(synthWith(hcp, FEATURE).cloud.workspaces.name);
  });

  describe("fails", () => {
    const hcp = (props: Partial<HcpBackendProps>) => () => Backend.hcp({ organization: "org", ...props });
    const s3 = (props: Partial<S3BackendProps>) => () => Backend.s3({ bucket: "bucket", region: "eu-central-1", ...props });

    test("fails for a bad HCP organization, project or host name", () => {
      expectPairPacError(hcp({ organization: "my club" }), { field: "hcp.organization", value: "my club", problem: "must be an HCP Terraform organization name (letters, digits, - and _)", fix: "Copy it from the HCP Terraform URL: app.terraform.io/app/<organization>." });
      expectPairPacError(hcp({ organization: "" }), { field: "hcp.organization" });
      expectPairPacError(hcp({ project: " pairpac" }), { field: "hcp.project", problem: /^must be a non-empty project name without leading or trailing spaces/ });
      expectPairPacError(hcp({ project: "" }), { field: "hcp.project" });
      expectPairPacError(hcp({ hostname: "https://tfe.example.org" }), { field: "hcp.hostname", problem: /^must be a host name, optionally with :port, without scheme or path/ });
      expectPairPacError(hcp({ hostname: "localhost" }), { field: "hcp.hostname" });
    });

    test("fails for a bad bucket, region or key prefix", () => {
      expectPairPacError(s3({ bucket: "My_Bucket" }), { field: "s3.bucket", problem: /^must be an S3 bucket name/ });
      expectPairPacError(s3({ bucket: "ab" }), { field: "s3.bucket" });
      expectPairPacError(s3({ bucket: "a..b" }), { field: "s3.bucket" });
      expectPairPacError(s3({ bucket: "192.168.0.1" }), { field: "s3.bucket" });
      expectPairPacError(s3({ region: "Frankfurt" }), { field: "s3.region", value: "Frankfurt", problem: "is not an AWS region name", fix: "Use the bucket's region, e.g. \"eu-central-1\"." });
      expectPairPacError(s3({ keyPrefix: "/pairpac" }), { field: "s3.keyPrefix", problem: /^must be a key prefix without leading or trailing "\/"/ });
      expectPairPacError(s3({ keyPrefix: "pairpac/" }), { field: "s3.keyPrefix" });
      expectPairPacError(s3({ keyPrefix: "a//b" }), { field: "s3.keyPrefix" });
      expectPairPacError(s3({ keyPrefix: "a/../b" }), { field: "s3.keyPrefix" });
      expectPairPacError(s3({ keyPrefix: "" }), { field: "s3.keyPrefix" });
    });

    test("fails for a bad DynamoDB table or a backend without any lock", () => {
      expectPairPacError(s3({ dynamodbTable: "x" }), { field: "s3.dynamodbTable", problem: /^must be a DynamoDB table name/ });
      expectPairPacError(s3({ useLockfile: false }), { field: "s3.useLockfile", value: false, problem: "turns off the only state lock (no dynamodbTable is given)", fix: "Keep useLockfile (Terraform 1.10+) or give dynamodbTable: two concurrent deploys of a branch would corrupt its state." });
    });

    test("fails for a bad local directory", () => {
      expectPairPacError(() => Backend.local({ directory: "" }), { field: "local.directory", problem: /^must be a non-empty path/ });
    });

    test("fails when a stack gets a second backend", () => {
      const stack = new TerraformStack(Testing.app(), "main");
      Backend.local().bind(stack, MAIN);
      expectPairPacError(() => Backend.hcp({ organization: "o" }).bind(stack, MAIN), { field: "stack", value: "main", problem: "already has a backend", fix: "Bind one backend per stack." });
    });

    test("fails without a stack or a BranchIdentity", () => {
      const stack = new TerraformStack(Testing.app(), "main");
      expectPairPacError(() => Backend.local().bind({} as TerraformStack, MAIN), { field: "stack", problem: /^must be a TerraformStack/ });
      expectPairPacError(() => Backend.local().bind(stack, { workspaceName: "main" } as unknown as BranchIdentity), { field: "identity", problem: /^must be a BranchIdentity/ });
    });
  });
});
