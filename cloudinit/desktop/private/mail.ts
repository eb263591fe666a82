import { File } from "../../elements/file";
import { DESKTOP_LOCAL_PORTS } from "../desktop-local-ports";
import { invalid } from "../../private/errors";
import { DESKTOP } from "./layout";

/** The space's mailbox as the desktop's mail client sees it. */
export interface MailAccount {
  /** E-mail address, e.g. `team@main.example.org`. */
  readonly address: string;
  /** IMAP login name. */
  readonly user: string;
  /** IMAP password (token allowed). */
  readonly password: string;
  /** Name shown as the sender. */
  readonly displayName: string;
  /** Account name in the client's account list. */
  readonly accountName: string;
}

function line(key: string, value: string): string {
  if (/[\r\n]/.test(value)) {
    throw invalid(`desktop.mail.${key}`, value, "must be a single line", "Remove the line break.");
  }
  return `${key}=${value}`;
}

/**
 * Claws Mail's `accountrc`: one IMAP account on 127.0.0.1:10143 (the tunnel's local end of the gateway's IMAP),
 * plain IMAP because the connection runs inside SSH. `protocol=3` is A_IMAP4 (claws-mail src/prefs_account.h);
 * `password` is the account's receive password, which Claws Mail moves into its password store on first start.
 */
export function clawsAccountrc(a: MailAccount): string {
  return [
    "[Account: 1]",
    line("account_name", a.accountName),
    "is_default=1",
    line("name", a.displayName),
    line("address", a.address),
    "protocol=3",
    "receive_server=127.0.0.1",
    "smtp_server=127.0.0.1",
    line("user_id", a.user),
    line("password", a.password),
    "set_imapport=1",
    `imap_port=${DESKTOP_LOCAL_PORTS.imap}`,
    "ssl_imap=0",
    "use_smtp_auth=0",
    "",
  ].join("\n");
}

/** The account file, staged for the home directory (0600: it holds the password). */
export function mailFiles(a: MailAccount): File[] {
  return [File.text(`${DESKTOP.stagedHome}/.claws-mail/accountrc`, clawsAccountrc(a), { mode: "0600" })];
}
