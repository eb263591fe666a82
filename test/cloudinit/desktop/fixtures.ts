// Shared fixtures of the desktop role's tests (npm test and the conformance tier).
import type { DesktopRoleProps } from "../../../cloudinit/desktop/desktop-role";

/** A Terraform token as cdktf renders one into a string. */
export const token = (n: number) => `\${TfToken[TOKEN.${n}]}`;

/** Props as the construct passes them: every secret and the gateway address are tokens; with mail. */
export function props(over: Partial<DesktopRoleProps> = {}): DesktopRoleProps {
  return {
    index: 3,
    spaceName: "Main Space",
    landingUrl: "https://main.example.org/",
    gatewayHost: token(1),
    gatewayHostPublicKey: token(2),
    tunnelPrivateKey: token(3),
    hostKey: { privateKeyOpenssh: token(20), publicKeyOpenssh: token(21) },
    bootstrapHostKey: { privateKeyOpenssh: token(22), publicKeyOpenssh: token(23) },
    vncPassword: token(4),
    mumblePassword: token(5),
    mail: { address: "team@main.example.org", user: "team", password: token(6) },
    ...over,
  };
}

/** The smallest desktop: desktop 1 of space "Main", no mail. */
export function minimalProps(over: Partial<DesktopRoleProps> = {}): DesktopRoleProps {
  return props({ index: 1, spaceName: "Main", mail: undefined, ...over });
}

/** A write_files entry as the parsed user-data holds it. */
export interface WriteFile {
  path: string;
  content: string;
  owner: string;
  permissions: string;
  defer?: boolean;
}

/** The parts of the parsed desktop user-data the tests read. */
export interface Doc {
  write_files: WriteFile[];
  packages: string[];
  runcmd: string[][];
  users: (string | Record<string, unknown>)[];
}
