#!/usr/bin/env bash
# Installs the validators of the conformance tier (npm run test:conformance) on Debian or Ubuntu, as root:
#   sudo scripts/validators/install.sh
# The package list is scripts/validators/packages.txt (CI reads the same file). Already installed packages are skipped.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "install.sh: run as root (sudo $0)" >&2; exit 1; }
command -v apt-get >/dev/null || { echo "install.sh: needs apt-get (Debian or Ubuntu)" >&2; exit 1; }
mapfile -t packages < <(grep -v '^\s*#' "$here/packages.txt" | grep -v '^\s*$')
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Postfix asks how to deliver mail; the tests only run postconf/postfix check on their own directories.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
fi
node "$here/check.js"
