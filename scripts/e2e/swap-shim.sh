#!/bin/bash
# swapon/swapoff for an end-to-end test root (installed over /usr/sbin/swapon and /usr/sbin/swapoff;
# the real ones are diverted to *.e2e-real).
#
# Swap is global to the kernel: a test machine turning a swap file on would add swap to the host.
# This shim checks what would be turned on (the file exists, is not readable by others, and carries
# a swap signature written by mkswap) and records it in $E2E_SWAP_LOG
# (`swapon<TAB>file` / `swapoff<TAB>file`) instead. `swapon --show` and `-s` report no active swap.
set -uo pipefail

log=${E2E_SWAP_LOG:-/var/log/pairpac-e2e/swap.log}
mkdir -p "$(dirname "$log")"
name=$(basename "$0")

check_swap_file() {
  local f=$1 page mode
  [ -f "$f" ] || { echo "$name: cannot open $f: No such file or directory" >&2; return 1; }
  mode=$(stat -c '%a' "$f")
  case $mode in
    600 | 400) ;;
    *) echo "$name: $f: insecure permissions $mode, 0600 suggested." >&2 ;;
  esac
  page=$(getconf PAGESIZE)
  if [ "$(dd if="$f" bs=1 skip=$((page - 10)) count=10 status=none)" != "SWAPSPACE2" ]; then
    echo "$name: $f: read swap header failed (no mkswap signature)" >&2
    return 1
  fi
}

targets=()
all=0
for arg in "$@"; do
  case $arg in
    --show* | -s | --summary) exit 0 ;;
    -a | --all) all=1 ;;
    -*) ;;
    *) targets+=("$arg") ;;
  esac
done
if [ "$all" = 1 ] && [ -f /etc/fstab ]; then
  while read -r what _where type _rest; do
    [ "$type" = swap ] && [ "${what#\#}" = "$what" ] && targets+=("$what")
  done </etc/fstab
fi

status=0
for t in "${targets[@]}"; do
  if [ "$name" = swapon ]; then
    check_swap_file "$t" || { status=255; continue; }
  fi
  printf '%s\t%s\n' "$name" "$t" >>"$log"
done
exit "$status"
