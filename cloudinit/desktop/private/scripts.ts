import { AUDIO, DESKTOP, HOME_STATE_DIR, MUMBLE_PINNED_FILE, MUMBLE_WATCH, PATHS } from "./layout";

/**
 * Shell scripts the desktop's units run. Each one is plain bash without Terraform tokens (secrets are read from
 * files), and each passes shellcheck (test/cloudinit/desktop enforces it).
 */

/**
 * Root, every boot, before the session: runtime directory, home ownership, skeleton, staged files.
 *
 * The home may be a freshly formatted data volume whose root belongs to root. Configuration files are staged under
 * `DESKTOP.stagedHome` (root-only) and written into the home *as the desktop user*, so a symbolic link planted in the
 * home can never make root write elsewhere. A staged file is written when the home lacks it, and rewritten only while
 * the home still holds exactly what was last written (its SHA-256 is kept below `HOME_STATE_DIR`): a file the user or
 * an application has changed since, or one found without a record (a kept home volume), is never overwritten.
 */
export const PREPARE_HOME_SH = `#!/usr/bin/env bash
# Prepares the desktop user's home (as root, every boot); see cloudinit/desktop/private/scripts.ts.
set -euo pipefail

user="${DESKTOP.user}"
home="${DESKTOP.home}"
staged="${DESKTOP.stagedHome}"
runtime="${DESKTOP.runtimeDir}"
state="$home/${HOME_STATE_DIR}"

install -d -o "$user" -g "$user" -m 0700 "$runtime"
chown "$user:$user" "$home"
chmod 0700 "$home"
if [ ! -e "$home/.profile" ]; then
  runuser -u "$user" -- cp -rnT /etc/skel "$home"
fi

as_user() {
  runuser -u "$user" -- "$@"
}

home_sum() {
  as_user sha256sum -- "$1" 2> /dev/null | cut -d ' ' -f 1 || true
}

cd "$staged"
find . -type f -print0 | sort -z | while IFS= read -r -d '' file; do
  rel="\${file#./}"
  target="$home/$rel"
  record="$state/$rel.sha256"
  new="$(sha256sum < "$file" | cut -d ' ' -f 1)"
  if [ -e "$target" ] || [ -L "$target" ]; then
    current="$(home_sum "$target")"
    last="$(as_user cat -- "$record" 2> /dev/null || true)"
    if [ -z "$current" ] || [ "$current" != "$last" ] || [ "$current" = "$new" ]; then
      continue
    fi
  fi
  mode="$(stat -c '%a' "$file")"
  as_user mkdir -p "$(dirname "$target")" "$(dirname "$record")"
  as_user tee "$target" < "$file" > /dev/null
  as_user chmod "$mode" "$target"
  printf '%s\\n' "$new" | as_user tee "$record" > /dev/null
done
`;

/**
 * ExecStartPost of the display and bus units: the unit becomes active (and the units ordered after it start) only
 * once its server's socket exists. Arguments: socket path, seconds to wait at most.
 */
export const WAIT_FOR_SOCKET_SH = `#!/usr/bin/env bash
# Waits at most $2 seconds for the socket $1.
set -euo pipefail

socket="$1"
tries=$(($2 * 10))
until [ -S "$socket" ]; do
  tries=$((tries - 1))
  if [ "$tries" -le 0 ]; then
    echo "no socket $socket after $2 s" >&2
    exit 1
  fi
  sleep 0.1
done
`;

/** Desktop user, before Xvfb: a fresh MIT-MAGIC-COOKIE in the X authority file. */
export const NEW_X_COOKIE_SH = `#!/usr/bin/env bash
# Writes a fresh random MIT-MAGIC-COOKIE-1 for the virtual display, so only holders of the X authority file
# (the desktop's own services) can connect to it.
set -euo pipefail

display="${DESKTOP.display}"
authority="${PATHS.xauthority}"

# A stale socket would make the unit look ready before Xvfb listens.
rm -f "${PATHS.xSocket}" "/tmp/.X${DESKTOP.display.slice(1)}-lock"

cookie="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \\n')"
rm -f "$authority"
xauth -q -f "$authority" add "$display" MIT-MAGIC-COOKIE-1 "$cookie"
chmod 0600 "$authority"
`;

/**
 * Desktop user: prints the SHA-1 digest (40 lower-case hex digits) of the certificate the Mumble server presents
 * through the tunnel's local end, or fails. Argument: local Mumble port. Used to pin it and to notice a change.
 */
export const SERVED_MUMBLE_DIGEST_SH = `#!/usr/bin/env bash
# Prints the SHA-1 digest of the Mumble server's certificate as Mumble stores it, or fails.
set -euo pipefail

port="$1"
pem="$(timeout 20 openssl s_client -connect "127.0.0.1:$port" < /dev/null 2> /dev/null | openssl x509 2> /dev/null || true)"
digest="$(printf '%s\\n' "$pem" | openssl x509 -noout -fingerprint -sha1 2> /dev/null | sed -e 's/^.*=//' -e 's/://g' | tr 'A-F' 'a-f' || true)"
if ! [[ "$digest" =~ ^[0-9a-f]{40}$ ]]; then
  exit 1
fi
printf '%s\\n' "$digest"
`;

/**
 * Desktop user, before Mumble: a client certificate (no certificate wizard), trust in the server certificate seen
 * through the tunnel (no "untrusted certificate" question) and the server password in Mumble's own database (not
 * in any command line). Arguments: desktop name, local Mumble port, and optionally a PEM file whose first
 * certificate to trust instead of the one the server presents (the chain the Terraform run delivers after a renewal:
 * the `mumble-pin` delivery action runs this script while Mumble runs; sqlite3 waits for Mumble's lock, and a connected
 * Mumble stays connected).
 *
 * Prepares Mumble so that it joins the conference without any question:
 * - installs the managed settings (audio devices, voice activity, TCP only, wizards marked as shown);
 * - creates a client certificate once, where Mumble imports it at start instead of opening its certificate wizard;
 * - trusts the certificate the gateway's Mumble server presents. Mumble connects to 127.0.0.1, the local end of the
 *   SSH tunnel, so the host name never matches the certificate and Mumble would ask. The tunnel pins the gateway's SSH
 *   host key, so whatever answers on this port is the gateway's server: its certificate's SHA-1 digest is stored in
 *   Mumble's database (table cert), which Mumble consults before asking, and in `MUMBLE_PINNED_FILE` for
 *   start-mumble.sh, which restarts Mumble (and so this script) when the server presents another certificate;
 * - stores the server password with the conference as a favourite server (table servers): Mumble takes the password
 *   from there for a mumble:// URL without one, so the password never appears in a process's arguments. The SQL goes
 *   to sqlite3 on its standard input for the same reason.
 */
export const PREPARE_MUMBLE_SH = `#!/usr/bin/env bash
# Prepares Mumble to join without any question; see cloudinit/desktop/private/scripts.ts.
set -euo pipefail

name="$1"
port="$2"
host=127.0.0.1
config="$HOME/.config/Mumble/Mumble"
data="$HOME/.local/share/Mumble/Mumble"
p12="$HOME/Documents/MumbleAutomaticCertificateBackup.p12"
pinned="$data/${MUMBLE_PINNED_FILE}"

umask 077
mkdir -p "$config" "$data" "$HOME/Documents"
cp "${DESKTOP.etc}/mumble_settings.json" "$config/mumble_settings.json"

if [ ! -s "$p12" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=$name" \\
    -keyout "$work/key.pem" -out "$work/cert.pem" 2> /dev/null
  openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/cert.pem" -passout pass: -out "$p12"
fi

if [ -n "\${3:-}" ]; then
  digest="$(openssl x509 -in "$3" -noout -fingerprint -sha1 | sed -e 's/^.*=//' -e 's/://g' | tr 'A-F' 'a-f')"
elif ! digest="$(${PATHS.mumbleDigestScript} "$port")"; then
  echo "could not read the Mumble server certificate through the tunnel ($host:$port)" >&2
  exit 1
fi
password="$(head -n 1 "${PATHS.mumblePassword}")"
sqlite3 "$data/mumble.sqlite" << SQL
.timeout 5000
CREATE TABLE IF NOT EXISTS cert (id INTEGER PRIMARY KEY AUTOINCREMENT, hostname TEXT, port INTEGER, digest TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS cert_host_port ON cert (hostname, port);
INSERT OR REPLACE INTO cert (hostname, port, digest) VALUES ('$host', $port, '$digest');
CREATE TABLE IF NOT EXISTS servers (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, hostname TEXT, port INTEGER DEFAULT 64738, username TEXT, password TEXT);
DELETE FROM servers WHERE hostname = '$host' AND port = $port;
INSERT INTO servers (name, hostname, port, username, password) VALUES ('Conference', '$host', $port, '\${name//\\'/\\'\\'}', '\${password//\\'/\\'\\'}');
SQL
printf '%s\\n' "$digest" > "$pinned"
`;

/**
 * Desktop user: Mumble joined to the conference (URL without password), watched ({@link MUMBLE_WATCH}). Args:
 * name, port, channel.
 *
 * Starts Mumble and joins the conference as this desktop, through the tunnel's local end (the password comes from
 * Mumble's database, see prepare-mumble.sh; every URL part is percent-encoded). Then watches it: whenever Mumble has
 * no connection to the server, it compares the certificate the server presents with the pinned one, and when they
 * differ (a renewed certificate, a replaced gateway) it ends Mumble and exits, so that systemd restarts the unit and
 * prepare-mumble.sh pins the new certificate. Mumble would otherwise show a modal "accept this certificate?" box and
 * stop reconnecting.
 */
export const START_MUMBLE_SH = `#!/usr/bin/env bash
# Runs Mumble in the conference and restarts it for a new server certificate; see cloudinit/desktop/private/scripts.ts.
set -euo pipefail

name="$1"
port="$2"
channel="\${3:-}"
pinned="$HOME/.local/share/Mumble/Mumble/${MUMBLE_PINNED_FILE}"

encode() {
  python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=sys.argv[2]))' "$1" "$2"
}

url="mumble://$(encode "$name" "")@127.0.0.1:$port/$(encode "$channel" "/")?version=1.2.0"
/usr/bin/mumble "$url" &
mumble=$!

connected() {
  [ -n "$(ss -Htn state established "( dst 127.0.0.1 and dport = :$port )" 2> /dev/null)" ]
}

while kill -0 "$mumble" 2> /dev/null; do
  sleep ${MUMBLE_WATCH.intervalSec}
  if connected; then
    continue
  fi
  served="$(${PATHS.mumbleDigestScript} "$port" || true)"
  if [ -n "$served" ] && [ "$served" != "$(cat "$pinned" 2> /dev/null || true)" ]; then
    echo "the Mumble server presents a new certificate ($served): restarting Mumble to trust it" >&2
    kill "$mumble" 2> /dev/null || true
    wait "$mumble" || true
    exit 75
  fi
done
wait "$mumble"
`;

/** The session's recording launcher: toggles a recording of the conference sink's monitor. */
export const RECORD_CONFERENCE_SH = `#!/usr/bin/env bash
# Starts a recording of the conference (everyone's voices plus the desktop's own sound) into ~/Recordings, or stops
# the recording that is running. Used by the "Record conference" launcher.
set -euo pipefail

pidfile="\${XDG_RUNTIME_DIR:-/tmp}/pairpac-recording.pid"

if [ -s "$pidfile" ]; then
  pid="$(cat "$pidfile")"
  rm -f "$pidfile"
  if kill -0 "$pid" 2> /dev/null; then
    kill -INT "$pid"
    exit 0
  fi
fi

mkdir -p "$HOME/Recordings"
file="$HOME/Recordings/conference-$(date +%Y-%m-%d-%H%M%S).ogg"
parecord --device=${AUDIO.conferenceSink}.monitor --file-format=oga "$file" &
echo "$!" > "$pidfile"
`;
