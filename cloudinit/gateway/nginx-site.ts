import { block, directive, directives, mapEntry, renderNginx } from "../serializers/nginx";
import { GATEWAY_PORTS } from "./gateway-ports";
import { GATEWAY_PATHS } from "./layout";

/** URL paths on the gateway's site. */
export const SITE_PATHS = {
  /** Guacamole web application (WEBAPP_CONTEXT default `guacamole`). */
  guacamole: "/guacamole/",
  /** Browser Mumble client; its WebSocket bridge answers on the same path. */
  mumbleWeb: "/mumble/",
} as const;

/** Content-Security-Policy of the landing page: no scripts, no external resources. */
export const LANDING_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers sent with every HTTPS response (`always`, so error pages carry them too). */
const SECURITY_HEADERS: readonly [string, string][] = [
  ["Strict-Transport-Security", "max-age=63072000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
  ["Referrer-Policy", "no-referrer"],
  // Empty for the proxied apps (nginx then sends no header), the strict policy for the landing page.
  ["Content-Security-Policy", "$pairpac_csp"],
];

/**
 * The complete /etc/nginx/nginx.conf of the gateway (the distribution's default site is not included): HTTP
 * redirects to HTTPS, TLS 1.2+ with the branch certificate, HSTS and security headers, the landing page, Guacamole
 * and the Mumble web client with WebSocket upgrade and buffering off.
 */
export function gatewayNginxConf(options: { readonly domain: string; readonly tls?: { readonly certificate: string; readonly key: string }; readonly webRoot?: string }): string {
  const tls = options.tls ?? { certificate: GATEWAY_PATHS.tlsChain, key: GATEWAY_PATHS.tlsKey };
  const apps = `~^(${SITE_PATHS.guacamole}|${SITE_PATHS.mumbleWeb})`;
  return renderNginx([
    // nginx's defaults (worker_processes 1, worker_connections 512) fit the 1 GiB gateway: not written.
    directive("user", "www-data"),
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
      block("map", ["$uri", "$pairpac_csp"], [mapEntry(apps, ""), mapEntry("default", LANDING_CSP)]),
      block("server", [], [
        directive("listen", GATEWAY_PORTS.http, "default_server"),
        directive("listen", `[::]:${GATEWAY_PORTS.http}`, "default_server"),
        directive("return", 301, `https://${options.domain}$request_uri`),
      ]),
      block("server", [], [
        directive("listen", GATEWAY_PORTS.https, "ssl", "default_server"),
        directive("listen", `[::]:${GATEWAY_PORTS.https}`, "ssl", "default_server"),
        directive("server_name", options.domain),
        directive("root", options.webRoot ?? GATEWAY_PATHS.webRoot),
        ...SECURITY_HEADERS.map(([k, v]) => directive("add_header", k, v, "always")),
        // Inherited by both proxied locations: WebSocket upgrade, no buffering, long-lived connections.
        ...directives({ proxy_http_version: "1.1", proxy_buffering: "off", proxy_read_timeout: "1h" }),
        directive("proxy_set_header", "X-Forwarded-For", "$proxy_add_x_forwarded_for"),
        directive("proxy_set_header", "Upgrade", "$http_upgrade"),
        directive("proxy_set_header", "Connection", "$connection_upgrade"),
        block("location", [SITE_PATHS.guacamole], [directive("proxy_pass", `http://127.0.0.1:${GATEWAY_PORTS.guacamoleLoopback}`), directive("access_log", "off")]),
        block("location", [SITE_PATHS.mumbleWeb], [directive("proxy_pass", `http://127.0.0.1:${GATEWAY_PORTS.mumbleWebLoopback}/`)]),
      ]),
    ]),
  ]);
}
