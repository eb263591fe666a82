#!/bin/bash
# Removes what an earlier, crashed end-to-end run left behind: its network namespaces (and the
# processes it started inside them), overlay mounts and work folders. Only resources whose names
# carry the harness prefix "ppe2e" and the PID of a test process that no longer exists are touched,
# so a run in progress is never disturbed.
#   scripts/e2e/cleanup.sh [PROJECT_DIR]
set -uo pipefail

project=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
work="$project/.e2e-cache/work"

alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }

# Network namespaces: ppe2e-gw-<tag><pid>, ppe2e-dt-<tag><pid>.
for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep -E '^ppe2e-[a-z]+-[a-z]*[0-9]+$'); do
  pid=$(printf '%s' "$ns" | grep -oE '[0-9]+$')
  alive "$pid" && continue
  for p in $(ip netns pids "$ns" 2>/dev/null); do
    kill -KILL "$p" 2>/dev/null
  done
  ip netns delete "$ns" && echo "cleanup: deleted network namespace $ns"
done

# Overlay mounts and work folders: $work/<machine>-<pid>-<n>/root.
if [ -d "$work" ]; then
  for dir in "$work"/*-*-*; do
    [ -d "$dir" ] || continue
    pid=$(basename "$dir" | sed -E 's/^.*-([0-9]+)-[0-9]+$/\1/')
    alive "$pid" && continue
    # Innermost mounts first (a crashed in-root.sh namespace cannot leave any: they die with it).
    grep -F " $dir/" /proc/self/mounts | awk '{print $2}' | sort -r | while read -r m; do
      umount "$m" 2>/dev/null || umount --lazy "$m"
      echo "cleanup: unmounted $m"
    done
    # Loop devices standing in for a live machine's second disk (backed by a file in the folder).
    losetup --noheadings --output NAME,BACK-FILE 2>/dev/null | awk -v d="$dir/" 'index($2, d) == 1 {print $1}' | while read -r loop; do
      losetup -d "$loop" && echo "cleanup: detached $loop"
    done
    if grep -qF " $dir/" /proc/self/mounts; then
      echo "cleanup: $dir is still mounted, leaving it" >&2
      continue
    fi
    rm -rf --one-file-system -- "$dir" && echo "cleanup: removed $dir"
  done
fi
# An interrupted root filesystem build (mmdebstrap killed) leaves its /proc, /sys and /dev mounts inside the partial
# tree; unmount them so the next build can delete it (rootfs.ts refuses to delete across a mount).
for partial in "$project"/.e2e-cache/rootfs-*.partial; do
  [ -d "$partial" ] || continue
  pgrep -x mmdebstrap >/dev/null && continue
  grep -F " $partial/" /proc/self/mounts | awk '{print $2}' | sort -r | while read -r m; do
    umount "$m" 2>/dev/null || umount --lazy "$m"
    echo "cleanup: unmounted $m"
  done
done

# cgroups of live machines: <cgroup2>/ppe2e-<machine>-<pid> and <memory v1>/ppe2e-<machine>-<pid>.
memcg=/sys/fs/cgroup/memory$(sed -n 's/^[0-9]*:memory://p' /proc/self/cgroup)
for base in /sys/fs/cgroup/unified /sys/fs/cgroup "$memcg"; do
  [ -d "$base" ] || continue
  for cg in "$base"/ppe2e-*-[0-9]*; do
    [ -d "$cg" ] || continue
    alive "${cg##*-}" && continue
    find "$cg" -depth -type d -exec rmdir {} \; 2>/dev/null && echo "cleanup: removed cgroup $cg"
  done
done
exit 0
