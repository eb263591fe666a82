import { block, directive, directives, mapEntry, renderNginx } from "../serializers/nginx";
import type { ConnectionKind } from "./guacamole";
import { GATEWAY_PORTS } from "./gateway-ports";
import { GATEWAY_PATHS } from "./layout";
import { LANDING_SCRIPT_HASH } from "./conference-password";

/** URL paths on the gateway's site. */
export const SITE_PATHS = {
  /** Guacamole web application (WEBAPP_CONTEXT default `guacamole`). */
  guacamole: "/guacamole/",
  /** Browser Mumble client; its WebSocket bridge answers on the same path. */
  mumbleWeb: "/mumble/",
  /**
   * mumble-web's local settings file, which its index.html loads after config.js: served from the web root (the
   * gateway's own, conference-password.ts), not proxied.
   */
  mumbleWebLocalConfig: "/mumble/config.local.js",
  /** The one page (desktop and conference side by side); the landing page's form sends `c` and `name` here. */
  join: "/join",
  /** Folder of the one page's templates below the web root, one per desktop connection; not reachable directly. */
  joinTemplates: "/join/",
} as const;

/** Query parameters of {@link SITE_PATHS.join}. */
export const JOIN_PARAMS = {
  /** Which desktop connection: `<desktop index>-<collaborate|watch>` (the template's file name). */
  connection: "c",
  /** Display name in the conference, passed on to mumble-web as its `username`. */
  name: "name",
} as const;

/** File name (below {@link SITE_PATHS.joinTemplates}) and `c` value of a desktop connection's one page. */
export function joinTemplateName(index: number, kind: ConnectionKind): string {
  return `${index}-${kind}`;
}

/**
 * nginx variable the join page's template echoes (SSI) into mumble-web's `username` parameter: the raw, still
 * percent-encoded `name` argument when it holds only URL-safe characters, else empty (mumble-web then asks).
 */
export const JOIN_NAME_VARIABLE = "pairpac_name";

/**
 * Content-Security-Policy of the gateway's own pages but the landing page (the one page, error pages): no scripts and
 * no external resources; frames and forms only on the site's own origin; the pages themselves must not be framed.
 */
export const SITE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Content-Security-Policy of the landing page: {@link SITE_CSP} plus its one inline script, allowed by hash only (it
 * keeps the conference password in sessionStorage, see conference-password.ts).
 */
export const LANDING_CSP = SITE_CSP.replace("default-src 'none';", `default-src 'none'; script-src ${LANDING_SCRIPT_HASH};`);

/** Content-Security-Policy nginx adds to the proxied apps' responses: only the site's own pages may frame them. */
export const APPS_CSP = "frame-ancestors 'self'";

/** Paths inside the nginx container (the image's layout; the gateway's files are bind-mounted there). */
export const NGINX_CONTAINER_PATHS = {
  /** Main configuration file (the image's default `-c`). */
  conf: "/etc/nginx/nginx.conf",
  /** Folder holding `fullchain.pem` and `privkey.pem` (the container's copy made by container-files.sh). */
  tls: "/etc/nginx/tls",
  /** Web root (same path as on the host). */
  webRoot: GATEWAY_PATHS.webRoot,
} as const;

/** Headers sent with every HTTPS response (`always`, so error pages carry them too). */
const SECURITY_HEADERS: readonly [string, string][] = [
  ["Strict-Transport-Security", "max-age=63072000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  // SAMEORIGIN for the proxied apps (the one page frames them), DENY for the gateway's own pages.
  ["X-Frame-Options", "$pairpac_frame_options"],
  ["Referrer-Policy", "no-referrer"],
  ["Content-Security-Policy", "$pairpac_csp"],
];

/**
 * The complete nginx.conf of the gateway's nginx container (the image's default site is not included): HTTP
 * redirects to HTTPS, TLS 1.2+ with the branch certificate, HSTS and security headers, the landing page, the one page
 * (server-side includes fill in the display name), Guacamole and the Mumble web client with WebSocket upgrade and
 * buffering off. nginx runs with the host's network (see compose-project.ts), so the apps are proxied on 127.0.0.1.
 *
 * No `user` directive: the master runs as root and starts the workers as the binary's compile-time user, `nginx` in the
 * official image (a `user www-data` would fail there, the image has no such account).
 */
export function gatewayNginxConf(options: { readonly domain: string; readonly tls?: { readonly certificate: string; readonly key: string }; readonly webRoot?: string }): string {
  const tls = options.tls ?? { certificate: `${NGINX_CONTAINER_PATHS.tls}/fullchain.pem`, key: `${NGINX_CONTAINER_PATHS.tls}/privkey.pem` };
  const apps = `~^(${SITE_PATHS.guacamole}|${SITE_PATHS.mumbleWeb})`;
  return renderNginx([
    // nginx's defaults (worker_processes 1, worker_connections 512) fit the 1 GiB gateway: not written.
    block("events", [], []),
    block("http", [], [
      directive("include", "/etc/nginx/mime.types"),
      ...directives({
        server_tokens: "off",
        ssl_protocols: ["TLSv1.2", "TLSv1.3"],
        ssl_session_cache: "shared:SSL:1m",
        ssl_session_tickets: "off",
        ssl_certificate: tls.certificate,
        ssl_certificate_key: tls.key,
      }),
      block("map", ["$http_upgrade", "$connection_upgrade"], [mapEntry("default", "upgrade"), mapEntry("", "close")]),
      // The landing page is "/" answered by its index file, so $uri is /index.html when the header is added.
      block("map", ["$uri", "$pairpac_csp"], [mapEntry(apps, APPS_CSP), mapEntry("/index.html", LANDING_CSP), mapEntry("default", SITE_CSP)]),
      block("map", ["$uri", "$pairpac_frame_options"], [mapEntry(apps, "SAMEORIGIN"), mapEntry("default", "DENY")]),
      // The one page's inputs, both raw query arguments: only a known connection name selects a template, and only a
      // name of URL-safe characters (a form sends anything else percent-encoded) is echoed into the page.
      block("map", [`$arg_${JOIN_PARAMS.connection}`, "$pairpac_join"], [mapEntry("~^([1-9][0-9]?-(collaborate|watch))$", "$1"), mapEntry("default", "none")]),
      block("map", [`$arg_${JOIN_PARAMS.name}`, `$${JOIN_NAME_VARIABLE}`], [mapEntry("~^[A-Za-z0-9%._~*+-]{1,160}$", `$arg_${JOIN_PARAMS.name}`), mapEntry("default", "")]),
      block("server", [], [
        directive("listen", GATEWAY_PORTS.http, "default_server"),
        directive("listen", `[::]:${GATEWAY_PORTS.http}`, "default_server"),
        directive("return", 301, `https://${options.domain}$request_uri`),
      ]),
      block("server", [], [
        directive("listen", GATEWAY_PORTS.https, "ssl", "default_server"),
        directive("listen", `[::]:${GATEWAY_PORTS.https}`, "ssl", "default_server"),
        directive("server_name", options.domain),
        directive("root", options.webRoot ?? NGINX_CONTAINER_PATHS.webRoot),
        ...SECURITY_HEADERS.map(([k, v]) => directive("add_header", k, v, "always")),
        // Inherited by both proxied locations: WebSocket upgrade, no buffering, long-lived connections; the apps' own
        // X-Frame-Options (if any) gives way to the one above.
        ...directives({ proxy_http_version: "1.1", proxy_buffering: "off", proxy_read_timeout: "1h" }),
        directive("proxy_set_header", "X-Forwarded-For", "$proxy_add_x_forwarded_for"),
        directive("proxy_set_header", "Upgrade", "$http_upgrade"),
        directive("proxy_set_header", "Connection", "$connection_upgrade"),
        directive("proxy_hide_header", "X-Frame-Options"),
        block("location", [SITE_PATHS.guacamole], [directive("proxy_pass", `http://127.0.0.1:${GATEWAY_PORTS.guacamoleLoopback}`), directive("access_log", "off")]),
        block("location", [SITE_PATHS.mumbleWeb], [directive("proxy_pass", `http://127.0.0.1:${GATEWAY_PORTS.mumbleWebLoopback}/`)]),
        // The gateway's mumble-web settings (the conference password from sessionStorage), a file of the web root.
        block("location", ["=", SITE_PATHS.mumbleWebLocalConfig], []),
        // The one page: the selected template, served here (try_files keeps the location) with SSI on.
        block("location", ["=", SITE_PATHS.join], [directive("ssi", "on"), directive("try_files", `${SITE_PATHS.joinTemplates}$pairpac_join.html`, "=404")]),
        block("location", [SITE_PATHS.joinTemplates], [directive("internal")]),
      ]),
    ]),
  ]);
}
