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
  const { keys, order } = sortByHash(hashes.subarray(0, n));
  const repeats: RepeatedId[] = [];
  for (let run = 0; run < n; ) {
    let end = run + 1;
    while (end < n && keys[end] === keys[run]) end++;
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

/** The hashes sorted, and the index of each, stably (two 16-bit LSD radix passes). */
function sortByHash(hashes: Uint32Array): { keys: Uint32Array; order: Int32Array } {
  const n = hashes.length;
  let keys = hashes.slice();
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let nextKeys = new Uint32Array(n);
  let nextOrder = new Int32Array(n);
  const counts = new Int32Array(65_536);
  for (let shift = 0; shift < 32; shift += 16) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i] >>> shift) & 0xffff]++;
    let sum = 0;
    for (let b = 0; b < 65_536; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    // Keys travel with their indexes, so every read is sequential.
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      const to = counts[(key >>> shift) & 0xffff]++;
      nextKeys[to] = key;
      nextOrder[to] = order[i];
    }
    [keys, nextKeys] = [nextKeys, keys];
    [order, nextOrder] = [nextOrder, order];
  }
  return { keys, order };
}
