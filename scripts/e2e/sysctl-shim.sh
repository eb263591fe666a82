#!/bin/bash
# sysctl for an end-to-end test root (installed over /usr/sbin/sysctl; the real one is diverted to
# /usr/sbin/sysctl.e2e-real).
#
# A test machine shares the host's kernel: settings that are not per network namespace (vm.*,
# kernel.*, fs.*) would change the host, and in-root.sh mounts them read-only. This shim applies
# net.* settings for real (they belong to the machine's own network namespace) and, for every other
# setting, checks that the kernel knows the key and records it instead of writing it. Reads go to
# the real sysctl. Records go to $E2E_SYSCTL_LOG: `applied<TAB>key=value` or `kept<TAB>key=value`.
set -uo pipefail

real=/usr/sbin/sysctl.e2e-real
log=${E2E_SYSCTL_LOG:-/var/log/pairpac-e2e/sysctl.log}
mkdir -p "$(dirname "$log")"

files=()
assignments=()
writes=0
for arg in "$@"; do
  case $arg in
    -p | --load) writes=1; files+=("/etc/sysctl.conf") ;;
    -p?* ) writes=1; files+=("${arg#-p}") ;;
    --load=*) writes=1; files+=("${arg#--load=}") ;;
    --system)
      writes=1
      for f in /usr/lib/sysctl.d/*.conf /run/sysctl.d/*.conf /etc/sysctl.d/*.conf; do
        [ -f "$f" ] && files+=("$f")
      done
      [ -f /etc/sysctl.conf ] && files+=(/etc/sysctl.conf) ;;
    -w | --write) writes=1 ;;
    -q | --quiet | -e | --ignore) ;;
    -*) ;;
    *=*) writes=1; assignments+=("$arg") ;;
    *)
      # A file name right after -p is given as a separate argument.
      if [ "${#files[@]}" -gt 0 ] && [ "${files[-1]}" = /etc/sysctl.conf ] && [ -f "$arg" ]; then
        files[-1]=$arg
      fi ;;
  esac
done
[ "$writes" = 1 ] || exec "$real" "$@"

for f in "${files[@]}"; do
  [ -r "$f" ] || { echo "sysctl: cannot open \"$f\": No such file or directory" >&2; exit 255; }
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%%#*}
    line=${line%%;*}
    [[ $line =~ ^[[:space:]]*$ ]] && continue
    assignments+=("$line")
  done <"$f"
done

status=0
for a in "${assignments[@]}"; do
  key=${a%%=*}
  value=${a#*=}
  key=$(printf '%s' "$key" | tr -d '[:space:]')
  value=$(printf '%s' "$value" | sed -E 's/^[[:space:]]+//; s/[[:space:]]+$//')
  optional=0
  if [ "${key#-}" != "$key" ]; then optional=1; key=${key#-}; fi
  path=/proc/sys/$(printf '%s' "$key" | tr . /)
  if [ ! -e "$path" ]; then
    echo "sysctl: cannot stat $path: No such file or directory" >&2
    [ "$optional" = 1 ] || status=255
    continue
  fi
  case $key in
    net.*)
      if "$real" -q -w "$key=$value"; then
        printf 'applied\t%s=%s\n' "$key" "$value" >>"$log"
      else
        [ "$optional" = 1 ] || status=255
      fi ;;
    *)
      printf 'kept\t%s=%s\n' "$key" "$value" >>"$log"
      echo "$key = $value" ;;
  esac
done
exit "$status"
