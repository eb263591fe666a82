import { parse } from "yaml";
import { ComposeFile, ComposeService, renderCompose } from "../../../cloudinit/serializers/compose";

// The first Dovecot 2.4 / Compose v2 check may build the Debian 13 validator root (about 30 s).
jest.setTimeout(300_000);

const logging = { driver: "json-file", options: { "max-size": "10m", "max-file": "3" } };
const svc = (over: Partial<ComposeService> = {}): ComposeService => ({ image: "nginx:1.27.0", restart: "unless-stopped", mem_limit: "64m", logging, ...over });
const file = (services: Record<string, ComposeService>, extra: Partial<ComposeFile> = {}): ComposeFile => ({ name: "pairpac", services, ...extra });

describe("renderCompose", () => {
  it("renders services that parse back to the same object, quoting YAML 1.1 booleans", () => {
    const f = file({ web: svc({ environment: { FLAG: "no", MODE: "on" }, ports: ["127.0.0.1:8080:80"] }) });
    const text = renderCompose(f);
    expect(parse(text)).toEqual(f);
    expect(text).toContain('FLAG: "no"');
    expect(text).toContain('MODE: "on"');
  });

  it("escapes '$' as '$$' so Compose never interpolates", () => {
    const text = renderCompose(file({ web: svc({ command: ["sh", "-c", "echo $HOME ${USER}"] }) }));
    expect(parse(text).services.web.command).toEqual(["sh", "-c", "echo $$HOME $${USER}"]);
  });

  it("fails on an image without a tag or with 'latest'", () => {
    expect(() => renderCompose(file({ web: svc({ image: "nginx" }) }))).toThrow("compose.services.web.image: must be a lower-case image reference with an explicit tag");
    expect(() => renderCompose(file({ web: svc({ image: "nginx:latest" }) }))).toThrow("must not use the moving tag 'latest'");
  });

  it("fails on uncapped json-file logs and a bad memory limit", () => {
    expect(() => renderCompose(file({ web: svc({ logging: { driver: "json-file" } }) }))).toThrow("must cap json-file logs");
    expect(() => renderCompose(file({ web: svc({ mem_limit: "1GB" }) }))).toThrow("compose.services.web.mem_limit");
  });

  it("fails on a Terraform token anywhere", () => {
    expect(() => renderCompose(file({ web: svc({ environment: { PW: "${TfToken[TOKEN.2]}" } }) }))).toThrow("compose.services.web.environment.PW: must not contain a Terraform token");
  });

  it("fails on unknown dependencies, undeclared networks, and network_mode with ports", () => {
    expect(() => renderCompose(file({ web: svc({ depends_on: ["db"] }) }))).toThrow("compose.services.web.depends_on: names a service that is not in the file");
    expect(() => renderCompose(file({ web: svc({ networks: ["x"] }) }))).toThrow("names a network that is not declared");
    expect(() => renderCompose(file({ web: svc({ network_mode: "host", ports: ["80:80"] }) }))).toThrow("cannot be combined with networks or ports");
  });

  it("fails on a bad service name and a control character", () => {
    expect(() => renderCompose(file({ "Web App": svc() }))).toThrow("compose.services: must be a service name");
    expect(() => renderCompose(file({ web: svc({ environment: { A: "x\u0000" } }) }))).toThrow("must not contain control characters");
  });
});
