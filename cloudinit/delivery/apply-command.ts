import { File } from "../elements/file";
import { invalid } from "../private/errors";
import { containsToken } from "../tokens";
import { BUNDLE_MAGIC, BUNDLE_VERSION, type DeliveryBundle } from "./delivery-bundle";

/** The root-owned command on every machine that applies a delivery bundle read from its standard input. */
export const APPLY_COMMAND = "/usr/local/sbin/pairpac-apply";

/**
 * Where the apply command keeps its state (root only): `lock`, the bundle being applied and its `applier`, `pending`
 * (action tokens whose files changed but whose action has not succeeded yet, so a failed reload is retried by the next
 * delivery) and `applied` (SHA-256 of the last bundle applied completely).
 */
export const DELIVERY_STATE_DIR = "/var/lib/pairpac/delivery";

/** Something the apply command runs after files it names changed, e.g. reloading sshd. */
export interface DeliveryAction {
  /** Name used in the bundle's action tokens, e.g. `sshd` (lower case, digits, `-`). */
  readonly name: string;
  /** argv of the command (literal, run as root); a group action gets its changed members appended. */
  readonly command: readonly string[];
  /**
   * A group: bundle tokens name members (`containers:nginx`), and the command is called once with every changed
   * member as further arguments.
   * @default false
   */
  readonly group?: boolean;
}

const NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** Single-quotes `word` for bash when it holds anything but safe characters. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/** Checks the actions of a role: unique names, literal non-empty commands. */
export function checkActions(machine: string, actions: readonly DeliveryAction[]): void {
  const seen = new Set<string>();
  actions.forEach((a, i) => {
    const field = `${machine}.deliveryActions[${i}]`;
    if (typeof a.name !== "string" || !NAME.test(a.name) || seen.has(a.name)) {
      throw invalid(`${field}.name`, a.name, "must be a unique lower-case action name", "Use e.g. \"sshd\".");
    }
    seen.add(a.name);
    if (!Array.isArray(a.command) || a.command.length === 0 || a.command.some((w) => typeof w !== "string" || w === "" || containsToken(w) || /[\0\r\n]/.test(w))) {
      throw invalid(`${field}.command`, a.command, "must be a non-empty argv of literal single-line words", "Use e.g. [\"systemctl\", \"reload\", \"ssh.service\"].");
    }
  });
}

/** Checks that every action token of `bundle` names one of `actions` (with a member only for a group action). */
export function checkBundleActions(bundle: DeliveryBundle, actions: readonly DeliveryAction[]): void {
  for (const token of bundle.actionTokens) {
    const [name, member] = token.split(":");
    const action = actions.find((a) => a.name === name);
    if (action === undefined) {
      throw invalid(`delivery(${bundle.machine}).then`, token, `names no action of this machine (${actions.map((a) => a.name).join(", ")})`, "Add the action to the role's delivery actions.");
    }
    if ((member !== undefined) !== (action.group === true)) {
      throw invalid(`delivery(${bundle.machine}).then`, token, action.group === true ? `needs a member (${name}:<member>)` : "takes no member", `Write "${action.group === true ? `${name}:<member>` : name}".`);
    }
  }
}

/**
 * The applier of a machine (bash), which every bundle carries and the apply command runs as root on the bundle. It
 * checks all of the bundle before touching anything (every record well-formed, paths plain and absolute, every action
 * known, the `end` line present), then writes each directory and file with its owner and mode (a file through a
 * temporary file in the same directory and a rename, so a reader never sees half a file), removes what a `prune`
 * record says, and runs the actions of the files whose content changed, in the order of `actions`, each once.
 * Unchanged files only get their owner and mode set again. A failed action stays pending and runs again at the next
 * delivery, even if nothing changes. It travels with the bundle, so a newer PairPac brings its own logic and action
 * table to a running machine without changing its user-data.
 */
export function applierScript(machine: string, actions: readonly DeliveryAction[]): string {
  checkActions(machine, actions);
  const cases = actions.map((a) => `${a.name}) ${a.command.map(shellWord).join(" ")}${a.group === true ? ' "$@"' : ""} ;;`).join("\n");
  const groups = actions.filter((a) => a.group === true).map((a) => a.name).join(" ");
  // Kept short: it is part of every machine's user-data. The behaviour is documented above and tested.
  return `#!/usr/bin/env bash
# PairPac's applier of delivery bundles (run by ${APPLY_COMMAND}); see cloudinit/delivery/apply-command.ts.
set -euo pipefail
umask 077
m=${shellWord(machine)}
s=${DELIVERY_STATE_DIR}
b="$1"
order=" ${actions.map((a) => a.name).join(" ")} "
groups=" ${groups} "
fail() { echo "pairpac-apply on $m: $*" >&2; exit 1; }
act() {
n="$1"; shift
case "$n" in
${cases}
esac
}
c="$(wc -l < "$b")"
[ "$(tail -n 1 "$b")" = "end $((c - 2))" ] || fail "incomplete bundle"
P='^/[A-Za-z0-9._@+/-]+$'
O='^[a-z0-9_-]+:[a-z0-9_-]+$'
ok() {
[ "$1" = - ] && return
for t in \${1//,/ }; do
if [[ $t == *:* ]]; then [[ $groups == *" \${t%%:*} "* ]]; else [[ $order == *" $t "* && $groups != *" $t "* ]]; fi || return 1
done
}
safe() { [[ $1 =~ $P && $1 != *..* ]]; }
l=0
while read -r k x y z v w; do
l=$((l + 1))
case "$k" in
${BUNDLE_MAGIC}|applier|end) ;;
dir) [[ $x =~ ^[0-7]{4}$ && $y =~ $O && -z $v ]] && safe "$z" ;;
file) [[ $x =~ ^[0-7]{4}$ && $y =~ $O && $w =~ ^[A-Za-z0-9+/]*=*$ ]] && ok "$z" && safe "$v" ;;
prune) [ -z "$z" ] && ok "$x" && safe "$y" ;;
*) false ;;
esac || fail "line $l is not a valid record"
done < "$b"
touch $s/pending
hit() { [ "$1" = - ] || tr , '\\n' <<< "$1" >> $s/pending; }
declare -A seen=()
while read -r k x y z v w; do
case "$k" in
dir) install -d -o "\${y%:*}" -g "\${y#*:}" -m "$x" "$z" ;;
file)
seen[$v]=1
d="\${v%/*}"
[ -d "$d" ] || install -d "$d"
t="$(mktemp "$d/.pairpac.XXXXXX")"
base64 -d <<< "$w" > "$t"
chown "$y" "$t"
chmod "$x" "$t"
if [ -f "$v" ] && [ ! -L "$v" ] && cmp -s "$t" "$v"; then rm -f "$t"; chown "$y" "$v"; chmod "$x" "$v"; else mv -fT "$t" "$v"; hit "$z"; fi ;;
prune)
for f in "$y"/*; do
if [ -f "$f" ] && [ ! -L "$f" ] && [ -z "\${seen[$f]:-}" ]; then rm -f "$f"; hit "$x"; fi
done ;;
esac
done < "$b"
for n in $order; do
a=()
r=0
while read -r t; do
[ "$t" = "$n" ] && r=1
[ "\${t%%:*}" = "$n" ] && [[ $t == *:* ]] && r=1 && a+=("\${t#*:}")
done < <(sort -u $s/pending)
[ $r = 1 ] || continue
echo "pairpac-apply on $m: $n \${a[*]}"
act "$n" "\${a[@]}" || fail "$n failed; the files are in place, and the next delivery runs $n again"
grep -v -e "^$n\\$" -e "^$n:" $s/pending > $s/pending.new || true
mv -f $s/pending.new $s/pending
done
sha256sum < "$b" | cut -d ' ' -f 1 > $s/applied
echo "pairpac-apply on $m: done"
`;
}

/**
 * The apply command of a machine (bash, in user-data): reads one bundle from standard input into its root-only state
 * folder (one delivery at a time), refuses a bundle for another machine, and runs the applier the bundle carries on
 * it (see {@link applierScript}). The bundle is removed afterwards.
 */
export function applyCommandScript(machine: string): string {
  checkMachine(machine);
  return `#!/usr/bin/env bash
# PairPac: applies the delivery bundle on stdin with the applier it carries; see cloudinit/delivery/apply-command.ts.
set -euo pipefail
umask 077
s=${DELIVERY_STATE_DIR}
[ "$(id -u)" = 0 ] || { echo "${APPLY_COMMAND}: run it as root" >&2; exit 1; }
install -d -m 0700 $s
exec 9> $s/lock
flock -w 600 9
trap 'rm -f $s/bundle' EXIT
cat > $s/bundle
[ "$(head -n 1 $s/bundle)" = "${BUNDLE_MAGIC} ${BUNDLE_VERSION} ${machine}" ] || { echo "${APPLY_COMMAND}: not a bundle for ${machine}" >&2; exit 1; }
sed -n '2s/^applier //p' $s/bundle | base64 -d > $s/applier
bash $s/applier $s/bundle
`;
}

function checkMachine(machine: string): void {
  if (typeof machine !== "string" || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(machine)) {
    throw invalid("delivery.machine", machine, "must be 1-63 lower-case letters, digits or '-'", "Use e.g. \"gateway\".");
  }
}

/** The apply command as a user-data file (root, 0755). */
export function applyCommandFile(machine: string): File {
  return File.text(APPLY_COMMAND, applyCommandScript(machine), { mode: "0755" });
}
