#!/bin/bash
# systemctl for an end-to-end test root that is booted by running cloud-init's stages in a chroot.
#
# No service manager runs there, so the real systemctl refuses `--now`, `start` and `daemon-reload`.
# This shim is installed over /usr/bin/systemctl (the real binary is diverted with dpkg-divert to
# /usr/bin/systemctl.e2e-real) and does what can be done honestly without a running systemd:
#   - enable/disable/reenable/mask/unmask/preset: done for real, offline (`--root=/`), so symlinks
#     and unknown-unit errors are real; `--now` is recorded as a start (or stop) request;
#   - start/restart/reload/stop and friends: the unit must exist (checked offline, exit 5 like
#     systemctl's "Unit not found" otherwise); the request is recorded, nothing is started;
#   - daemon-reload/daemon-reexec: recorded;
#   - is-enabled: answered offline by the real systemctl;
#   - is-active/is-failed/status: nothing runs in the test root, so every unit is inactive (exit 3);
#   - anything else fails loudly, so a role that needs more shows up as a test failure.
# Every call and every effect is appended to $E2E_SYSTEMCTL_LOG, one record per line, fields
# separated by TAB: `call<TAB>arg...`, then `enable<TAB>unit`, `start<TAB>unit`, `daemon-reload`, ...
set -uo pipefail

real=/usr/bin/systemctl.e2e-real
log=${E2E_SYSTEMCTL_LOG:-/var/log/pairpac-e2e/systemctl.log}
mkdir -p "$(dirname "$log")"

record() {
  local IFS=$'\t'
  printf '%s\n' "$*" >>"$log"
}

for arg in "$@"; do
  case $arg in
    *$'\t'* | *$'\n'*) echo "systemctl (e2e shim): argument with TAB or newline is not supported: '$arg'" >&2; exit 2 ;;
  esac
done
record call "$@"

# Adds the .service suffix like systemctl does for a bare name.
unit_name() {
  case $1 in
    *.service | *.socket | *.target | *.timer | *.mount | *.automount | *.path | *.slice | *.scope | *.swap | *.device) printf '%s' "$1" ;;
    *) printf '%s.service' "$1" ;;
  esac
}

unit_exists() {
  "$real" --root=/ list-unit-files --no-legend --no-pager "$1" 2>/dev/null | grep -q .
}

verb=""
now=0
quiet=0
offline_opts=()
units=()
for arg in "$@"; do
  case $arg in
    --now) now=1 ;;
    --quiet | -q) quiet=1; offline_opts+=("$arg") ;;
    --no-pager | --no-ask-password | --no-block | --system | --no-reload | --force | -f | --full | -l | --no-legend)
      offline_opts+=("$arg") ;;
    -*) echo "systemctl (e2e shim): option '$arg' is not supported" >&2; record refused "option $arg"; exit 1 ;;
    *)
      if [ -z "$verb" ]; then verb=$arg; else units+=("$arg"); fi ;;
  esac
done
# Options that make no sense offline are dropped for the real call (it rejects --no-block with --root).
real_opts=()
for opt in "${offline_opts[@]}"; do
  case $opt in
    --quiet | -q | --no-pager | --force | -f | --no-reload) real_opts+=("$opt") ;;
  esac
done

case $verb in
  daemon-reload | daemon-reexec)
    record "$verb"
    exit 0 ;;
  enable | disable | reenable | mask | unmask | preset)
    [ ${#units[@]} -gt 0 ] || { echo "systemctl (e2e shim): '$verb' needs a unit" >&2; exit 1; }
    "$real" --root=/ "${real_opts[@]}" "$verb" "${units[@]}" || { rc=$?; record failed "$verb" "${units[@]}"; exit "$rc"; }
    for unit in "${units[@]}"; do
      record "$verb" "$(unit_name "$unit")"
      if [ "$now" = 1 ]; then
        case $verb in
          enable | reenable | unmask | preset) record start "$(unit_name "$unit")" ;;
          disable | mask) record stop "$(unit_name "$unit")" ;;
        esac
      fi
    done
    exit 0 ;;
  start | restart | reload | try-restart | reload-or-restart | try-reload-or-restart | stop | kill)
    [ ${#units[@]} -gt 0 ] || { echo "systemctl (e2e shim): '$verb' needs a unit" >&2; exit 1; }
    for unit in "${units[@]}"; do
      name=$(unit_name "$unit")
      if ! unit_exists "$name"; then
        echo "Failed to $verb $name: Unit $name not found." >&2
        record failed "$verb" "$name"
        exit 5
      fi
    done
    for unit in "${units[@]}"; do
      record "$verb" "$(unit_name "$unit")"
    done
    exit 0 ;;
  is-enabled)
    exec "$real" --root=/ "${real_opts[@]}" is-enabled "${units[@]}" ;;
  is-active | status)
    for unit in "${units[@]}"; do
      [ "$quiet" = 1 ] || echo inactive
    done
    exit 3 ;;
  is-failed)
    for unit in "${units[@]}"; do [ "$quiet" = 1 ] || echo inactive; done
    exit 1 ;;
  *)
    echo "systemctl (e2e shim): verb '${verb:-<none>}' is not supported in the e2e test root (no running systemd)" >&2
    record refused "verb ${verb:-<none>}"
    exit 1 ;;
esac
