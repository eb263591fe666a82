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
 * certificate, a server password, ICE off, autoban off, a welcome text linking to the landing page. The port (64738) and HTML in
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
        // Autoban off: it counts connections per source address (default 10 in 120 s, then a 300 s ban, global and
        // not listed anywhere), and every browser user arrives from the mumble-web container's address, every desktop
        // through sshd's forward, so one busy minute would lock everyone out. 0 disables it (Meta::banCheck returns
        // early for autobanAttempts <= 0). Key checked in mumble-voip/mumble 1.5.x src/murmur/Meta.cpp and
        // auxiliary_files/mumble-server.ini. It must be in this file: with MUMBLE_CUSTOM_CONFIG_FILE the image ignores
        // every MUMBLE_CONFIG_* variable (mumble-docker entrypoint.sh).
        autobanAttempts: 0,
      },
    },
  );
}

/** Env file with the superuser password (the image sets it with `-supw` at start). */
export function mumbleSuperuserEnv(superuserPassword: string): string {
  return `MUMBLE_SUPERUSER_PASSWORD='${superuserPassword}'\n`;
}
