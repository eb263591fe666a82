import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { describeDesktopRole, renderDesktopRole, type DesktopRoleProps } from "../../../cloudinit/desktop/desktop-role";
import { PREPARE_HOME_SH } from "../../../cloudinit/desktop/private/scripts";
import { pyYamlParse, withTempDir } from "../../support/validators";

const token = (n: number) => `\${TfToken[TOKEN.${n}]}`;

function props(over: Partial<DesktopRoleProps> = {}): DesktopRoleProps {
  return {
    index: 3, spaceName: "R&D Space", landingUrl: "https://main.example.org/", gatewayHost: token(1), gatewayHostPublicKey: token(2),
    tunnelPrivateKey: token(3), vncPassword: token(4), mumblePassword: token(5),
    hostKey: { privateKeyOpenssh: token(20), publicKeyOpenssh: token(21) }, bootstrapHostKey: { privateKeyOpenssh: token(22), publicKeyOpenssh: token(23) },
    mail: { address: "team@main.example.org", user: "team", password: token(6) }, ...over,
  };
}

interface WriteFile { path: string; content: string; permissions: string }
/** A file of the user-data or (the account, which holds the password) of the delivery bundle. */
function file(p: DesktopRoleProps, path: string): WriteFile {
  const doc = pyYamlParse(renderDesktopRole(p).render()) as { write_files: WriteFile[] };
  const delivered = describeDesktopRole(p).delivery.files.find((r) => r.path === path);
  const f = doc.write_files.find((w) => w.path === path) ?? (delivered && { path, content: delivered.content ?? "", permissions: delivered.mode ?? "" });
  if (!f) throw new Error(`no ${path}`);
  return f;
}

describe("Claws Mail starts on the IMAP account without its wizard (issue 14, items 1, 2, 11)", () => {
  test("accountrc: IMAP is protocol 1 with config_version 4, no SMTP server", () => {
    const account = file(props(), "/etc/pairpac/desktop/home/.claws-mail/accountrc");
    expect(account.permissions).toBe("0600");
    expect(account.content).toBe([
      "[Account: 1]", "account_name=R&D Space", "is_default=1", "name=R&D Space (Desktop-3)", "address=team@main.example.org",
      "protocol=1", "receive_server=127.0.0.1", "user_id=team", `password=${token(6)}`,
      "set_imapport=1", "imap_port=10143", "ssl_imap=0", "config_version=4", "",
    ].join("\n"));
    expect(account.content).not.toMatch(/smtp/);
  });

  test("folderlist.xml lists the local mailbox and account 1's IMAP folder with its INBOX (folder_read_list succeeds)", () => {
    const list = file(props(), "/etc/pairpac/desktop/home/.claws-mail/folderlist.xml");
    expect(list.content).toBe([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<folderlist config_version="4">',
      '  <folder type="mh" name="Mailbox" path="Mail" collapsed="0" sort="0"/>',
      '  <folder type="imap" name="R&amp;D Space" account_id="1" collapsed="0" sort="0">',
      '    <folderitem type="inbox" name="INBOX" path="INBOX"/>',
      "  </folder>",
      "</folderlist>",
      "",
    ].join("\n"));
    // Well-formed, root <folderlist>, at least one <folder> (what src/folder.c folder_read_list() requires).
    const parsed = execFileSync("python3", ["-c",
      "import sys, xml.etree.ElementTree as E; r = E.fromstring(sys.stdin.buffer.read()); print(r.tag, len(r.findall('folder')), r.find(\"folder[@type='imap']\").get('account_id'))"],
    { input: list.content }).toString().trim();
    expect(parsed).toBe("folderlist 2 1");
  });

  test("without mail there is no Claws Mail configuration", () => {
    const doc = pyYamlParse(renderDesktopRole(props({ mail: undefined })).render()) as { write_files: WriteFile[] };
    expect(doc.write_files.filter((w) => w.path.includes(".claws-mail"))).toEqual([]);
  });
});

describe("prepare-home.sh stages each file once and never overwrites the user's changes (issue 14, item 2)", () => {
  /** Runs the script with its paths moved into `dir` and the current user as the desktop user. */
  function run(dir: string): void {
    const me = userInfo().username;
    const script = PREPARE_HOME_SH
      .replace(/^user=.*$/m, `user="${me}"`)
      .replace(/^home=.*$/m, `home="${dir}/home"`)
      .replace(/^staged=.*$/m, `staged="${dir}/staged"`)
      .replace(/^runtime=.*$/m, `runtime="${dir}/run"`);
    writeFileSync(join(dir, "prepare-home.sh"), script);
    // runuser -u USER -- CMD...: the test already runs as that user.
    writeFileSync(join(dir, "bin", "runuser"), "#!/bin/sh\nshift 3\nexec \"$@\"\n");
    chmodSync(join(dir, "bin", "runuser"), 0o755);
    execFileSync("bash", [join(dir, "prepare-home.sh")], { env: { ...process.env, PATH: `${dir}/bin:${process.env.PATH}` } });
  }

  test("writes a missing file, updates it while unchanged, then keeps the user's version for ever", () => {
    withTempDir((dir) => {
      for (const d of ["bin", "home", "staged/.claws-mail"]) mkdirSync(join(dir, d), { recursive: true });
      writeFileSync(join(dir, "home", ".profile"), "# present\n");
      const staged = join(dir, "staged/.claws-mail/accountrc");
      const target = join(dir, "home/.claws-mail/accountrc");
      writeFileSync(staged, "version 1\n");
      chmodSync(staged, 0o600);

      run(dir);
      expect(readFileSync(target, "utf8")).toBe("version 1\n");
      expect((readFileSync(join(dir, "home/.local/state/pairpac/staged/.claws-mail/accountrc.sha256"), "utf8"))).toMatch(/^[0-9a-f]{64}\n$/);

      writeFileSync(staged, "version 2\n");
      run(dir);
      expect(readFileSync(target, "utf8")).toBe("version 2\n");

      writeFileSync(target, "the user's own settings\n");
      writeFileSync(staged, "version 3\n");
      run(dir);
      run(dir);
      expect(readFileSync(target, "utf8")).toBe("the user's own settings\n");
    });
  });

  test("a file that exists without a record (e.g. a kept home volume on a new machine) is left alone", () => {
    withTempDir((dir) => {
      for (const d of ["bin", "home/.config", "staged/.config"]) mkdirSync(join(dir, d), { recursive: true });
      writeFileSync(join(dir, "home", ".profile"), "# present\n");
      writeFileSync(join(dir, "staged/.config/x.conf"), "managed\n");
      writeFileSync(join(dir, "home/.config/x.conf"), "mine\n");
      run(dir);
      expect(readFileSync(join(dir, "home/.config/x.conf"), "utf8")).toBe("mine\n");
      expect(existsSync(join(dir, "home/.local/state/pairpac/staged/.config/x.conf.sha256"))).toBe(false);
    });
  });
});
