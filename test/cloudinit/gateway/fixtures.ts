import { createHash } from "node:crypto";
import { Os } from "../../../cloudinit/os";
import type { DesktopRegistration } from "../../../cloudinit/gateway/desktop-registration";
import type { GatewayRoleProps } from "../../../cloudinit/gateway/gateway-role-props";

/** A fake cdktf string token with a distinct number. */
export const token = (n: number) => `\${TfToken[TOKEN.${n}]}`;

/** `count` desktops whose keys and passwords are tokens. */
export function tokenDesktops(count: number): DesktopRegistration[] {
  return Array.from({ length: count }, (_, i) => ({ index: i + 1, name: `Desktop-${i + 1}`, tunnelPublicKey: token(100 + i), vncPassword: token(200 + i) }));
}

/** Gateway props with every secret a token (as the construct passes them). */
export function tokenProps(over: Partial<GatewayRoleProps> = {}): GatewayRoleProps {
  return {
    os: Os.UBUNTU_24_04,
    domain: "main.example.org",
    certificate: { certificatePem: token(1), privateKeyPem: token(2) },
    hostKey: { privateKeyOpenssh: token(3), publicKeyOpenssh: token(4) },
    bootstrapHostKey: { privateKeyOpenssh: token(11), publicKeyOpenssh: token(12) },
    desktops: tokenDesktops(4),
    guacamoleUsers: [
      { name: "team", passwordSha256: token(5), access: "collaborate" },
      { name: "guest", passwordSha256: token(6), access: "watch" },
    ],
    mumble: { serverPassword: token(7), superuserPassword: token(8) },
    mail: { passwordBcrypt: token(9) },
    dataVolumeDevice: token(10),
    ...over,
  };
}

/** Literal values for the validators (real keys are generated in the tests that need them). */
export function literalDesktops(count: number, publicKey: string): DesktopRegistration[] {
  return Array.from({ length: count }, (_, i) => ({ index: i + 1, name: `Desktop-${i + 1}`, tunnelPublicKey: publicKey, vncPassword: `vnc-pw-${i + 1}` }));
}

/** SHA-256 hex of a string. */
export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** The attributes of every `<tag ...>` (the pages are our own, simple HTML; quoted values may hold `>`). */
export function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}((?:\\s+[a-z-]+(?:="[^"]*"|=[^\\s"'>]+)?)*)\\s*>`, "g"))].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([a-z-]+)(?:=(?:"([^"]*)"|([^\s"'>]+)))?/g)) attrs[a[1]] = (a[2] ?? a[3] ?? "").replace(/&amp;/g, "&");
    return attrs;
  });
}
