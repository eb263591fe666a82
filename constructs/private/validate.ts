import { Token } from "cdktf";
import { invalid } from "../../src/errors";
import type { DataVolumeLimits, DataVolumeSpec, MachineSpec, PublicPort } from "../machine";

/** Characters AWS accepts in a security group rule description (OCI accepts these too). */
const RULE_DESCRIPTION = /^[A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]{1,255}$/;
/** A machine name: becomes part of resource names, tags and file-system labels. */
const MACHINE_NAME = /^[a-z](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
/** An ext4 file-system label (at most 16 bytes), restricted to characters safe in unit names. */
const VOLUME_LABEL = /^[A-Za-z0-9_-]{1,16}$/;

/** Throws unless `name` is a valid machine name. */
export function validateMachineName(name: string, field = "name"): void {
  if (typeof name !== "string" || !MACHINE_NAME.test(name)) {
    throw invalid(field, name, "must be 1-32 lower-case letters, digits or '-', starting with a letter and not ending with '-'", 'Use e.g. "gateway" or "desktop-1".');
  }
}

/** Throws unless every port is an integer 1-65535 with protocol tcp/udp, a usable description, and no port is listed twice. */
export function validatePublicPorts(ports: readonly PublicPort[], field = "publicPorts"): void {
  if (!Array.isArray(ports)) {
    throw invalid(field, ports, "must be an array of { port, protocol, description }", "Pass [] for a machine without public ports.");
  }
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const at = `${field}[${i}]`;
    if (!Number.isInteger(p.port) || Token.isUnresolved(p.port) || p.port < 1 || p.port > 65535) {
      throw invalid(`${at}.port`, p.port, "must be an integer between 1 and 65535", "Use a literal port number, e.g. 443.");
    }
    if (p.protocol !== "tcp" && p.protocol !== "udp") {
      throw invalid(`${at}.protocol`, p.protocol, 'must be "tcp" or "udp"', 'List a port open for both as two entries.');
    }
    if (typeof p.description !== "string" || !RULE_DESCRIPTION.test(p.description)) {
      throw invalid(`${at}.description`, p.description, "must be 1-255 characters of letters, digits, spaces and ._-:/()#,@[]+=&;{}!$*", 'Use e.g. "HTTPS (nginx)".');
    }
    const key = `${p.port}/${p.protocol}`;
    if (seen.has(key)) {
      throw invalid(`${at}`, p, `lists ${key} a second time`, "List each port and protocol once.");
    }
    seen.add(key);
  });
}

/** Throws unless the data volume has an integer size within `limits` and a valid label. */
export function validateDataVolume(volume: DataVolumeSpec, limits: DataVolumeLimits, field = "dataVolume"): void {
  const { minGb, maxGb, description } = limits;
  if (!Number.isInteger(volume.sizeGb) || volume.sizeGb < minGb || volume.sizeGb > maxGb) {
    throw invalid(`${field}.sizeGb`, volume.sizeGb, `must be an integer between ${minGb} and ${maxGb} on ${description}`, `Use e.g. ${Math.max(minGb, 10)}.`);
  }
  if (typeof volume.label !== "string" || !VOLUME_LABEL.test(volume.label)) {
    throw invalid(`${field}.label`, volume.label, "must be 1-16 letters, digits, '-' or '_' (an ext4 label)", 'Use e.g. "pairpac-data".');
  }
}

/** Validates the parts of a machine spec that do not depend on the cloud. */
export function validateMachineSpec(spec: MachineSpec): void {
  validateMachineName(spec.name);
  validatePublicPorts(spec.publicPorts);
  if (typeof spec.adminSshPublicKey !== "string" || spec.adminSshPublicKey.trim() === "") {
    throw invalid("adminSshPublicKey", spec.adminSshPublicKey, "must not be empty", "Pass an OpenSSH public key, e.g. tls_private_key.public_key_openssh.");
  }
  if (!Token.isUnresolved(spec.adminSshPublicKey) && !/^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( \S.*)?$/.test(spec.adminSshPublicKey.trim())) {
    throw invalid("adminSshPublicKey", spec.adminSshPublicKey, "is not an OpenSSH public key", 'Pass one line such as "ssh-ed25519 AAAA... admin".');
  }
  if (spec.userData === undefined || spec.userData === null) {
    throw invalid("userData", spec.userData, "must be given", "Pass the role's CloudConfig, a rendered #cloud-config string, or a function returning one.");
  }
}
