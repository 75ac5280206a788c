import { ATTRIBUTE_NAMES, type AttributeName, type CodedColumn, type TicketLog } from "../types.js";
import { checkSampleColumns, NO_ASSIGNEE, type SampleColumns } from "./columns.js";
import { sampleTicketId } from "./csv.js";

/**
 * The sample as a {@link TicketLog}, without writing or parsing text: the same
 * log that reading the sample's CSV gives (one spell per ticket). For
 * benchmarks and tests of the metrics alone.
 *
 * @example
 * const log = sampleTicketLog(generateSampleColumns({ tickets: 1_000_000, days: 730 }));
 * computeMetrics(log, { bucket: "day" });
 */
export function sampleTicketLog(columns: SampleColumns): TicketLog {
  checkSampleColumns(columns, "sampleTicketLog");
  const n = columns.size;
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) ids[i] = sampleTicketId(i);
  const attributes = {} as Record<AttributeName, CodedColumn>;
  for (const name of ATTRIBUTE_NAMES) attributes[name] = coded(columns[name], columns.values[name]);
  const ticket = new Int32Array(n);
  for (let i = 0; i < n; i++) ticket[i] = i;
  return {
    size: n,
    ids,
    createdAt: columns.createdAt.slice(),
    firstSolvedAt: columns.resolvedAt.slice(),
    finalSolvedAt: columns.resolvedAt.slice(),
    inflowKind: columns.inflowKind.slice(),
    attributes,
    spells: {
      size: n,
      ticket,
      start: columns.createdAt.slice(),
      end: columns.resolvedAt.slice(),
      reopened: new Uint8Array(n),
    },
  };
}

/** Codes in first-seen order (as a parser would assign them); no value is -1. */
function coded(codes: Uint8Array, values: readonly string[]): CodedColumn {
  const remap = new Int32Array(256).fill(-2);
  const used: string[] = [];
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (c === NO_ASSIGNEE) {
      out[i] = -1;
      continue;
    }
    let r = remap[c] as number;
    if (r === -2) {
      r = used.length;
      remap[c] = r;
      used.push(values[c] as string);
    }
    out[i] = r;
  }
  return { codes: out, values: used };
}
