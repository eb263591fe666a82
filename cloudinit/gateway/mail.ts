import { invalid } from "../private/errors";
import { renderDovecot, renderPasswdFile, section, setting, settings } from "../serializers/dovecot";
import { renderPostfixMain, renderPostfixTable } from "../serializers/postfix";
import { CONTAINER_PORTS, GATEWAY_NETWORKS, GATEWAY_PORTS } from "./gateway-ports";
import { IMAGE_UIDS } from "./images";
import { GATEWAY_PATHS } from "./layout";

/** Where Postfix finds the mailbox list and aliases (texthash: read directly, no postmap needed). */
export const POSTFIX_TABLES = {
  /** The mailbox list (`virtual_mailbox_maps`). */
  mailboxes: "/etc/postfix/pairpac-mailboxes",
  /** The aliases (`virtual_alias_maps`). */
  aliases: "/etc/postfix/pairpac-aliases",
} as const;

/** The one mailbox's address. Throws on a local part that is not a simple word. */
export function mailAddress(user: string, domain: string): string {
  if (!/^[a-z0-9][a-z0-9._-]{0,31}$/.test(user)) {
    throw invalid("mail.user", user, "must be a simple lower-case local part (letters, digits, '.', '_', '-')", "Use e.g. \"team\".");
  }
  return `${user}@${domain}`;
}

/**
 * Dovecot 2.4 configuration, written as the whole /etc/dovecot of the container (the image's default passdb that
 * accepts any user is therefore never loaded). IMAPS needs TLS; plain IMAP is allowed only for connections that come
 * through the 127.0.0.1 publication (they arrive from the `apps` bridge gateway), i.e. from desktops inside SSH.
 */
export function dovecotConf(): string {
  return renderDovecot({ config: "2.4.1", storage: "2.4.1" }, [
    ...settings({
      protocols: ["imap", "lmtp"],
      listen: "*",
      default_internal_user: "vmail",
      default_login_user: "vmail",
      default_internal_group: "vmail",
      mail_driver: "maildir",
      mail_path: "~/Maildir",
      log_path: "/dev/stdout",
      ssl: "required",
      auth_allow_cleartext: false,
    }),
    section("ssl_server", undefined, settings({ cert_file: "/etc/dovecot-tls/fullchain.pem", key_file: "/etc/dovecot-tls/privkey.pem" })),
    section("passdb", "passwd-file", [setting("passwd_file_path", "/etc/dovecot/users")]),
    section("userdb", "passwd-file", [setting("passwd_file_path", "/etc/dovecot/users")]),
    section("service", "imap-login", [
      // Without chroot the login process needs no file capability (the container runs with no-new-privileges).
      setting("chroot", ""),
      section("inet_listener", "imap", [setting("port", CONTAINER_PORTS.dovecotImap)]),
      section("inet_listener", "imaps", [setting("port", CONTAINER_PORTS.dovecotImaps)]),
    ]),
    section("service", "lmtp", [section("inet_listener", "lmtp", [setting("port", CONTAINER_PORTS.dovecotLmtp)])]),
    section("remote", GATEWAY_NETWORKS.apps.subnet, settings({ ssl: "yes", auth_allow_cleartext: true })),
  ]);
}

/** The Dovecot passwd-file with the one mailbox (bcrypt hash from Terraform, `{BLF-CRYPT}` scheme). */
export function dovecotUsers(address: string, passwordBcrypt: string): string {
  return renderPasswdFile([
    { user: address, password: `{BLF-CRYPT}${passwordBcrypt}`, uid: IMAGE_UIDS.dovecot, gid: IMAGE_UIDS.dovecot, home: `/srv/vmail/${address}` },
  ]);
}

/**
 * Postfix main.cf: receive mail for the branch domain only and hand it to Dovecot over LMTP; relay only for
 * loopback (no open relay).
 */
export function postfixMainCf(domain: string): string {
  return renderPostfixMain({
    compatibility_level: "3.6",
    myhostname: domain,
    mydestination: "",
    mynetworks: ["127.0.0.0/8", "[::1]/128"],
    smtpd_relay_restrictions: ["permit_mynetworks", "reject_unauth_destination"],
    smtpd_recipient_restrictions: ["reject_non_fqdn_recipient", "reject_unlisted_recipient"],
    smtpd_helo_required: "yes",
    disable_vrfy_command: "yes",
    alias_maps: "",
    virtual_mailbox_domains: domain,
    virtual_mailbox_maps: `texthash:${POSTFIX_TABLES.mailboxes}`,
    virtual_alias_maps: `texthash:${POSTFIX_TABLES.aliases}`,
    virtual_transport: `lmtp:inet:127.0.0.1:${GATEWAY_PORTS.lmtpLoopback}`,
    smtpd_tls_chain_files: [GATEWAY_PATHS.tlsKey, GATEWAY_PATHS.tlsChain],
    smtpd_tls_security_level: "may",
    smtpd_tls_protocols: ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
  });
}

/** Postfix lookup tables: the mailbox, and postmaster/abuse aliases to it. */
export function postfixTables(address: string, domain: string): {
  /** Content of the mailbox list. */
  mailboxes: string;
  /** Content of the alias table. */
  aliases: string;
} {
  return {
    mailboxes: renderPostfixTable({ [address]: "OK" }),
    aliases: renderPostfixTable({ [`postmaster@${domain}`]: address, [`abuse@${domain}`]: address }),
  };
}
