/**
 * Loaded before every test file of both tiers (jest setupFiles), before cdktf is.
 *
 * cdktf's HCP Terraform backend (`cloud` block) adds a validation that runs `terraform version` on the synthesizing
 * machine and requires 1.1 or later (cdktf 0.21, lib/backends/cloud-backend.js, ValidateTerraformVersion). That checks
 * the machine, not the generated JSON, and a clone with only Node has no Terraform. cdktf takes the command from
 * TERRAFORM_BINARY_NAME (lib/util.js), so the tests answer it with the oldest Terraform the project supports: 1.10
 * (S3 state locking with a lock file, README "Where the state lives"). `cdktf synth`/`deploy` on a real machine still
 * run the real check.
 */
const SUPPORTED_TERRAFORM = "1.10.0";

process.env.TERRAFORM_BINARY_NAME = `${JSON.stringify(process.execPath)} -e ${JSON.stringify(`process.stdout.write("Terraform v${SUPPORTED_TERRAFORM}\\n")`)}`;
