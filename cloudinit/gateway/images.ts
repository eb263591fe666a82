/**
 * Container images of the gateway, each pinned to a version tag that was checked to exist.
 *
 * Where each tag was checked (2026-11):
 * - guacamole/guacamole:1.6.0 and guacamole/guacd:1.6.0: the 1.6.0 release (June 2025); both tags are used by many
 *   public Compose files and one pins guacd:1.6.0 by digest (sha256:8974eaa9…).
 * - mumblevoip/mumble-server:v1.5.735: official image (mumble-voip/mumble-docker); the v1.5.735 tag is pinned in public
 *   Compose files and matches the Mumble client 1.5.735 that Debian 13 ships for the desktops.
 * - dovecot/dovecot:2.4.3: dovecot/docker has the 2.4.3 build directory (Debian 13 slim, rootless, vmail uid 1000);
 *   public Compose files pin dovecot/dovecot:2.4.3.
 * - rankenstein/mumble-web:0.5: the image the mumble-web README points to (static client + websockify in one image,
 *   `websockify --ssl-target --web=/home/node/dist 8080 $MUMBLE_SERVER`); mumble-web itself is unmaintained since 2021,
 *   no maintained image exists, so the last tagged build is pinned and only reachable through nginx.
 * - nginx:1.26.3 (the official image, Debian bookworm-slim variant): nginxinc/docker-nginx at commit a91845d
 *   ("Updated NGINX to 1.26.3 and 1.27.4"), stable/debian/Dockerfile sets NGINX_VERSION 1.26.3, the version Debian 13
 *   ships, so the tests' nginx and the end-to-end stand-in run the same configuration language. From the same files:
 *   ENTRYPOINT /docker-entrypoint.sh ends in `exec "$@"` (nginx is PID 1 and gets the signals), CMD
 *   `nginx -g 'daemon off;'`, STOPSIGNAL SIGQUIT (graceful), user `nginx` uid/gid 101, /var/log/nginx/*.log linked
 *   to the container's stdout/stderr, and the scripts in /docker-entrypoint.d only touch conf.d/default.conf (not
 *   included by the gateway's nginx.conf) or templates/ (absent).
 */
export const GATEWAY_IMAGES = {
  /** Guacamole web application (Tomcat), runs as uid 1001. */
  guacamole: "guacamole/guacamole:1.6.0",
  /** Guacamole proxy daemon. */
  guacd: "guacamole/guacd:1.6.0",
  /** Mumble server, runs as uid 10000. */
  mumble: "mumblevoip/mumble-server:v1.5.735",
  /** Browser Mumble client with its WebSocket bridge. */
  mumbleWeb: "rankenstein/mumble-web:0.5",
  /** Dovecot 2.4, rootless (vmail uid 1000). */
  dovecot: "dovecot/dovecot:2.4.3",
  /** nginx (master as root in the container, workers as the image's compile-time user `nginx`). */
  nginx: "nginx:1.26.3",
} as const;

/** Numeric owners the images run as (files they read are chowned to these). */
export const IMAGE_UIDS = {
  /** `guacamole` user of guacamole/guacamole (guacamole-client Dockerfile: ARG UID=1001). */
  guacamole: 1001,
  /** `mumble` user of mumblevoip/mumble-server (mumble-docker Dockerfile: ARG MUMBLE_UID=10000). */
  mumble: 10000,
  /** `vmail` user of dovecot/dovecot 2.4 (dovecot/docker 2.4.3 Dockerfile: ARG VMAIL_UID=1000). */
  dovecot: 1000,
} as const;
