#!/bin/bash
# udevadm for a live e2e machine (installed over /usr/bin/udevadm; the real one is diverted to udevadm.e2e-real).
# A container has no udev (systemd-udevd needs a writable /sys), so nothing makes the /dev/disk/by-label and
# by-uuid links that udev's persistent-storage rules would, and systemd mounts What=LABEL=... through them.
# `udevadm settle` (and `trigger`) make those links for the machine's block devices from blkid, synchronously, which
# is what settle promises: when it returns, the links for the devices present exist. Every other call goes to the
# real udevadm.
set -uo pipefail
case "${1:-}" in
  settle | trigger)
    mkdir -p /dev/disk/by-label /dev/disk/by-uuid
    for dev in /dev/*; do
      [ -b "$dev" ] || continue
      label=$(blkid -p -o value -s LABEL "$dev" 2>/dev/null) || label=""
      uuid=$(blkid -p -o value -s UUID "$dev" 2>/dev/null) || uuid=""
      [ -n "$label" ] && ln -sfn "../../$(basename "$dev")" "/dev/disk/by-label/$label"
      [ -n "$uuid" ] && ln -sfn "../../$(basename "$dev")" "/dev/disk/by-uuid/$uuid"
    done
    exit 0
    ;;
esac
exec /usr/bin/udevadm.e2e-real "$@"
