/**
 * The column names of a CSV's first line, with the delimiter the core would
 * pick (the most frequent of `,` `;` tab `|` outside quotes). Used only to offer
 * columns in the mapping form; the core does the real parsing.
 */
export function csvHeader(firstLine: string): string[] {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
    ["|", 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let delimiter = ",";
  for (const [d, n] of counts) if (n > (counts.get(delimiter) as number)) delimiter = d;
  const fields: string[] = [];
  let field = "";
  quoted = false;
  for (let i = 0; i < firstLine.length; i++) {
    const ch = firstLine[i];
    if (ch === '"') {
      if (quoted && firstLine[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      fields.push(field.trim());
      field = "";
    } else field += ch;
  }
  fields.push(field.trim());
  return fields.map((f) => f.replace(/^\uFEFF/, "")).filter((f, i) => f !== "" || i === 0);
}

/** The keys of the first records of a parsed JSON export (an array, or `{ tickets: [...] }`). */
export function jsonKeys(data: unknown): string[] {
  const records = Array.isArray(data) ? data : (data as { tickets?: unknown } | null)?.tickets;
  if (!Array.isArray(records)) return [];
  const keys = new Set<string>();
  for (const r of records.slice(0, 1000)) {
    if (r !== null && typeof r === "object") for (const k of Object.keys(r)) keys.add(k);
  }
  return [...keys];
}
