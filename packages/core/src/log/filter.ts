import { TidemarkError } from "../errors.js";
import { checkOptions, checkTicketLog, describeValue } from "../input-checks.js";
import {
  ATTRIBUTE_NAMES,
  type AttributeName,
  type CodedColumn,
  INFLOW_KINDS,
  type InflowKind,
  type TicketLog,
} from "../types.js";
import { packedColumn, packedIds } from "./packed-ids.js";

/**
 * Which tickets to keep: for each attribute, the values allowed (a ticket
 * matches when its value is one of them; `""` matches an empty value). Attributes
 * left out are not filtered.
 */
export type LogFilter = Partial<Record<AttributeName, readonly string[]>> & {
  inflowKind?: readonly InflowKind[];
};

/**
 * The tickets of `log` that match `filter`, with their spells. The attribute
 * dictionaries are kept whole, so codes mean the same in both logs.
 *
 * @example filterLog(log, { category: ["Billing"], channel: ["Email", "Chat"] })
 */
export function filterLog(log: TicketLog, filter: LogFilter): TicketLog {
  checkTicketLog(log, "filterLog");
  filter = checkOptions(filter, "filterLog", {
    category: true,
    channel: true,
    priority: true,
    team: true,
    assignee: true,
    inflowKind: true,
  });
  const tests: { codes: Int32Array; allowed: Uint8Array; allowEmpty: boolean }[] = [];
  for (const name of ATTRIBUTE_NAMES) {
    const wanted = filter[name];
    if (wanted === undefined) continue;
    const column = log.attributes[name];
    const allowed = new Uint8Array(column.values.length);
    const set = new Set(wanted);
    column.values.forEach((v, code) => {
      if (set.has(v)) allowed[code] = 1;
    });
    tests.push({ codes: column.codes, allowed, allowEmpty: set.has("") });
  }
  const kinds = filter.inflowKind
    ? new Set(filter.inflowKind.map((k) => INFLOW_KINDS.indexOf(k)))
    : null;

  const keep = new Int32Array(log.size).fill(-1);
  let size = 0;
  for (let i = 0; i < log.size; i++) {
    let ok = kinds === null || kinds.has(log.inflowKind[i]);
    for (let t = 0; ok && t < tests.length; t++) {
      const { codes, allowed, allowEmpty } = tests[t] as (typeof tests)[number];
      const c = codes[i];
      ok = c < 0 ? allowEmpty : allowed[c] === 1;
    }
    if (ok) keep[i] = size++;
  }
  const pick = <T extends Float64Array | Uint8Array | Int32Array>(a: T): T => {
    const out = new (a.constructor as new (n: number) => T)(size);
    for (let i = 0; i < log.size; i++) if (keep[i] >= 0) out[keep[i]] = a[i];
    return out;
  };
  const attributes = {} as Record<AttributeName, CodedColumn>;
  for (const name of ATTRIBUTE_NAMES) {
    attributes[name] = {
      codes: pick(log.attributes[name].codes),
      values: log.attributes[name].values,
    };
  }
  const { spells } = log;
  let spellCount = 0;
  for (let k = 0; k < spells.size; k++) if (keep[spells.ticket[k]] >= 0) spellCount++;
  const ticket = new Int32Array(spellCount);
  const start = new Float64Array(spellCount);
  const end = new Float64Array(spellCount);
  const reopened = new Uint8Array(spellCount);
  let j = 0;
  for (let k = 0; k < spells.size; k++) {
    const t = keep[spells.ticket[k] as number];
    if (t < 0) continue;
    ticket[j] = t;
    start[j] = spells.start[k];
    end[j] = spells.end[k];
    reopened[j] = spells.reopened[k];
    j++;
  }
  // Ids still packed stay packed: making a million strings to keep a few is most of a filter's cost.
  const packed = packedColumn(log);
  const filtered: TicketLog = {
    size,
    ids: packed === null ? log.ids.filter((_, i) => keep[i] >= 0) : [],
    createdAt: pick(log.createdAt),
    firstSolvedAt: pick(log.firstSolvedAt),
    finalSolvedAt: pick(log.finalSolvedAt),
    inflowKind: pick(log.inflowKind),
    attributes,
    spells: { size: spellCount, ticket, start, end, reopened },
  };
  return packed === null ? filtered : packedIds(filtered, packed.subset(keep));
}

/** The distinct values of an attribute with their ticket counts, most frequent first. */
export function attributeValues(
  log: TicketLog,
  name: AttributeName,
): { value: string; count: number }[] {
  checkTicketLog(log, "attributeValues");
  if (!ATTRIBUTE_NAMES.includes(name)) {
    throw new TidemarkError(
      "invalid-input",
      `attributeValues expects an attribute name (${ATTRIBUTE_NAMES.join(", ")}); it was given ${typeof name === "string" ? `"${name}"` : describeValue(name)}.`,
    );
  }
  const column = log.attributes[name];
  const counts = new Array<number>(column.values.length).fill(0);
  for (let i = 0; i < log.size; i++) {
    const c = column.codes[i];
    if (c >= 0) counts[c]++;
  }
  return column.values
    .map((value, c) => ({ value, count: counts[c] }))
    .filter((v) => v.count > 0)
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
