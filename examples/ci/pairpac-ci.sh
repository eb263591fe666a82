#!/usr/bin/env bash
# Helper of examples/ci/github-actions.yml (copy both into your PairPac repository: .github/workflows/pairpac.yml and
# .github/pairpac-ci.sh). Run it from the repository root after `npm run build`.
#
#   pairpac-ci.sh stack-name BRANCH             print the cdktf stack name of BRANCH
#   pairpac-ci.sh is-production BRANCH          exit 0 when BRANCH is a production branch, 1 otherwise
#   pairpac-ci.sh release-volumes STACK POLICY  before destroy: handle the data volumes that prevent_destroy protects
#   pairpac-ci.sh delete-released STACK         after destroy: delete the AWS volumes released by release-volumes
#
# POLICY decides what happens to the data (there is no default: a teardown must say it):
#   backup-then-delete  AWS: snapshot each volume (waits until complete); OCI: back up each volume, move the backup
#                       to $BACKUP_COMPARTMENT_ID (outside the branch compartment), detach and delete the volume.
#                       Then the volumes are removed from the state, so `cdktf destroy` can run.
#   keep                AWS only: remove the volumes from the state; they survive the destroy, unattached and billed.
#                       (On OCI a volume left in the branch compartment would block the compartment's deletion.)
#
# Needs: node, terraform, jq, and the cloud CLIs of the clouds in use (aws, oci), configured from the environment.
set -Eeuo pipefail

die() { printf 'pairpac-ci: %s\n' "$*" >&2; exit 1; }
note() { printf 'pairpac-ci: %s\n' "$*" >&2; }

[ -f dist/src/index.js ] || die "dist/src/index.js is missing: run 'npm run build' in the repository root first"

released_file() { printf '%s/pairpac-released-%s.tsv' "${RUNNER_TEMP:-/tmp}" "$1"; }

stack_name() {
  # The stack name depends on the branch only; the parent domain is needed by the API but does not enter it.
  BRANCH="$1" node -e '
    const { BranchIdentity } = require("./dist/src/index.js");
    process.stdout.write(BranchIdentity.of({ branch: process.env.BRANCH, parentDomain: "example.org" }).stackName + "\n");
  '
}

is_production() {
  # Production branches come from the app settings: PAIRPAC_PRODUCTION_BRANCHES or cdktf.json context.
  BRANCH="$1" node -e '
    const fs = require("node:fs");
    const { loadSettings } = require("./dist/src/settings/settings.js");
    const context = JSON.parse(fs.readFileSync("cdktf.json", "utf8")).context ?? {};
    const settings = loadSettings({ env: process.env, context: (key) => context[key] });
    process.exit(settings.productionBranches.includes(process.env.BRANCH) ? 0 : 1);
  '
}

stack_dir() {
  local dir="cdktf.out/stacks/$1"
  [ -f "$dir/cdk.tf.json" ] || die "$dir/cdk.tf.json is missing: synthesize the branch first (PAIRPAC_BRANCH=... npm run synth)"
  printf '%s' "$dir"
}

release_volumes() {
  local stack="$1" policy="$2" dir state volumes count
  case "$policy" in
    backup-then-delete|keep) ;;
    "") die "no data-volume policy given: set the repository variable DATA_VOLUMES_ON_DESTROY to backup-then-delete or keep" ;;
    *) die "unknown data-volume policy '$policy': use backup-then-delete or keep" ;;
  esac
  dir="$(stack_dir "$stack")"
  terraform -chdir="$dir" init -input=false -no-color >/dev/null
  state="$(terraform -chdir="$dir" show -json)"
  volumes="$(jq -c '[.values.root_module.resources[]?
      | select(.mode == "managed" and (.type == "aws_ebs_volume" or .type == "oci_core_volume"))
      | { address, type, id: .values.id, arn: (.values.arn // "") }]' <<<"$state")"
  count="$(jq 'length' <<<"$volumes")"
  : >"$(released_file "$stack")"
  if [ "$count" -eq 0 ]; then
    note "no data volumes in the state of $stack"
    return 0
  fi
  if [ "$policy" = keep ] && jq -e 'any(.[]; .type == "oci_core_volume")' <<<"$volumes" >/dev/null; then
    die "policy 'keep' cannot be used with OCI volumes: the branch compartment cannot be deleted while it holds them; use backup-then-delete"
  fi
  if [ "$policy" = backup-then-delete ] && jq -e 'any(.[]; .type == "oci_core_volume")' <<<"$volumes" >/dev/null; then
    [ -n "${BACKUP_COMPARTMENT_ID:-}" ] || die "BACKUP_COMPARTMENT_ID must name a compartment outside the branch for the OCI volume backups"
  fi

  local address type id arn region backup
  while IFS=$'\t' read -r address type id arn; do
    if [ "$policy" = backup-then-delete ]; then
      if [ "$type" = aws_ebs_volume ]; then
        region="$(cut -d: -f4 <<<"$arn")"
        backup="$(aws ec2 create-snapshot --region "$region" --volume-id "$id" \
          --description "PairPac $stack $address before destroy" \
          --tag-specifications "ResourceType=snapshot,Tags=[{Key=pairpac:stack,Value=$stack}]" \
          --query SnapshotId --output text)"
        note "snapshot $backup of $id ($address): waiting until it is complete"
        local tries=0
        until aws ec2 wait snapshot-completed --region "$region" --snapshot-ids "$backup"; do
          tries=$((tries + 1))
          [ "$tries" -lt 12 ] || die "snapshot $backup of $id did not complete; nothing was released"
        done
      else
        backup="$(oci bv backup create --volume-id "$id" --type FULL \
          --display-name "pairpac-$stack-$(date -u +%Y%m%dT%H%M%SZ)" \
          --wait-for-state AVAILABLE --max-wait-seconds 7200 --query 'data.id' --raw-output)"
        oci bv backup change-compartment --volume-backup-id "$backup" --compartment-id "$BACKUP_COMPARTMENT_ID" >/dev/null
        note "backup $backup of $id ($address) moved to $BACKUP_COMPARTMENT_ID"
      fi
      printf '%s\t%s\t%s\t%s\n' "$type" "$id" "$arn" "$backup" >>"$(released_file "$stack")"
    else
      printf '%s\t%s\t%s\t%s\n' "$type" "$id" "$arn" "-" >>"$(released_file "$stack")"
    fi
  done < <(jq -r '.[] | [.address, .type, .id, .arn] | @tsv' <<<"$volumes")

  # OCI: detach first (only the attachments), so the volumes can be deleted before the compartment goes.
  local targets=()
  while IFS= read -r address; do targets+=("-target=$address"); done < <(jq -r '.values.root_module.resources[]?
      | select(.mode == "managed" and .type == "oci_core_volume_attachment") | .address' <<<"$state")
  if [ "$policy" = backup-then-delete ] && [ "${#targets[@]}" -gt 0 ]; then
    terraform -chdir="$dir" destroy -auto-approve -input=false -no-color "${targets[@]}"
  fi

  while IFS= read -r address; do
    terraform -chdir="$dir" state rm -no-color "$address" >/dev/null
    note "released $address from the state of $stack"
  done < <(jq -r '.[].address' <<<"$volumes")

  if [ "$policy" = backup-then-delete ]; then
    while IFS=$'\t' read -r type id _; do
      if [ "$type" = oci_core_volume ]; then
        oci bv volume delete --volume-id "$id" --force --wait-for-state TERMINATED >/dev/null
        note "deleted OCI volume $id (backed up)"
      fi
    done <"$(released_file "$stack")"
  fi
}

delete_released() {
  local stack="$1" file type id arn backup region
  file="$(released_file "$stack")"
  [ -f "$file" ] || die "$file is missing: run release-volumes first"
  while IFS=$'\t' read -r type id arn backup; do
    [ "$type" = aws_ebs_volume ] || continue
    region="$(cut -d: -f4 <<<"$arn")"
    if [ "$backup" = "-" ]; then
      note "kept AWS volume $id in $region (policy keep): it is still billed; delete it when you no longer need it"
      continue
    fi
    aws ec2 wait volume-available --region "$region" --volume-ids "$id"
    aws ec2 delete-volume --region "$region" --volume-id "$id"
    note "deleted AWS volume $id (snapshot $backup)"
  done <"$file"
}

command="${1:-}"
case "$command" in
  stack-name) [ $# -eq 2 ] || die "usage: $0 stack-name BRANCH"; stack_name "$2" ;;
  is-production) [ $# -eq 2 ] || die "usage: $0 is-production BRANCH"; is_production "$2" ;;
  release-volumes) [ $# -eq 3 ] || die "usage: $0 release-volumes STACK POLICY"; release_volumes "$2" "$3" ;;
  delete-released) [ $# -eq 2 ] || die "usage: $0 delete-released STACK"; delete_released "$2" ;;
  *) die "usage: $0 stack-name|is-production|release-volumes|delete-released ..." ;;
esac
