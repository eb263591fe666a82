import { isAbsolute, join, relative, resolve, sep } from "node:path";
import {
  App, CloudBackend, LocalBackend, NamedCloudWorkspace, S3Backend, type TerraformBackend, TerraformStack,
} from "cdktf";
import { invalid } from "../../src/errors";
import { AWS_REGION, isS3BucketName } from "../../src/formats";
import { BranchIdentity } from "../../src/identity";

/** Settings of {@link Backend.local}. */
export interface LocalBackendProps {
  /**
   * Directory of the state files; a relative path is resolved against the directory `cdktf` runs in. The state
   * file of a branch is `<directory>/terraform.<stackName>.tfstate` (outside `cdktf.out`, which synth rewrites).
   * The configuration holds the path relative to the stack's directory, unless `directory` is absolute.
   * @default - the directory `cdktf` runs in (`process.cwd()`), as cdktf itself does
   */
  readonly directory?: string;
}

/** Settings of {@link Backend.hcp}. */
export interface HcpBackendProps {
  /** HCP Terraform (or Terraform Enterprise) organization: letters, digits, `-` and `_`. */
  readonly organization: string;
  /**
   * Project the branch workspaces belong to (`cloud.workspaces.project`, Terraform 1.6 or later).
   * @default - the organization's default project
   */
  readonly project?: string;
  /**
   * Host name of Terraform Enterprise.
   * @default "app.terraform.io"
   */
  readonly hostname?: string;
}

/** Settings of {@link Backend.s3}. */
export interface S3BackendProps {
  /** Name of an existing S3 bucket (enable versioning on it to recover lost states). */
  readonly bucket: string;
  /** AWS region of the bucket, e.g. `eu-central-1`. */
  readonly region: string;
  /**
   * Key prefix: the state of a branch is `<keyPrefix>/<workspaceName>/terraform.tfstate`.
   * @default "pairpac"
   */
  readonly keyPrefix?: string;
  /**
   * DynamoDB table for state locking (the older locking method; deprecated by Terraform 1.11).
   * @default - no DynamoDB locking
   */
  readonly dynamodbTable?: string;
  /**
   * S3-native state locking with a lock file next to the state (`use_lockfile`, Terraform 1.10 or later).
   * @default - true, unless dynamodbTable is given
   */
  readonly useLockfile?: boolean;
}

/**
 * Where Terraform keeps the state of each branch. Exactly one of the factories; `bind(stack, identity)` adds the
 * backend to a branch's stack. Every branch gets its own state: a file per stack, an HCP Terraform workspace
 * named `identity.workspaceName`, or an S3 key containing it.
 *
 * @example
 * Backend.hcp({ organization: "my-club", project: "pairpac" }).bind(stack, identity);
 */
export abstract class Backend {
  /** Local state files, one per branch stack. The default. */
  public static local(props: LocalBackendProps = {}): Backend {
    return new Local(props);
  }

  /** HCP Terraform (or Terraform Enterprise): one workspace per branch, named by the branch identity. */
  public static hcp(props: HcpBackendProps): Backend {
    return new Hcp(props);
  }

  /** An S3 bucket, one key per branch, locked by a lock file (or DynamoDB). */
  public static s3(props: S3BackendProps): Backend {
    return new S3(props);
  }

  /** Which backend this is. */
  public abstract readonly kind: "local" | "hcp" | "s3";

  /**
   * The oldest Terraform release that reads this backend's configuration, as "major.minor": `cloud` 1.1,
   * `cloud.workspaces.project` 1.6, S3 `use_lockfile` 1.10 (Terraform's changelogs); 1.0 for local files.
   */
  public abstract readonly minimumTerraformVersion: string;

  /** Adds the backend to the branch's stack (a stack has one backend: binding twice is an error). */
  public bind(stack: TerraformStack, identity: BranchIdentity): TerraformBackend {
    if (!(stack instanceof TerraformStack)) {
      throw invalid("stack", stack, "must be a TerraformStack", "Bind the backend to the branch's stack.");
    }
    if (!(identity instanceof BranchIdentity)) {
      throw invalid("identity", identity, "must be a BranchIdentity", "Create it with BranchIdentity.of({ branch, parentDomain }).");
    }
    if (stack.node.tryFindChild("backend") !== undefined) {
      throw invalid("stack", stack.node.id, "already has a backend", "Bind one backend per stack.");
    }
    return this.create(stack, identity);
  }

  /**
   * Creates the cdktf backend construct.
   * @param stack the branch's stack
   * @param identity the branch
   */
  protected abstract create(stack: TerraformStack, identity: BranchIdentity): TerraformBackend;
}

class Local extends Backend {
  public readonly kind = "local";
  public readonly minimumTerraformVersion = "1.0";
  private readonly directory?: string;

  public constructor(props: LocalBackendProps) {
    super();
    if (typeof props !== "object" || props === null) {
      throw invalid("local", props, "must be an object", "Pass {} or { directory: \"state\" }.");
    }
    // eslint-disable-next-line no-control-regex
    if (props.directory !== undefined && (typeof props.directory !== "string" || props.directory.length === 0 || /[\u0000-\u001f]/.test(props.directory))) {
      throw invalid("local.directory", props.directory, "must be a non-empty path", "Use e.g. \"state\" or an absolute path.");
    }
    this.directory = props.directory;
  }

  /**
   * The state path relative to the stack's own directory (`<outdir>/stacks/<stack>`, where cdktf runs
   * Terraform), so a synthesized project can be moved or applied from another checkout: e.g.
   * `../../../terraform.main.tfstate` for the default `cdktf.out` in the project folder.
   */
  protected create(stack: TerraformStack, identity: BranchIdentity): TerraformBackend {
    const stateFile = resolve(this.directory ?? process.cwd(), `terraform.${identity.stackName}.tfstate`);
    if (this.directory !== undefined && isAbsolute(this.directory)) return new LocalBackend(stack, { path: stateFile });
    const stackDir = join(resolve(App.of(stack).outdir), "stacks", stack.node.id);
    return new LocalBackend(stack, { path: relative(stackDir, stateFile).split(sep).join("/") });
  }
}

/** HCP Terraform workspace names (also the limit BranchIdentity keeps). */
const HCP_WORKSPACE = /^[A-Za-z0-9_-]{1,90}$/;

class Hcp extends Backend {
  public readonly kind = "hcp";
  private readonly props: HcpBackendProps;

  public get minimumTerraformVersion(): string {
    return this.props.project !== undefined ? "1.6" : "1.1";
  }

  public constructor(props: HcpBackendProps) {
    super();
    if (typeof props !== "object" || props === null) {
      throw invalid("hcp", props, "must be an object with organization", "Pass e.g. { organization: \"my-club\" }.");
    }
    if (typeof props.organization !== "string" || !/^[A-Za-z0-9_-]+$/.test(props.organization)) {
      throw invalid("hcp.organization", props.organization, "must be an HCP Terraform organization name (letters, digits, - and _)",
        "Copy it from the HCP Terraform URL: app.terraform.io/app/<organization>.");
    }
    // eslint-disable-next-line no-control-regex
    if (props.project !== undefined && (typeof props.project !== "string" || props.project.trim() !== props.project || props.project.length === 0 || /[\u0000-\u001f]/.test(props.project))) {
      throw invalid("hcp.project", props.project, "must be a non-empty project name without leading or trailing spaces", "Use the name shown under Projects, e.g. \"pairpac\".");
    }
    if (props.hostname !== undefined && (typeof props.hostname !== "string"
      || !/^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+(:\d{1,5})?$/i.test(props.hostname))) {
      throw invalid("hcp.hostname", props.hostname, "must be a host name, optionally with :port, without scheme or path",
        "Use e.g. \"tfe.example.org\" (or leave it out for app.terraform.io).");
    }
    this.props = props;
  }

  protected create(stack: TerraformStack, identity: BranchIdentity): TerraformBackend {
    if (!HCP_WORKSPACE.test(identity.workspaceName)) {
      throw invalid("identity.workspaceName", identity.workspaceName, "is not a valid HCP Terraform workspace name", "Report this: BranchIdentity should never produce it.");
    }
    return new CloudBackend(stack, {
      organization: this.props.organization,
      hostname: this.props.hostname,
      workspaces: new NamedCloudWorkspace(identity.workspaceName, this.props.project),
    });
  }
}

class S3 extends Backend {
  public readonly kind = "s3";
  private readonly props: S3BackendProps;

  public get minimumTerraformVersion(): string {
    return this.useLockfile ? "1.10" : "1.0";
  }
  private readonly keyPrefix: string;
  private readonly useLockfile: boolean;

  public constructor(props: S3BackendProps) {
    super();
    if (typeof props !== "object" || props === null) {
      throw invalid("s3", props, "must be an object with bucket and region", "Pass e.g. { bucket: \"my-tf-state\", region: \"eu-central-1\" }.");
    }
    const bucket = props.bucket;
    if (typeof bucket !== "string" || !isS3BucketName(bucket)) {
      throw invalid("s3.bucket", bucket, "must be an S3 bucket name (3-63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit)",
        "Use the name of an existing bucket, e.g. \"my-club-terraform-state\".");
    }
    if (typeof props.region !== "string" || !AWS_REGION.test(props.region)) {
      throw invalid("s3.region", props.region, "is not an AWS region name", "Use the bucket's region, e.g. \"eu-central-1\".");
    }
    const keyPrefix = props.keyPrefix ?? "pairpac";
    if (typeof keyPrefix !== "string" || keyPrefix.length === 0 || keyPrefix.length > 900 || keyPrefix.startsWith("/") || keyPrefix.endsWith("/")
      // eslint-disable-next-line no-control-regex
      || keyPrefix.includes("//") || /[\u0000-\u001f\u007f\\]/.test(keyPrefix) || keyPrefix.split("/").some((part) => part === "." || part === "..")) {
      throw invalid("s3.keyPrefix", keyPrefix, "must be a key prefix without leading or trailing \"/\", empty, \".\" or \"..\" parts",
        "Use e.g. \"pairpac\" or \"teams/pairpac\".");
    }
    if (props.dynamodbTable !== undefined && (typeof props.dynamodbTable !== "string" || !/^[A-Za-z0-9_.-]{3,255}$/.test(props.dynamodbTable))) {
      throw invalid("s3.dynamodbTable", props.dynamodbTable, "must be a DynamoDB table name (3-255 letters, digits, _ . -)", "Use the lock table's name, or leave it out to lock with a lock file.");
    }
    const useLockfile = props.useLockfile ?? props.dynamodbTable === undefined;
    if (typeof useLockfile !== "boolean") {
      throw invalid("s3.useLockfile", useLockfile, "must be true or false", "Leave it out to lock with a lock file.");
    }
    if (!useLockfile && props.dynamodbTable === undefined) {
      throw invalid("s3.useLockfile", useLockfile, "turns off the only state lock (no dynamodbTable is given)",
        "Keep useLockfile (Terraform 1.10+) or give dynamodbTable: two concurrent deploys of a branch would corrupt its state.");
    }
    this.props = props;
    this.keyPrefix = keyPrefix;
    this.useLockfile = useLockfile;
  }

  protected create(stack: TerraformStack, identity: BranchIdentity): TerraformBackend {
    const backend = new S3Backend(stack, {
      bucket: this.props.bucket,
      region: this.props.region,
      key: `${this.keyPrefix}/${identity.workspaceName}/terraform.tfstate`,
      encrypt: true,
      dynamodbTable: this.props.dynamodbTable,
    });
    if (this.useLockfile) {
      // cdktf 0.21's S3BackendConfig predates `use_lockfile` (Terraform 1.10): written as an override.
      backend.addOverride("use_lockfile", true);
    }
    return backend;
  }
}
