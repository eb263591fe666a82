import { createHash } from "node:crypto";

/**
 * How the conference (Mumble server) password gets from the landing page's form to mumble-web without a second login
 * and without travelling in a URL.
 *
 * What mumble-web does with a password (Johni0702/mumble-web at 4ef594c, app/index.js `initializeUI` and app/config.js
 * `defaults`; the pinned image rankenstein/mumble-web:0.5 is built from rankenstein/mumble-web, a193d41 on top of
 * Johni0702's 59bb00c, which reads it the same way): `initializeUI` takes `Object.assign({}, mumbleWebConfig.defaults,
 * <query of document.location.href>)` (the query string only, never the fragment) and puts its `password` into the
 * connect dialog; with `joinDialog` and a `username` the page shows only a "Join Conference" button, which connects with
 * that password. A missing or wrong server password makes the server reject the connection (Reject type 4,
 * WrongServerPW) and mumble-web shows its "Failed to connect" dialog with a password field and Retry: the second
 * prompt. mumble-web's index.html loads `config.js` and then `config.local.js` (its documented place for local
 * settings; `npm run build` copies an empty one into dist/) before `initializeUI` runs.
 *
 * The mechanism: the landing page's password field has no `name`, so the form's GET never sends it; a small script
 * (allowed by its hash in the landing page's CSP) keeps it in the tab's sessionStorage when the form is sent; nginx
 * serves the gateway's own `/mumble/config.local.js` (from the web root, not the image's), which copies it from
 * sessionStorage into `mumbleWebConfig.defaults.password`. sessionStorage belongs to the site's origin and to this
 * tab only, and the one page's mumble-web frame is on the same origin in the same tab, so it reads what the form kept.
 * The password is never part of a URL: not in a request line nginx logs (access or error log) or passes to the
 * upstream, not in a Referer, not in the frame's history entry or mumble-web's "copy URL" links. The pages themselves
 * hold no secret (the password is a Terraform output the participant types or the browser's password manager fills
 * in). The alternatives were worse: `?password=` in the frame's URL reaches nginx's logs (the access log and every
 * error line name the request), websockify's request log and the browser history; a script in the one page reaching
 * into the frame (history.replaceState or mumble-web's debugging global `window.mumbleUi`) races mumble-web's start
 * or depends on its internals, and would need a script on the one page.
 */

/** The sessionStorage key the landing page writes and mumble-web's config.local.js reads. */
export const CONFERENCE_PASSWORD_KEY = "pairpac.conferencePassword";

/** `id` of the landing form (the script finds it by id). */
export const JOIN_FORM_ID = "join";

/** `id` of the conference password field (no `name`: a form never sends it). */
export const CONFERENCE_PASSWORD_FIELD_ID = "conference-password";

/**
 * The landing page's only script: when the join form is sent, keep the typed conference password in this tab's
 * sessionStorage (an empty field removes an older one). Storage may be off (a browser setting): then mumble-web asks.
 */
export const LANDING_SCRIPT =
  `document.getElementById(${JSON.stringify(JOIN_FORM_ID)}).addEventListener("submit",function(){` +
  `try{var p=document.getElementById(${JSON.stringify(CONFERENCE_PASSWORD_FIELD_ID)}).value;` +
  `if(p)sessionStorage.setItem(${JSON.stringify(CONFERENCE_PASSWORD_KEY)},p);else sessionStorage.removeItem(${JSON.stringify(CONFERENCE_PASSWORD_KEY)})}catch(e){}})`;

/** CSP source of {@link LANDING_SCRIPT}: its SHA-256, base64 (CSP Level 2 hash source). */
export const LANDING_SCRIPT_HASH = `'sha256-${createHash("sha256").update(LANDING_SCRIPT, "utf8").digest("base64")}'`;

/**
 * The gateway's `config.local.js` for mumble-web (served at `/mumble/config.local.js` instead of the image's empty
 * one): the password the landing form kept becomes mumble-web's default `password`. A password in the frame's query
 * would still win (`Object.assign` order in `initializeUI`).
 */
export const MUMBLE_WEB_LOCAL_CONFIG =
  "// PairPac (cloudinit/gateway/conference-password.ts): the conference password the landing page's form kept in\n" +
  "// this tab's sessionStorage becomes mumble-web's default password, so joining needs no second login.\n" +
  `(function(){try{var p=sessionStorage.getItem(${JSON.stringify(CONFERENCE_PASSWORD_KEY)});` +
  "if(p&&window.mumbleWebConfig&&window.mumbleWebConfig.defaults)window.mumbleWebConfig.defaults.password=p}catch(e){}})();\n";
