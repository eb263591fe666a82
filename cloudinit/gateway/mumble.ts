import { renderIni } from "../serializers/ini";

/** Inputs of the Mumble server configuration. */
export interface MumbleConfigInput {
  /** Branch domain, registered as the server name and linked from the welcome text. */
  readonly domain: string;
  /** Server password (token). */
  readonly serverPassword: string;
}

/** Most users the server accepts (a team, not a public server). */
export const MUMBLE_MAX_USERS = 30;

/**
 * `mumble-server.ini` for the official image (used through MUMBLE_CUSTOM_CONFIG_FILE): SQLite on /data, the branch
 * certificate, a server password, ICE off, a welcome text linking to the landing page. The port (64738) and HTML in
 * messages (allowed) are the server's defaults and not written.
 */
export function mumbleServerIni(input: MumbleConfigInput): string {
  return renderIni(
    {
      global: {
        database: "/data/murmur.sqlite",
        serverpassword: input.serverPassword,
        sslCert: "/etc/mumble/tls/fullchain.pem",
        sslKey: "/etc/mumble/tls/privkey.pem",
        registerName: input.domain,
        users: MUMBLE_MAX_USERS,
        welcometext: `Welcome! Desktops and more: <a href="https://${input.domain}/">${input.domain}</a>`,
        ice: "",
      },
    },
  );
}

/** Env file with the superuser password (the image sets it with `-supw` at start). */
export function mumbleSuperuserEnv(superuserPassword: string): string {
  return `MUMBLE_SUPERUSER_PASSWORD='${superuserPassword}'\n`;
}
