#!/bin/bash
# Installs the Debian packages the end-to-end tests (npm run test:e2e) need on the host.
# The tests also install a missing one themselves; CI runs this first so the time is visible.
set -euo pipefail

packages=(chromium firefox-esr fonts-dejavu-core iproute2 mmdebstrap mount util-linux)

missing=()
for p in "${packages[@]}"; do
  dpkg-query --show --showformat '${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "e2e host packages already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}"
