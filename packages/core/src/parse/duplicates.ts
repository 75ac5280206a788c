/**
 * Finds repeated ids after the fact: sorting the ids' hashes keeps the parsing
 * hot path free of a million-entry hash table, whose random probes (cache
 * misses) and rehashes used to cost more than the rest of a row's work.
 */

/** A later row whose id repeats an earlier one's. */
export interface RepeatedId {
  /** Index of the later ticket. */
  later: number;
  /** Index of the first ticket with the same id. */
  first: number;
}

/**
 * Every later occurrence of an id among `ids`, given each id's 32-bit hash,
 * in ascending order of `later`.
 */
export function findRepeatedIds(ids: readonly string[], hashes: Uint32Array): RepeatedId[] {
  const n = ids.length;
  const order = sortByHash(hashes.subarray(0, n));
  const repeats: RepeatedId[] = [];
  for (let run = 0; run < n; ) {
    let end = run + 1;
    while (end < n && hashes[order[end]] === hashes[order[run]]) end++;
    // Equal hashes are rare and their runs short: compare every pair of the
    // run. The stable sort keeps indexes ascending, so the first match is the
    // id's first ticket.
    for (let j = run + 1; j < end; j++) {
      const later = order[j];
      for (let i = run; i < j; i++) {
        if (ids[order[i]] === ids[later]) {
          repeats.push({ later, first: order[i] });
          break;
        }
      }
    }
    run = end;
  }
  return repeats.sort((a, b) => a.later - b.later);
}

/** Indexes 0…n-1 ordered by hash, stably (three 11-bit LSD radix passes). */
function sortByHash(hashes: Uint32Array): Int32Array {
  const n = hashes.length;
  let order = new Int32Array(n);
  let next = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Int32Array(2048);
  for (let shift = 0; shift < 33; shift += 11) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(hashes[i] >>> shift) & 2047]++;
    let sum = 0;
    for (let b = 0; b < 2048; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const index = order[i];
      next[counts[(hashes[index] >>> shift) & 2047]++] = index;
    }
    const t = order;
    order = next;
    next = t;
  }
  return order;
}
