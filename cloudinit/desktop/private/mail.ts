import { File } from "../../elements/file";
import { renderXml, xml } from "../../serializers/xml";
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
  /** Account name in the client's account list (also the name of its IMAP folder tree). */
  readonly accountName: string;
}

/**
 * Claws Mail facts, checked in the Claws Mail sources (eworm-de/claws-mail, tags 4.2.0 and 4.3.1):
 * - `src/prefs_account.h`: `RecvProtocol { A_POP3, A_IMAP4, A_NNTP, A_LOCAL, A_NONE }`, so IMAP is 1.
 * - `src/prefs_common.h`: `CLAWS_CONFIG_VERSION` is 4 in 4.0.0-4.2.0 (Ubuntu 24.04) and 5 in 4.3.x (Debian 13).
 *   `src/prefs_migration.c` asks "Your Claws Mail configuration is from a newer version ... exit now?" for a
 *   config_version above the build's, and migrates a lower one step by step; its only account step above 0 is 3->4
 *   (APOP), and 4->5 changes clawsrc only. So 4 is current on both and never triggers a dialog. Without a
 *   config_version the account is taken to be at clawsrc's version, 0 on a first start, and the 0->1 step would
 *   subtract 2 from the protocol of an IMAP account written with the old numbering.
 * - `src/main.c` runs the setup wizard when `folder_read_list()` (`src/folder.c`) fails: folderlist.xml missing, its
 *   root not `<folderlist>`, or no `<folder>` in it.
 */
export const CLAWS = {
  /** `A_IMAP4`. */
  protocolImap: 1,
  /** The config_version written into accountrc and folderlist.xml. */
  configVersion: 4,
  /** The local mailbox the setup wizard creates (`src/setup.c`: MH folder "Mailbox" at path "Mail" below $HOME). */
  localMailbox: { name: "Mailbox", path: "Mail" },
} as const;

function line(key: string, value: string): string {
  if (/[\r\n]/.test(value)) {
    throw invalid(`desktop.mail.${key}`, value, "must be a single line", "Remove the line break.");
  }
  return `${key}=${value}`;
}

/**
 * Claws Mail's `accountrc`: one IMAP account on 127.0.0.1:10143 (the tunnel's local end of the gateway's IMAP),
 * plain IMAP because the connection runs inside SSH. `password` is the account's receive password, which Claws Mail
 * moves into its password store on first start. No SMTP server: the gateway accepts mail for the space only from
 * the internet (Postfix on 25, no submission), so the desktop reads the space's mailbox and sends nothing; without
 * `smtp_server` Claws Mail refuses to send instead of trying a port where nothing listens.
 */
export function clawsAccountrc(a: MailAccount): string {
  return [
    "[Account: 1]",
    line("account_name", a.accountName),
    "is_default=1",
    line("name", a.displayName),
    line("address", a.address),
    `protocol=${CLAWS.protocolImap}`,
    "receive_server=127.0.0.1",
    line("user_id", a.user),
    line("password", a.password),
    "set_imapport=1",
    `imap_port=${DESKTOP_LOCAL_PORTS.imap}`,
    "ssl_imap=0",
    `config_version=${CLAWS.configVersion}`,
    "",
  ].join("\n");
}

/**
 * Claws Mail's `folderlist.xml` as `folder_write_list()` writes it: the local MH mailbox the wizard would create (its
 * inbox, sent, queue, drafts and trash are created at start by `folder_set_missing_folders()`), and account 1's IMAP
 * folder tree with its INBOX (`account_id` binds it to the account; the other IMAP folders are found when Claws
 * Mail scans the tree). A `<folder>`'s children are the items below its root item, which the folder's own attributes
 * describe.
 */
export function clawsFolderList(a: Pick<MailAccount, "accountName">): string {
  return renderXml(
    xml("folderlist", { config_version: CLAWS.configVersion },
      xml("folder", { type: "mh", name: CLAWS.localMailbox.name, path: CLAWS.localMailbox.path, collapsed: 0, sort: 0 }),
      xml("folder", { type: "imap", name: a.accountName, account_id: 1, collapsed: 0, sort: 0 },
        xml("folderitem", { type: "inbox", name: "INBOX", path: "INBOX" }))),
    { declaration: true },
  );
}

/**
 * Claws Mail's `clawsrc`, only what differs from its defaults: check for new mail at start (`check_on_startup`,
 * default FALSE in `src/prefs_common.c`), so the IMAP account is logged in and the space's mail is listed when the
 * desktop's user opens Claws Mail, without a click on "Get Mail". Found by the live e2e: with the defaults Claws Mail
 * opened its main window and never logged in. Claws Mail writes out the rest of its preferences when it exits; from
 * then on the file is the user's (prepare-home.sh never overwrites a file it did not write last).
 */
export function clawsrc(): string {
  return ["[Common]", `config_version=${CLAWS.configVersion}`, "check_on_startup=1", ""].join("\n");
}

/** Where the account file (0600: it holds the password) is staged for the home directory; it is delivered. */
export const CLAWS_ACCOUNTRC = `${DESKTOP.stagedHome}/.claws-mail/accountrc`;

/** The folder list and the preferences, staged for the home directory (user-data; the account is delivered). */
export function mailFiles(a: Pick<MailAccount, "accountName">): File[] {
  return [
    File.text(`${DESKTOP.stagedHome}/.claws-mail/clawsrc`, clawsrc(), { mode: "0600" }),
    File.fromConfig(`${DESKTOP.stagedHome}/.claws-mail/folderlist.xml`, clawsFolderList(a), { mode: "0600" }),
  ];
}
