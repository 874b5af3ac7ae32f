/**
 * A form built from the library's own zod schemas (`Household`, and through it `Person`, `Housing`,
 * …): every field the schema declares gets an input, so a field added to the schema appears here
 * without a change to the page. An empty input means "not recorded" (the field is left out), which
 * the rules treat as unknown, never as "no".
 */
import { IsoDateSchema } from "tepat-sasaran";
import { element } from "./dom.js";

/** The parts of a zod (classic) schema the form reads: its kind and what it wraps or holds. */
interface SchemaNode {
  readonly def: {
    readonly type: string;
    readonly innerType?: SchemaNode;
    readonly in?: SchemaNode;
    readonly element?: SchemaNode;
    readonly entries?: Readonly<Record<string, string | number>>;
    readonly shape?: Readonly<Record<string, SchemaNode>>;
  };
}

/** One input (or group of inputs) that can read its value back and be given one. */
export interface Field {
  readonly element: HTMLElement;
  read(): unknown;
  write(value: unknown): void;
}

/** Extra choices offered (not imposed) for a field, by its path, e.g. the Kaltim regency codes. */
export type Suggestions = Readonly<Record<string, readonly { value: string; label: string }[]>>;

const WRAPPERS = new Set(["optional", "nullable", "default", "readonly", "nonoptional", "catch"]);

function unwrap(schema: SchemaNode): { schema: SchemaNode; optional: boolean } {
  let node = schema;
  let optional = false;
  while (WRAPPERS.has(node.def.type) && node.def.innerType) {
    if (node.def.type === "optional") optional = true;
    node = node.def.innerType;
  }
  return { schema: node, optional };
}

/** `birthDate` → "birth date": the schema's own field names, readable. */
function label(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function select(name: string, options: readonly string[], optional: boolean): Field {
  const input = element("select", { name });
  if (optional || options.length > 1) input.append(element("option", { value: "" }, "—"));
  for (const option of options) input.append(element("option", { value: option }, option));
  return { element: input, read: () => input.value || undefined, write: (value) => void (input.value = value === undefined ? "" : String(value)) };
}

function leaf(name: string, schema: SchemaNode, optional: boolean, suggestions: Suggestions): Field {
  const kind = schema.def.type;
  if (kind === "enum") return select(name, Object.values(schema.def.entries ?? {}).map(String), optional);
  if (kind === "boolean") {
    const field = select(name, ["true", "false"], true);
    return { element: field.element, read: () => (field.read() === undefined ? undefined : field.read() === "true"), write: field.write };
  }
  const type = kind === "number" ? "number" : schema === (IsoDateSchema as unknown) ? "date" : "text";
  const input = element("input", { name, type, ...(type === "number" ? { step: "any" } : {}) });
  const choices = suggestions[name.replace(/\.\d+\./g, ".")];
  let shown: HTMLElement = input;
  if (choices) {
    const list = element("datalist", { id: `${name}-choices` });
    for (const choice of choices) list.append(element("option", { value: choice.value }, choice.label));
    input.setAttribute("list", list.id);
    shown = element("span");
    shown.append(input, list);
  }
  return {
    element: shown,
    read: () => {
      // A date the browser could not read (30 February) leaves the value empty but is not a blank
      // field: handed on as "" so the schema says the date is invalid, not that it is missing.
      if (input.validity.badInput) return "";
      return input.value.trim() === "" ? undefined : type === "number" ? Number(input.value) : input.value.trim();
    },
    write: (value) => void (input.value = value === undefined || value === null ? "" : String(value)),
  };
}

function group(name: string, shape: Readonly<Record<string, SchemaNode>>, suggestions: Suggestions): Field {
  const box = element("div", { class: "group", "data-path": name });
  const fields = new Map<string, Field>();
  for (const [key, child] of Object.entries(shape)) {
    const path = name ? `${name}.${key}` : key;
    const field = fieldFor(path, child, suggestions);
    fields.set(key, field);
    const row = element("label", { class: `row ${field.element.classList.contains("group") || field.element.classList.contains("list") ? "wide" : ""}` });
    row.append(element("span", { class: "name" }, label(key)), field.element);
    box.append(row);
  }
  return {
    element: box,
    read: () => {
      const value: Record<string, unknown> = {};
      for (const [key, field] of fields) {
        const read = field.read();
        if (read !== undefined) value[key] = read;
      }
      return Object.keys(value).length === 0 ? undefined : value;
    },
    write: (value) => {
      const record = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
      for (const [key, field] of fields) field.write(record[key]);
    },
  };
}

function list(name: string, item: SchemaNode, suggestions: Suggestions): Field {
  const box = element("div", { class: "list", "data-path": name });
  const items: Field[] = [];
  const add = element("button", { type: "button", class: "add", "data-add": name }, "+");
  const append = (value?: unknown): void => {
    const field = fieldFor(`${name}.${items.length}`, item, suggestions);
    const holder = element("div", { class: "item" });
    const remove = element("button", { type: "button", class: "remove", title: "×" }, "×");
    remove.addEventListener("click", () => {
      items.splice(items.indexOf(field), 1);
      holder.remove();
    });
    holder.append(field.element, remove);
    if (value !== undefined) field.write(value);
    items.push(field);
    add.before(holder);
  };
  add.addEventListener("click", () => append());
  box.append(add);
  return {
    element: box,
    read: () => {
      // An empty member still counts (its missing fields are reported); an empty plain value does not.
      const objects = unwrap(item).schema.def.type === "object";
      const values = items.map((field) => field.read() ?? (objects ? {} : undefined)).filter((value) => value !== undefined);
      return values.length === 0 ? undefined : values;
    },
    write: (value) => {
      for (const holder of box.querySelectorAll(":scope > .item")) holder.remove();
      items.length = 0;
      if (Array.isArray(value)) for (const entry of value) append(entry);
    },
  };
}

/**
 * The input for one schema node: a group for an object, a list for an array, a choice for an enum or
 * a boolean, a date for `IsoDateSchema`, a number, else text (Rupiah amounts, NIK, region codes: the
 * library parses and explains them).
 */
export function fieldFor(name: string, schema: unknown, suggestions: Suggestions = {}): Field {
  const { schema: node, optional } = unwrap(schema as SchemaNode);
  if (node.def.type === "object" && node.def.shape) return group(name, node.def.shape, suggestions);
  if (node.def.type === "array" && node.def.element) return list(name, node.def.element, suggestions);
  return leaf(name, node, optional, suggestions);
}
