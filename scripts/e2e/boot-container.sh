#!/bin/bash
# Boots a test machine's root filesystem with systemd as PID 1 in its own PID, mount, UTS, IPC and cgroup
# namespaces, in the named network namespace NETNS (made with `ip netns add`). Test-only (PairPac e2e).
#
#   boot-container.sh NETNS ROOT HOSTNAME CGROUP2_DIR MEMCG_DIR [DEVICE_NODE=MAJOR:MINOR ...] -- [INIT ARGS ...]
#
# NETNS        entered with nsenter, not `ip netns exec` (which mounts a fresh /sys and hides the cgroup mounts)
# ROOT         the machine's root (an overlay mount the caller made); it persists across "reboots"
# CGROUP2_DIR  an empty cgroup2 directory on the host: the machine's cgroup namespace is rooted there, so systemd
#              manages its own tree below it (as in systemd-nspawn's unified-hierarchy mode)
# MEMCG_DIR    a cgroup v1 memory directory (the host is a hybrid hierarchy; v2 has no memory controller here):
#              the machine's total memory use is read from it, and its limit is the machine's size
# DEVICE_NODE  block devices to create in the machine's /dev, e.g. vdb=7:3 (a loop device standing in for the
#              cloud's second disk); the loop device's own node is created as well, so blkid's scan of
#              /proc/partitions finds a label without udev, as mount(8) does on a machine without udev rules
# INIT ARGS    given to systemd; in a container systemd and cloud-init read PID 1's arguments as the kernel
#              command line (e.g. ds=nocloud;s=file:///var/lib/pairpac-e2e/seed/)
#
# Exit status: systemd's. A reboot inside the machine ends PID 1 with SIGHUP (status 129), a power-off with
# SIGINT (130), as in any PID namespace; the caller decides whether to boot again.
set -euo pipefail

netns="$1" root="$2" hostname="$3" cg2="$4" memcg="$5"
shift 5
devices=()
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do devices+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift

if [ "${PAIRPAC_E2E_STAGE:-}" != "inside" ]; then
  mkdir -p "$cg2" "$memcg"
  echo $$ > "$cg2/cgroup.procs"
  echo $$ > "$memcg/cgroup.procs"
  export PAIRPAC_E2E_STAGE=inside
  exec nsenter --net="/run/netns/$netns" unshare --pid --fork --kill-child --mount --propagation private --uts --ipc --cgroup \
    "$0" "$netns" "$root" "$hostname" "$cg2" "$memcg" "${devices[@]}" -- "$@"
fi

# Now PID 1 of the new PID namespace (until exec), in a private mount namespace.
unset PAIRPAC_E2E_STAGE
hostname "$hostname"
mount --bind "$root" "$root"
mount -t proc proc "$root/proc"
mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$root/sys"
mount -t cgroup2 -o nosuid,nodev,noexec cgroup2 "$root/sys/fs/cgroup"
# The kernel's tunables stay the host's: read-only, except the network namespace's own (net.*).
mount --bind "$root/proc/sys" "$root/proc/sys"
mount --bind "$root/proc/sys/net" "$root/proc/sys/net"
mount -o remount,bind,ro "$root/proc/sys"
for p in sysrq-trigger kcore keys timer_list; do
  [ -e "$root/proc/$p" ] && mount --bind /dev/null "$root/proc/$p"
done

dev="$root/dev"
mount -t tmpfs -o nosuid,mode=0755,size=4m tmpfs "$dev"
for n in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
  IFS=: read -r name major minor <<< "$n"
  mknod -m 0666 "$dev/$name" c "$major" "$minor"
done
mkdir -p "$dev/pts" "$dev/shm" "$dev/net"
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5 devpts "$dev/pts"
ln -s pts/ptmx "$dev/ptmx"
mount -t tmpfs -o nosuid,nodev,mode=1777 tmpfs "$dev/shm"
mknod -m 0666 "$dev/net/tun" c 10 200
ln -s /proc/self/fd "$dev/fd"
ln -s /proc/self/fd/0 "$dev/stdin"
ln -s /proc/self/fd/1 "$dev/stdout"
ln -s /proc/self/fd/2 "$dev/stderr"
# systemd's console output goes to the caller's log (our stdout).
touch "$dev/console"
mount --bind /proc/self/fd/1 "$dev/console"
for d in "${devices[@]}"; do
  IFS='=:' read -r name major minor <<< "$d"
  mknod -m 0660 "$dev/$name" b "$major" "$minor"
  loopname="$(basename "$(readlink -f "/sys/dev/block/$major:$minor")")"
  [ -e "$dev/$loopname" ] || mknod -m 0660 "$dev/$loopname" b "$major" "$minor"
done

# Tunables the role writes that are not the network namespace's own (PAIRPAC_E2E_SYSCTLS, e.g. "vm.swappiness"):
# a file of the machine's own in their place, so `sysctl -p` succeeds and the host's kernel stays as it is.
mkdir -p "$dev/.pairpac-e2e-sysctl"
for key in ${PAIRPAC_E2E_SYSCTLS:-}; do
  rel="${key//./\/}"
  stand_in="$dev/.pairpac-e2e-sysctl/$key"
  cat "/proc/sys/$rel" > "$stand_in"
  mount --bind "$stand_in" "$root/proc/sys/$rel"
done
cd "$root"
mkdir -p .pairpac-e2e-oldroot
pivot_root . .pairpac-e2e-oldroot
cd /
umount -l /.pairpac-e2e-oldroot
rmdir /.pairpac-e2e-oldroot
# What systemd-nspawn drops as well: no module loading, no host clock, no raw I/O or host-wide kernel logging.
exec /usr/bin/setpriv --bounding-set=-sys_module,-sys_time,-sys_rawio,-syslog,-wake_alarm,-mac_admin,-mac_override \
  /usr/bin/env -i container=pairpac-e2e TERM=dumb /usr/lib/systemd/systemd "$@"
