// Two plain reference jobs, timed in the same run as the core, so its figures can
// be read against this machine's speed at the moment (a shared VM's speed swings
// by half between hours). They are the issue's own yardsticks:
// - a typed-array daily job (counting by day index, prefix sums, quickselect for
//   the percentiles), quoted at ~45 ms for 1M tickets on these machines;
// - a char-code CSV scanner (every field's end found, nothing interpreted),
//   quoted at ~280 ms for 1M rows.
// Neither knows time zones, reopenings or bad rows: they bound the cost of
// touching the data, not of the job the core does.

const DAY = 86_400_000;

/** Daily created, resolved, backlog and lead-time p50/p85/p95 (hours) in UTC days. */
export function referenceDaily(createdAt, resolvedAt) {
  const n = createdAt.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const c = createdAt[i];
    if (c < min) min = c;
    if (c > max) max = c;
    const r = resolvedAt[i];
    if (r > max) max = r;
  }
  const first = Math.floor(min / DAY);
  const days = Math.floor(max / DAY) - first + 1;
  const created = new Int32Array(days);
  const resolved = new Int32Array(days + 1);
  for (let i = 0; i < n; i++) {
    created[Math.floor(createdAt[i] / DAY) - first]++;
    const r = resolvedAt[i];
    if (!Number.isNaN(r)) resolved[Math.floor(r / DAY) - first]++;
  }
  // Lead times grouped by resolution day (a counting sort), then selected per day.
  const starts = new Int32Array(days + 1);
  for (let d = 0; d < days; d++) starts[d + 1] = starts[d] + resolved[d];
  const fill = starts.slice(0, days);
  const lead = new Float64Array(starts[days]);
  for (let i = 0; i < n; i++) {
    const r = resolvedAt[i];
    if (!Number.isNaN(r))
      lead[fill[Math.floor(r / DAY) - first]++] = (r - createdAt[i]) / 3_600_000;
  }
  const backlog = new Int32Array(days);
  const p50 = new Float64Array(days);
  const p85 = new Float64Array(days);
  const p95 = new Float64Array(days);
  let open = 0;
  for (let d = 0; d < days; d++) {
    open += created[d] - resolved[d];
    backlog[d] = open;
    const lo = starts[d];
    const hi = starts[d + 1];
    p50[d] = select(lead, lo, hi, 0.5);
    p85[d] = select(lead, lo, hi, 0.85);
    p95[d] = select(lead, lo, hi, 0.95);
  }
  return { created, resolved: resolved.subarray(0, days), backlog, p50, p85, p95 };
}

/** The `q` quantile of `a[lo, hi)` (linear between closest ranks, as METRICS.md), by quickselect. */
function select(a, lo, hi, q) {
  if (hi <= lo) return Number.NaN;
  const h = (hi - lo - 1) * q;
  const k = lo + Math.floor(h);
  let l = lo;
  let r = hi - 1;
  while (l < r) {
    const pivot = a[(l + r) >> 1];
    let i = l;
    let j = r;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else break;
  }
  // Everything after k is at least a[k]; the next rank is the least of it.
  let next = a[k];
  if (k + 1 < hi) {
    next = a[k + 1];
    for (let i = k + 2; i < hi; i++) if (a[i] < next) next = a[i];
  }
  return a[k] + (h - Math.floor(h)) * (next - a[k]);
}

/** Finds every field's end in `text` (RFC 4180 quotes honoured); returns the record count. */
export function referenceCsvScan(text) {
  const ends = new Int32Array(1 << 16);
  let fields = 0;
  let records = 0;
  let quoted = false;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && (c === 44 || c === 10)) {
      ends[fields++ & 0xffff] = i;
      if (c === 10) records++;
    }
  }
  return records;
}
