/**
 * The first lines of a CSV, split into fields for the column mapping form (its
 * options and its preview). Only for showing; the core does the real parsing.
 * A quoted field spanning lines ends the preview early, nothing worse.
 */
export function csvHead(text: string, maxRows: number): { header: string[]; rows: string[][] } {
  const lines = text.split(/\r\n|\n|\r/);
  const first = (lines[0] ?? "").replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(first);
  const header = splitLine(first, delimiter);
  const rows: string[][] = [];
  // The last line may be cut mid-chunk: leave it out unless the text is whole.
  for (let i = 1; i < lines.length - 1 && rows.length < maxRows; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") continue;
    const fields = splitLine(line, delimiter);
    if (fields === null) break;
    rows.push(fields);
  }
  return { header: header ?? [], rows };
}

/** The most frequent of `,` `;` tab `|` outside quotes (the core's rule); `,` on a tie. */
function detectDelimiter(line: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
    ["|", 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let delimiter = ",";
  for (const [d, n] of counts) if (n > (counts.get(delimiter) as number)) delimiter = d;
  return delimiter;
}

/** One line's fields, or null when a quote is left open (a field spanning lines). */
function splitLine(line: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      fields.push(field.trim());
      field = "";
    } else field += ch;
  }
  if (quoted) return null;
  fields.push(field.trim());
  return fields;
}

/** The keys of the first records of a JSON export, and those records. */
export function jsonHead(
  records: readonly unknown[],
  maxRows: number,
): { header: string[]; rows: Record<string, unknown>[] } {
  const keys = new Set<string>();
  for (const r of records.slice(0, 1000)) {
    if (r !== null && typeof r === "object") for (const k of Object.keys(r)) keys.add(k);
  }
  const rows = records
    .slice(0, maxRows)
    .filter(
      (r): r is Record<string, unknown> => r !== null && typeof r === "object" && !Array.isArray(r),
    );
  return { header: [...keys], rows };
}

/** CSV rows as records keyed by the header's names (for the schema check). */
export function rowsAsRecords(header: string[], rows: string[][]): Record<string, unknown>[] {
  return rows.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ""])));
}
