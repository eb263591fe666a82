import { desktopPorts } from "../ports";
import { invalid } from "../private/errors";
import { containsToken } from "../tokens";
import { escapeXmlAttribute, escapeXmlText } from "../serializers/xml";
import { GATEWAY_PORTS } from "./gateway-ports";
import { connectionFragment } from "./guacamole";
import { SITE_PATHS } from "./nginx-site";

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

const CSS = "body{font:16px/1.6 sans-serif;max-width:40em;margin:auto;padding:1em}li{margin:.4em 0}a{color:#0b57d0}.b{background:#0b57d0;color:#fff;padding:.2em .7em;border-radius:4px;text-decoration:none}";

/**
 * The landing page: one small HTML document with inline CSS, no script and no external resource, linking to each
 * desktop's Guacamole connections, the browser audio client and the mail settings. It leaves out the optional
 * `head`/`body` tags and end tags (HTML5 implies them) to keep user-data small.
 */
export function landingPageHtml(input: LandingPageInput): string {
  for (const [k, v] of Object.entries({ title: input.title, domain: input.domain, mailAddress: input.mailAddress ?? "" })) {
    if (containsToken(v)) throw invalid(`landingPage.${k}`, v, "must not contain a Terraform token (the page is public)", "Pass literal text.");
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
  const audioUrl = `${SITE_PATHS.mumbleWeb}?address=${encodeURIComponent(input.domain)}&port=443${SITE_PATHS.mumbleWeb}&webrtc=false`;
  const mail =
    input.mailAddress === undefined
      ? ""
      : `<h2>Mail</h2><p>Address and IMAP user <code>${t(input.mailAddress)}</code>, ` +
        `IMAP server <code>${t(input.domain)}</code> port <code>${GATEWAY_PORTS.imaps}</code> (SSL/TLS).`;
  return (
    `<!DOCTYPE html><html lang=en><meta charset=utf-8>` +
    `<meta name=viewport content="width=device-width,initial-scale=1"><title>${t(input.title)}</title><style>${CSS}</style>` +
    `<h1>${t(input.title)}</h1>` +
    `<h2>Desktops</h2>${desktops}` +
    `<h2>Audio</h2><p><a class=b href="${a(audioUrl)}">Join in the browser</a> ` +
    `or use the Mumble app: server <code>${t(input.domain)}</code> port <code>${GATEWAY_PORTS.mumble}</code>.` +
    mail +
    `\n`
  );
}
