/** Conformance tier (npm run test:conformance): rendered Compose files through dclint and docker-compose config -q (Compose v2 in a Debian 13 root). */
import { ComposeFile, ComposeService, renderCompose } from "../../../cloudinit/serializers/compose";
import { composeConfig, dclintSchemaErrors } from "./validators";

// The first Dovecot 2.4 / Compose v2 check may build the Debian 13 validator root (about 30 s).
jest.setTimeout(300_000);

const logging = { driver: "json-file", options: { "max-size": "10m", "max-file": "3" } };
const svc = (over: Partial<ComposeService> = {}): ComposeService => ({ image: "nginx:1.27.0", restart: "unless-stopped", mem_limit: "64m", logging, ...over });
const file = (services: Record<string, ComposeService>, extra: Partial<ComposeFile> = {}): ComposeFile => ({ name: "pairpac", services, ...extra });

describe("renderCompose with its validators", () => {
  it("passes the compose-spec schema (dclint) and docker-compose config -q", () => {
    const text = renderCompose(
      file(
        {
          a: svc({ networks: ["apps"], healthcheck: { test: ["CMD-SHELL", "true"], interval: "30s", timeout: "5s", retries: 3 } }),
          b: svc({ network_mode: "host", depends_on: ["a"] }),
        },
        { networks: { apps: { driver: "bridge", ipam: { config: [{ subnet: "172.30.2.0/24" }] } } } },
      ),
    );
    expect(dclintSchemaErrors(text)).toEqual([]);
    const r = composeConfig(text);
    expect(r.output).toBe("");
    expect(r.status).toBe(0);
  });
});
