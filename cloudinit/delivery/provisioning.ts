import { invalid } from "../private/errors";
import { APPLY_COMMAND } from "./apply-command";

/**
 * What the Terraform run does on a machine to deliver a bundle, as plain text (the construct puts it into
 * `terraform_data` provisioners; the end-to-end harness reads it back from `cdk.tf.json`). Every command runs as the
 * image's admin user in its home directory, over SSH, through `/bin/sh`.
 */

/** Folder below the admin user's home that receives the bundle (mode 0700). */
export const UPLOAD_DIR = ".pairpac-delivery";

/** Where the file provisioner writes the bundle: relative, so below the admin user's home (scp's working directory). */
export const UPLOAD_PATH = `${UPLOAD_DIR}/bundle`;

function machineName(machine: string): string {
  if (typeof machine !== "string" || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(machine)) {
    throw invalid("delivery.machine", machine, "must be 1-63 lower-case letters, digits or '-'", "Use e.g. \"gateway\".");
  }
  return machine;
}

/**
 * Before the upload: a private folder for the bundle, and the end of cloud-init (`cloud-init status --wait`; exit 1
 * is a failed boot, 2 a boot with recoverable errors). A failed boot stops the delivery with what to do.
 */
export function prepareCommands(machine: string): string[] {
  const name = machineName(machine);
  return [
    `umask 077 && mkdir -p ${UPLOAD_DIR} && rm -f ${UPLOAD_PATH} || exit 1`,
    "status=0; cloud-init status --wait > /dev/null || status=$?",
    `if [ "$status" -eq 1 ]; then echo "PairPac: cloud-init failed on ${name}: see 'cloud-init status --long' and /var/log/cloud-init-output.log there; fix the cause (or replace the machine), then run the apply again." >&2; exit 1; fi`,
    `if [ "$status" -eq 2 ]; then echo "PairPac: cloud-init finished with recoverable errors on ${name} ('cloud-init status --long'); delivering anyway."; fi`,
  ];
}

/** After the upload: the apply command as root (sudo without a password, as every cloud image's admin user has it). */
export function applyCommands(): string[] {
  return [`sudo -n ${APPLY_COMMAND} < ${UPLOAD_PATH}; status=$?; rm -f ${UPLOAD_PATH}; exit $status`];
}
