/**
 * PairPac's own conformance check of synthesized Terraform JSON (`cdk.tf.json`) against provider schemas in the
 * `terraform providers schema -json` format, vendored in test/fixtures/terraform-schemas/. Pure Node, no I/O beyond
 * reading the schema files once. Strict: every finding is a problem (unknown provider, type, attribute or block,
 * missing required attribute or block, a computed-only attribute set, a deprecated attribute or type, a value of the
 * wrong type, too many or too few blocks, an undeclared provider alias).
 *
 * The rules follow Terraform's JSON configuration syntax (developer.hashicorp.com/terraform/language/syntax/json):
 * strings holding `${…}` or `%{…}` are expressions (`$${` and `%%{` are escapes) and may stand for any type; numbers
 * and bools may be written as strings; `"//"` keys are comments.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One finding: where in the configuration (dotted path) and what is wrong. */
export interface SchemaProblem {
  readonly where: string;
  readonly message: string;
}

/** A cty type in its JSON form. */
type CtyType = string | [string, ...unknown[]];

interface SchemaAttribute {
  readonly type?: CtyType;
  readonly nested_type?: { readonly nesting_mode: string; readonly attributes?: Record<string, SchemaAttribute>; readonly min_items?: number; readonly max_items?: number };
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly deprecated?: boolean;
}

interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, SchemaBlockType>;
  readonly deprecated?: boolean;
}

interface SchemaBlockType {
  readonly nesting_mode: "single" | "group" | "list" | "set" | "map";
  readonly block?: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** The schemas of one provider. */
export interface ProviderSchema {
  readonly provider?: { readonly block?: SchemaBlock };
  readonly resourceTypes: Record<string, { readonly block?: SchemaBlock }>;
  readonly dataTypes: Record<string, { readonly block?: SchemaBlock }>;
  /** Schema file(s) it came from. */
  readonly files: string[];
}

/** Folder of the vendored schema data. */
export const VENDORED_SCHEMA_DIR = join(__dirname, "..", "fixtures", "terraform-schemas");

/** Source address of Terraform's built-in provider (terraform_data, terraform_remote_state). */
const BUILTIN = "terraform.io/builtin/terraform";

/** `aws` → registry.terraform.io/hashicorp/aws, `oracle/oci` → registry.terraform.io/oracle/oci, lower case. */
export function providerAddress(source: string): string {
  const parts = source.trim().toLowerCase().split("/").filter((p) => p !== "");
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `registry.terraform.io/${parts[0]}/${parts[1]}`;
  return parts.slice(parts.length - 3).join("/");
}

const cache = new Map<string, Map<string, ProviderSchema>>();

/** Reads every `*.json` schema dump in `dir` (cached per folder): provider address → schema. */
export function loadProviderSchemas(dir = VENDORED_SCHEMA_DIR): Map<string, ProviderSchema> {
  const cached = cache.get(dir);
  if (cached) return cached;
  const byAddress = new Map<string, ProviderSchema>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const dump = JSON.parse(readFileSync(join(dir, name), "utf8")) as { provider_schemas?: Record<string, { provider?: ProviderSchema["provider"]; resource_schemas?: ProviderSchema["resourceTypes"]; data_source_schemas?: ProviderSchema["dataTypes"] }> };
    for (const [source, schema] of Object.entries(dump.provider_schemas ?? {})) {
      const address = providerAddress(source);
      const known = byAddress.get(address);
      if (known !== undefined) {
        throw new Error(`provider ${address} is described twice (${known.files.join(", ")} and ${name}); keep one file per provider`);
      }
      byAddress.set(address, { provider: schema.provider, resourceTypes: schema.resource_schemas ?? {}, dataTypes: schema.data_source_schemas ?? {}, files: [name] });
    }
  }
  cache.set(dir, byAddress);
  return byAddress;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const kindOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** True when `text` holds a template interpolation or directive that is not escaped. */
export function isTemplate(text: unknown): boolean {
  if (typeof text !== "string") return false;
  return /(^|[^$])\$\{|(^|[^%])%\{/.test(text.replace(/\$\$\{|%%\{/g, ""));
}

const NUMERIC = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

const TOP_LEVEL = new Set(["//", "terraform", "provider", "resource", "data", "variable", "output", "locals", "module", "moved", "import", "check", "removed"]);
const RESOURCE_META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "connection", "provisioner"]);
const DATA_META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle"]);
const PROVIDER_META = new Set(["alias", "version"]);
const LIFECYCLE = new Set(["//", "create_before_destroy", "prevent_destroy", "ignore_changes", "replace_triggered_by", "precondition", "postcondition"]);

class Findings {
  readonly list: SchemaProblem[] = [];
  add(where: string, message: string): void {
    this.list.push({ where, message });
  }
}

function typeLabel(t: unknown): string {
  if (typeof t === "string") return t;
  if (Array.isArray(t)) return t[0] === "object" || t[0] === "tuple" ? String(t[0]) : `${String(t[0])}(${typeLabel(t[1])})`;
  return JSON.stringify(t);
}

/** Checks a value against a cty type. */
function checkValue(out: Findings, where: string, value: Json, type: unknown): void {
  if (value === null || isTemplate(value) || type === "dynamic") return;
  const wrong = (): void => out.add(where, `expected ${typeLabel(type)}, got ${kindOf(value)}${typeof value === "string" ? ` ${JSON.stringify(value)}` : ""}`);
  switch (type) {
    case "string":
      if (typeof value === "object") wrong();
      return;
    case "number":
      if (!(typeof value === "number" || (typeof value === "string" && NUMERIC.test(value)))) wrong();
      return;
    case "bool":
      if (!(typeof value === "boolean" || value === "true" || value === "false")) wrong();
      return;
    default:
      break;
  }
  if (!Array.isArray(type)) {
    out.add(where, `the schema names a type this checker does not know: ${JSON.stringify(type)}`);
    return;
  }
  const [collection, element, optionalNames] = type as [string, unknown, string[] | undefined];
  if (collection === "list" || collection === "set") {
    if (!Array.isArray(value)) return wrong();
    value.forEach((item, i) => checkValue(out, `${where}[${i}]`, item, element));
  } else if (collection === "map") {
    if (!isObject(value)) return wrong();
    for (const [key, item] of Object.entries(value)) checkValue(out, `${where}["${key}"]`, item, element);
  } else if (collection === "object") {
    if (!isObject(value)) return wrong();
    const fields = element as Record<string, unknown>;
    const optional = new Set(optionalNames ?? []);
    for (const key of Object.keys(value)) if (!(key in fields)) out.add(where, `object has no attribute "${key}"`);
    for (const [key, fieldType] of Object.entries(fields)) {
      if (key in value) checkValue(out, `${where}.${key}`, value[key], fieldType);
      else if (!optional.has(key)) out.add(where, `object attribute "${key}" is missing (the type requires it; null is allowed)`);
    }
  } else if (collection === "tuple") {
    const elements = element as unknown[];
    if (!Array.isArray(value)) return wrong();
    if (value.length !== elements.length) out.add(where, `expected a tuple of ${elements.length}, got ${value.length} element(s)`);
    value.slice(0, elements.length).forEach((item, i) => checkValue(out, `${where}[${i}]`, item, elements[i]));
  } else {
    out.add(where, `the schema names a type this checker does not know: ${JSON.stringify(type)}`);
  }
}

/** Checks one attribute assignment. */
function checkAttribute(out: Findings, where: string, name: string, value: Json, attribute: SchemaAttribute): void {
  if (attribute.computed === true && attribute.optional !== true && attribute.required !== true) {
    out.add(where, `"${name}" is computed by the provider and cannot be set`);
    return;
  }
  if (attribute.deprecated === true) out.add(where, `"${name}" is deprecated`);
  const at = `${where}.${name}`;
  const nested = attribute.nested_type;
  if (nested === undefined) return checkValue(out, at, value, attribute.type);
  if (value === null || isTemplate(value)) return;
  const one = (w: string, item: Json): void => {
    if (item === null || isTemplate(item)) return;
    if (!isObject(item)) return out.add(w, `expected an object, got ${kindOf(item)}`);
    checkBody(out, w, item, { attributes: nested.attributes }, new Set(), false);
  };
  if (nested.nesting_mode === "single") return one(at, value);
  if (nested.nesting_mode === "map") {
    if (!isObject(value)) return out.add(at, `expected a map of objects, got ${kindOf(value)}`);
    for (const [key, item] of Object.entries(value)) one(`${at}["${key}"]`, item);
    return;
  }
  if (!Array.isArray(value)) return out.add(at, `expected a ${nested.nesting_mode} of objects, got ${kindOf(value)}`);
  if (nested.min_items !== undefined && value.length < nested.min_items) out.add(at, `needs at least ${nested.min_items} element(s), got ${value.length}`);
  if (nested.max_items !== undefined && value.length > nested.max_items) out.add(at, `allows at most ${nested.max_items} element(s), got ${value.length}`);
  value.forEach((item, i) => one(`${at}[${i}]`, item));
}

/** Checks a block body; returns nothing, records findings. `blocksAllowed` is false inside nested attribute objects. */
function checkBody(out: Findings, where: string, body: JsonObject, block: SchemaBlock, meta: ReadonlySet<string>, blocksAllowed = true): void {
  const attributes = block.attributes ?? {};
  const blockTypes = blocksAllowed ? block.block_types ?? {} : {};
  const seen = new Map<string, number>();
  for (const [key, value] of Object.entries(body)) {
    if (key === "//" && blocksAllowed) continue;
    const attribute = attributes[key];
    if (attribute !== undefined) {
      checkAttribute(out, where, key, value, attribute);
    } else if (blockTypes[key] !== undefined) {
      seen.set(key, (seen.get(key) ?? 0) + checkNestedBlocks(out, `${where}.${key}`, value, blockTypes[key]));
    } else if (key === "dynamic" && blocksAllowed) {
      checkDynamic(out, `${where}.dynamic`, value, blockTypes, seen);
    } else if (meta.has(key)) {
      checkMeta(out, `${where}.${key}`, key, value);
    } else {
      out.add(where, `unknown ${blocksAllowed ? "attribute or block" : "attribute"} "${key}"`);
    }
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.required === true && (body[name] === undefined || body[name] === null)) out.add(where, `required attribute "${name}" is missing`);
  }
  for (const [name, type] of Object.entries(blockTypes)) {
    const count = seen.get(name) ?? 0;
    if (type.min_items !== undefined && type.min_items > 0 && count < type.min_items) {
      out.add(where, count === 0 ? `required block "${name}" is missing` : `block "${name}" needs at least ${type.min_items}, got ${count}`);
    }
    if (Number.isFinite(count)) {
      if (type.max_items !== undefined && type.max_items > 0 && count > type.max_items) out.add(where, `block "${name}" allows at most ${type.max_items}, got ${count}`);
      if ((type.nesting_mode === "single" || type.nesting_mode === "group") && count > 1) out.add(where, `block "${name}" may appear once, got ${count}`);
    }
  }
}

/** Checks the instances of a nested block; returns how many there are. */
function checkNestedBlocks(out: Findings, where: string, value: Json, type: SchemaBlockType): number {
  if (value === null) return 0;
  if (typeof value !== "object") {
    out.add(where, isTemplate(value) ? "a block cannot be an expression (use a dynamic block)" : `expected a block, got ${kindOf(value)}`);
    return 0;
  }
  const inner = type.block ?? {};
  if (type.nesting_mode === "map") {
    if (!isObject(value)) {
      out.add(where, `expected labelled blocks (an object), got ${kindOf(value)}`);
      return 0;
    }
    for (const [label, item] of Object.entries(value)) {
      for (const [i, one] of (Array.isArray(item) ? item : [item]).entries()) {
        const at = Array.isArray(item) ? `${where}["${label}"][${i}]` : `${where}["${label}"]`;
        if (isObject(one)) checkBody(out, at, one, inner, new Set());
        else out.add(at, `expected a block, got ${kindOf(one)}`);
      }
    }
    return Object.keys(value).length;
  }
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => {
    const at = Array.isArray(value) ? `${where}[${i}]` : where;
    if (isObject(item)) checkBody(out, at, item, inner, new Set());
    else out.add(at, `expected a block, got ${kindOf(item)}`);
  });
  return items.length;
}

function checkDynamic(out: Findings, where: string, value: Json, blockTypes: Record<string, SchemaBlockType>, seen: Map<string, number>): void {
  if (!isObject(value)) return out.add(where, `expected an object of dynamic blocks, got ${kindOf(value)}`);
  for (const [name, generators] of Object.entries(value)) {
    const type = blockTypes[name];
    if (type === undefined) {
      out.add(where, `dynamic block for unknown block type "${name}"`);
      continue;
    }
    seen.set(name, Number.POSITIVE_INFINITY);
    for (const [i, generator] of (Array.isArray(generators) ? generators : [generators]).entries()) {
      const at = Array.isArray(generators) ? `${where}.${name}[${i}]` : `${where}.${name}`;
      if (!isObject(generator)) {
        out.add(at, `expected an object, got ${kindOf(generator)}`);
        continue;
      }
      for (const key of Object.keys(generator)) {
        if (!["//", "for_each", "iterator", "labels", "content"].includes(key)) out.add(at, `unknown dynamic block argument "${key}"`);
      }
      if (!("for_each" in generator)) out.add(at, `"for_each" is missing`);
      const content = generator.content;
      if (content === undefined) out.add(at, `"content" is missing`);
      else if (isObject(content)) checkBody(out, `${at}.content`, content, type.block ?? {}, new Set());
      else out.add(`${at}.content`, `expected an object, got ${kindOf(content)}`);
    }
  }
}

function checkMeta(out: Findings, where: string, key: string, value: Json): void {
  const bad = (expected: string): void => out.add(where, `expected ${expected}, got ${kindOf(value)} ${JSON.stringify(value)}`);
  switch (key) {
    case "count":
      if (!(typeof value === "number" || isTemplate(value) || (typeof value === "string" && NUMERIC.test(value)))) bad("a number or an expression");
      return;
    case "for_each":
      if (!(typeof value === "object" && value !== null) && !isTemplate(value)) bad("a map, a set or an expression");
      return;
    case "depends_on":
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) bad("a list of references");
      return;
    case "provider":
      if (typeof value !== "string" || !/^(\$\{)?[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)?\}?$/.test(value)) bad(`a provider reference such as "aws" or "aws.eu"`);
      return;
    case "alias":
      if (typeof value !== "string" || !/^[A-Za-z][\w-]*$/.test(value)) bad("an identifier");
      return;
    case "version":
      if (typeof value !== "string") bad("a version constraint string");
      return;
    case "lifecycle":
      if (!isObject(value)) return bad("an object");
      for (const k of Object.keys(value)) if (!LIFECYCLE.has(k)) out.add(where, `unknown lifecycle argument "${k}"`);
      for (const k of ["create_before_destroy", "prevent_destroy"]) if (k in value) checkValue(out, `${where}.${k}`, value[k], "bool");
      if ("ignore_changes" in value && !(Array.isArray(value.ignore_changes) || value.ignore_changes === "all" || isTemplate(value.ignore_changes))) {
        out.add(`${where}.ignore_changes`, `expected a list of attribute names or "all"`);
      }
      return;
    default:
      if (typeof value !== "object" || value === null) bad("an object");
  }
}

/**
 * Checks a parsed `cdk.tf.json` against `schemas` (default: the vendored ones) and returns every problem found; an
 * empty list means the configuration conforms.
 */
export function checkTerraformJson(config: unknown, schemas: Map<string, ProviderSchema> = loadProviderSchemas()): SchemaProblem[] {
  const out = new Findings();
  if (!isObject(config)) {
    out.add("", `the configuration must be a JSON object, got ${kindOf(config)}`);
    return out.list;
  }
  for (const key of Object.keys(config)) if (!TOP_LEVEL.has(key)) out.add("", `unknown top-level key "${key}"`);

  // Local provider names declared in terraform.required_providers.
  const declared = new Map<string, string>();
  for (const terraform of Array.isArray(config.terraform) ? config.terraform : [config.terraform ?? null]) {
    if (!isObject(terraform)) continue;
    const required = terraform.required_providers;
    for (const entry of Array.isArray(required) ? required : [required ?? null]) {
      if (!isObject(entry)) continue;
      for (const [local, requirement] of Object.entries(entry)) {
        if (local === "//") continue;
        const source = isObject(requirement) && typeof requirement.source === "string" ? requirement.source : local;
        declared.set(local, providerAddress(source));
      }
    }
  }
  const addressOf = (local: string): string => declared.get(local) ?? (local === "terraform" ? BUILTIN : providerAddress(local));
  const reported = new Set<string>();
  const schemaOf = (local: string, where: string): ProviderSchema | undefined => {
    const address = addressOf(local);
    const schema = schemas.get(address);
    if (schema === undefined && !reported.has(address)) {
      reported.add(address);
      out.add(where, `no schema for provider ${address}${declared.has(local) ? "" : ` ("${local}" is not in terraform.required_providers)`}; vendor its schema`);
    }
    return schema;
  };

  // Provider configurations: local name and alias.
  const configured = new Set<string>();
  if (config.provider !== undefined) {
    if (!isObject(config.provider)) out.add("provider", `expected an object, got ${kindOf(config.provider)}`);
    else {
      for (const [local, value] of Object.entries(config.provider)) {
        if (local === "//") continue;
        const list = Array.isArray(value) ? value : [value];
        list.forEach((body, i) => {
          const where = Array.isArray(value) ? `provider.${local}[${i}]` : `provider.${local}`;
          if (!isObject(body)) return out.add(where, `expected an object, got ${kindOf(body)}`);
          const key = typeof body.alias === "string" ? `${local}.${body.alias}` : local;
          if (configured.has(key)) out.add(where, `provider configuration "${key}" is given twice`);
          configured.add(key);
          const schema = schemaOf(local, where);
          if (schema === undefined) return;
          if (schema.provider === undefined) return out.add(where, `provider ${addressOf(local)} takes no configuration`);
          checkBody(out, where, body, schema.provider.block ?? {}, PROVIDER_META);
        });
      }
    }
  }

  // Resources and data sources.
  const needsDefault = new Map<string, string>();
  const section = (name: "resource" | "data"): void => {
    const value = config[name];
    if (value === undefined) return;
    if (!isObject(value)) return out.add(name, `expected an object, got ${kindOf(value)}`);
    for (const [type, byName] of Object.entries(value)) {
      if (type === "//") continue;
      for (const group of Array.isArray(byName) ? byName : [byName]) {
        if (!isObject(group)) {
          out.add(`${name}.${type}`, `expected an object of named blocks, got ${kindOf(group)}`);
          continue;
        }
        for (const [label, bodies] of Object.entries(group)) {
          if (label === "//") continue;
          for (const [i, body] of (Array.isArray(bodies) ? bodies : [bodies]).entries()) {
            const where = `${name}.${type}.${label}${Array.isArray(bodies) ? `[${i}]` : ""}`;
            if (!/^[A-Za-z_][\w-]*$/.test(label)) out.add(where, `"${label}" is not a valid name`);
            if (!isObject(body)) {
              out.add(where, `expected an object, got ${kindOf(body)}`);
              continue;
            }
            let local = type.split("_")[0];
            if (typeof body.provider === "string") {
              const reference = body.provider.replace(/^\$\{(.*)\}$/, "$1");
              local = reference.split(".")[0];
              if (reference.includes(".") && !configured.has(reference)) out.add(where, `provider "${reference}" has no configuration with that alias`);
              if (!reference.includes(".") && !needsDefault.has(local)) needsDefault.set(local, where);
            } else if (!needsDefault.has(local)) needsDefault.set(local, where);
            const schema = schemaOf(local, where);
            if (schema === undefined) continue;
            const typeSchema = (name === "resource" ? schema.resourceTypes : schema.dataTypes)[type];
            if (typeSchema === undefined) {
              out.add(where, `${addressOf(local)} has no ${name === "resource" ? "resource" : "data source"} type "${type}" (${schema.files.join(", ")})`);
              continue;
            }
            if (typeSchema.block?.deprecated === true) out.add(where, `${name === "resource" ? "resource" : "data source"} type "${type}" is deprecated`);
            checkBody(out, where, body, typeSchema.block ?? {}, name === "resource" ? RESOURCE_META : DATA_META);
          }
        }
      }
    }
  };
  section("resource");
  section("data");

  // A provider used without a configuration must not require any arguments.
  for (const [local, firstUse] of needsDefault) {
    if (configured.has(local)) continue;
    const block = schemas.get(addressOf(local))?.provider?.block;
    if (block === undefined) continue;
    const missing = [
      ...Object.entries(block.attributes ?? {}).filter(([, a]) => a.required === true).map(([k]) => `attribute "${k}"`),
      ...Object.entries(block.block_types ?? {}).filter(([, b]) => (b.min_items ?? 0) > 0).map(([k]) => `block "${k}"`),
    ];
    if (missing.length > 0) out.add(`provider.${local}`, `not configured, but it requires ${missing.join(", ")} (used by ${firstUse})`);
  }
  return out.list;
}

/** Formats problems one per line, for error messages. */
export function formatProblems(problems: readonly SchemaProblem[]): string {
  return problems.map((p) => (p.where === "" ? p.message : `${p.where}: ${p.message}`)).join("\n");
}
