import { desktopPorts } from "../ports";
import { rejectTokens } from "../tokens";
import { escapeXmlAttribute, escapeXmlText } from "../serializers/xml";
import { GATEWAY_PORTS } from "./gateway-ports";
import { connectionFragment, connectionName, type ConnectionKind } from "./guacamole";
import { CONFERENCE_PASSWORD_FIELD_ID, JOIN_FORM_ID, LANDING_SCRIPT } from "./conference-password";
import { JOIN_NAME_VARIABLE, JOIN_PARAMS, joinTemplateName, SITE_PATHS } from "./nginx-site";

/** What the landing page shows. No secrets: passwords are Terraform outputs, never on the page. */
export interface LandingPageInput {
  /** Page title. */
  readonly title: string;
  /** Branch domain. */
  readonly domain: string;
  /** Desktops (sorted by index). */
  readonly desktops: readonly {
    /** Desktop number (1-99). */
    readonly index: number;
    /** Display name, e.g. `Desktop-1`. */
    readonly name: string;
  }[];
  /** The mailbox address, or undefined without mail. */
  readonly mailAddress?: string;
}

/**
 * An empty icon as a data: URL, so browsers ask nginx for no /favicon.ico: Firefox fetches it under the page's CSP
 * (`img-src data:`) and logs the blocked request as a console error; nginx would log the missing file.
 */
const NO_ICON = `<link rel=icon href="data:,">`;

const CSS = "body{font:16px/1.6 sans-serif;max-width:40em;margin:auto;padding:1em}li{margin:.4em 0}a{color:#0b57d0}.b{background:#0b57d0;color:#fff;padding:.2em .7em;border-radius:4px;text-decoration:none;border:0;font:inherit}fieldset{border:0;padding:0}";

/**
 * What a display name may hold, as an HTML `pattern` (checked by the browser before the form is sent): the Mumble
 * server's default user name rule `[-=\w\[\]\{\}\(\)\@\|\.]+` (the commented `username=` default of the
 * server's ini, checked in Debian's mumble-server 1.3.4 package, /etc/mumble-server.ini), written for the `v` flag
 * browsers compile patterns with; at most 32 characters.
 */
export const DISPLAY_NAME_PATTERN = "[\\-=\\w\\[\\]\\{\\}\\(\\)@\\|.]{1,32}";

/** The two kinds of connection in the order the landing page offers them, with their labels. */
const KINDS: readonly [ConnectionKind, string][] = [["collaborate", "work together"], ["watch", "watch"]];

/**
 * The landing page: one small HTML document with inline CSS and no external resource, linking to each desktop's
 * Guacamole connections, the browser audio client and the mail settings. Its join form asks for the desktop
 * connection, the display name and the conference password; the password field has no `name` (the GET never sends it)
 * and the page's only script, allowed by its hash in LANDING_CSP, keeps it in the tab's sessionStorage for mumble-web
 * (see conference-password.ts for why this way). It leaves out the optional `head`/`body` tags and end tags (HTML5
 * implies them) to keep user-data small.
 */
export function landingPageHtml(input: LandingPageInput): string {
  for (const [k, v] of Object.entries({ title: input.title, domain: input.domain, mailAddress: input.mailAddress ?? "" })) {
    rejectTokens(`landingPage.${k}`, v, "the page is public", "Pass literal text.");
  }
  const t = (s: string) => escapeXmlText("landingPage", s);
  const a = (s: string) => escapeXmlAttribute("landingPage", s);
  const guac = SITE_PATHS.guacamole;
  const desktops =
    input.desktops.length === 0
      ? "<p>No desktop yet.</p>"
      : "<ul>" +
        input.desktops
          .map((d) => {
            desktopPorts(d.index);
            return (
              `<li><b>${t(d.name)}</b> ` +
              `<a class=b href="${a(guac + connectionFragment(d, "collaborate"))}">Work together</a> ` +
              `<a href="${a(guac + connectionFragment(d, "watch"))}">Watch</a>`
            );
          })
          .join("") +
        "</ul>";
  const audioUrl = mumbleWebUrl(input.domain);
  const join =
    input.desktops.length === 0
      ? ""
      : `<h2>See and talk on one page</h2><form id=${JOIN_FORM_ID} action="${a(SITE_PATHS.join)}" method=get><fieldset><legend>Desktop</legend>` +
        input.desktops
          .map((d, i) =>
            KINDS.map(([kind, label], k) =>
              `<label><input type=radio name=${JOIN_PARAMS.connection} value="${a(joinTemplateName(d.index, kind))}"${i + k === 0 ? " checked" : ""} required> ` +
              `${t(d.name)}: ${label}</label> `,
            ).join("") + "<br>",
          )
          .join("") +
        `</fieldset><p><label>Your name in the conference <input name=${JOIN_PARAMS.name} required maxlength=32 ` +
        `pattern="${a(DISPLAY_NAME_PATTERN)}" autocomplete=nickname></label>` +
        // No name attribute: the form's GET must never carry the password (see conference-password.ts).
        `<p><label>Conference password <input type=password id=${CONFERENCE_PASSWORD_FIELD_ID} autocomplete=current-password></label> ` +
        `<button class=b>Join</button>` +
        `<p>Watch-only logins can watch and talk; working together needs a collaborate login.</form>` +
        `<script>${LANDING_SCRIPT}</script>`;
  const mail =
    input.mailAddress === undefined
      ? ""
      : `<h2>Mail</h2><p>Address and IMAP user <code>${t(input.mailAddress)}</code>, ` +
        `IMAP server <code>${t(input.domain)}</code> port <code>${GATEWAY_PORTS.imaps}</code> (SSL/TLS).`;
  return (
    `<!DOCTYPE html><html lang=en><meta charset=utf-8>` +
    `<meta name=viewport content="width=device-width,initial-scale=1">${NO_ICON}<title>${t(input.title)}</title><style>${CSS}</style>` +
    `<h1>${t(input.title)}</h1>` +
    join +
    `<h2>Desktops</h2>${desktops}` +
    `<h2>Audio</h2><p><a class=b href="${a(audioUrl)}">Join in the browser</a> ` +
    `or use the Mumble app: server <code>${t(input.domain)}</code> port <code>${GATEWAY_PORTS.mumble}</code>.` +
    mail +
    `\n`
  );
}

/** The mumble-web address of the site: its WebSocket bridge behind nginx on port 443, without WebRTC (websockify). */
export function mumbleWebUrl(domain: string): string {
  return `${SITE_PATHS.mumbleWeb}?address=${encodeURIComponent(domain)}&port=443${SITE_PATHS.mumbleWeb}&webrtc=false`;
}

const JOIN_CSS =
  "html,body{height:100%;margin:0}body{display:flex;flex-direction:column;font:15px/1.4 sans-serif}" +
  "header{display:flex;flex-wrap:wrap;gap:.3em 1.2em;align-items:baseline;padding:.3em .8em;border-bottom:1px solid #ccc}" +
  "a{color:#0b57d0}main{flex:1;display:flex;min-height:0}iframe{border:0;display:block}#desktop{flex:1;min-width:0}" +
  "#talk{width:22em;border-left:1px solid #ccc}" +
  "@media (max-width:50em){main{flex-direction:column}#desktop{flex:none;height:62vh}#talk{width:auto;flex:1 0 20em;border-left:0;border-top:1px solid #ccc}}";

/**
 * The one page of a desktop connection: the Guacamole client of that connection and, beside it (below it on a narrow
 * screen), mumble-web joining the conference with the display name from the landing page's form. A template for
 * nginx's server-side includes: the only directive echoes the checked `name` argument (nginx-site.ts) into mumble-web's
 * `username` parameter, HTML-escaped by SSI's default `entity` encoding. No script, no external resource.
 *
 * The desktop frame takes the keyboard focus (`autofocus`); the conference frame may use the microphone
 * (`allow="microphone"`) and shows mumble-web's own join button and mute/unmute toolbar (`joinDialog`: the name and
 * server are already filled in). mumble-web's query parameters (address, port, username, webrtc, joinDialog) were
 * checked in Johni0702/mumble-web at 4ef594c, app/index.js (`initializeUI`) and app/config.js (`defaults`); the pinned
 * image's build (rankenstein/mumble-web a193d41) ignores address and port and connects to its own page's path. The
 * conference password is deliberately not a parameter: mumble-web gets it from the gateway's config.local.js, out of
 * the tab's sessionStorage (conference-password.ts), so it is in no URL and no log.
 */
export function joinPageHtml(input: { readonly title: string; readonly domain: string; readonly desktop: { readonly index: number; readonly name: string }; readonly kind: ConnectionKind }): string {
  for (const [k, v] of Object.entries({ title: input.title, domain: input.domain, name: input.desktop.name })) {
    rejectTokens(`joinPage.${k}`, v, "the page is public", "Pass literal text.");
  }
  desktopPorts(input.desktop.index);
  const t = (s: string) => escapeXmlText("joinPage", s);
  const a = (s: string) => escapeXmlAttribute("joinPage", s);
  const label = connectionName(input.desktop, input.kind);
  const guac = SITE_PATHS.guacamole + connectionFragment(input.desktop, input.kind);
  // The SSI directive must stay literal (not escaped): nginx replaces it before the browser sees the page.
  const talk = `${a(`${mumbleWebUrl(input.domain)}&joinDialog=1&username=`)}<!--# echo var='${JOIN_NAME_VARIABLE}' -->`;
  return (
    `<!DOCTYPE html><html lang=en><meta charset=utf-8>` +
    `<meta name=viewport content="width=device-width,initial-scale=1">${NO_ICON}<title>${t(label)} - ${t(input.title)}</title><style>${JOIN_CSS}</style>` +
    `<header><b>${t(label)}</b><span>Conference: join and mute/unmute with the buttons at the top of its panel.</span><a href="/">Back</a></header>` +
    `<main><iframe id=desktop title="${a(`Desktop ${label}`)}" src="${a(guac)}" autofocus></iframe>` +
    `<iframe id=talk title="Conference" src="${talk}" allow="microphone"></iframe></main>\n`
  );
}
