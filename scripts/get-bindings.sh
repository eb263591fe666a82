#!/usr/bin/env bash
# Regenerates the oracle/oci and vancluever/acme bindings in .gen/ with the real `cdktf get`,
# offline: the provider schemas come from the cache in provider-schemas/ (vendored copies of
# ../shared/schemas/{oci,acme}.json, named the way cdktf looks them up), so no Terraform is run.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
rm -rf .gen
npx cdktf get --force --experimental-provider-schema-cache-path "$PWD/provider-schemas"
