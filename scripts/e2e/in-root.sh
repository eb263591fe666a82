#!/bin/bash
# Runs one command chrooted into a test root filesystem.
#
# Meant to be started by `unshare --mount --pid --fork --kill-child [--uts] [--net] in-root.sh ROOT CMD...`
# (or under `ip netns exec NS unshare ...`): the mounts made here live only in that private mount
# namespace and vanish with it, so nothing leaks to the host. /run and /tmp are the root's own
# directories (not tmpfs): cloud-init's stages are separate processes and pass state through /run.
#
# The environment inside is reset to a fixed, minimal one (like systemd gives its services); extra
# variables can be passed as NAME=VALUE arguments before `--`:
#   in-root.sh ROOT [NAME=VALUE ...] -- CMD [ARG...]
set -euo pipefail

root=${1:?usage: in-root.sh ROOT [NAME=VALUE ...] -- CMD [ARG...]}
shift
extra_env=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  extra_env+=("$1")
  shift
done
[ "${1:-}" = "--" ] || { echo "in-root.sh: missing -- before the command" >&2; exit 2; }
shift
[ $# -gt 0 ] || { echo "in-root.sh: missing command" >&2; exit 2; }
[ -x "$root/usr/bin/env" ] || { echo "in-root.sh: $root is not a root filesystem" >&2; exit 2; }

# Private propagation: nothing mounted below reaches the host's mount table.
mount --make-rprivate /

# /proc of the new PID namespace (the caller used --pid --fork). Kernel settings that are not per
# namespace (vm.*, kernel.*, fs.* sysctls, sysrq) are read-only: a test root must not tune the host.
# /proc/sys/net stays writable: it belongs to the caller's network namespace.
mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
mount --bind "$root/proc/sys" "$root/proc/sys"
mount -o remount,bind,ro "$root/proc/sys"
mount --bind "$root/proc/sys/net" "$root/proc/sys/net"
mount -o remount,bind,rw "$root/proc/sys/net"
if [ -e "$root/proc/sysrq-trigger" ]; then
  mount --bind "$root/proc/sysrq-trigger" "$root/proc/sysrq-trigger"
  mount -o remount,bind,ro "$root/proc/sysrq-trigger"
fi

# A minimal /dev: only harmless character devices, never the host's disks.
mount -t tmpfs -o mode=0755,nosuid,size=1m e2e-dev "$root/dev"
for node in null zero full random urandom tty; do
  : > "$root/dev/$node"
  mount --bind "/dev/$node" "$root/dev/$node"
done
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5 devpts "$root/dev/pts"
ln -s pts/ptmx "$root/dev/ptmx"
mount -t tmpfs -o mode=1777,nosuid,nodev,size=64m e2e-shm "$root/dev/shm"
ln -s /proc/self/fd "$root/dev/fd"
ln -s /proc/self/fd/0 "$root/dev/stdin"
ln -s /proc/self/fd/1 "$root/dev/stdout"
ln -s /proc/self/fd/2 "$root/dev/stderr"

# Loopback is up on every booted machine (a fresh network namespace starts with it down).
ip link set lo up

# sysfs read-only: it shows the network devices of the caller's network namespace only.
mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$root/sys"

exec chroot "$root" /usr/bin/env -i \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 TERM=dumb \
  "${extra_env[@]}" "$@"
