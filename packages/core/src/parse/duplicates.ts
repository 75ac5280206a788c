/**
 * Finds repeated ids after the fact, keeping the parsing hot path free of a
 * million-entry hash table whose random probes (cache misses) and rehashes
 * used to cost more than the rest of a row's work.
 */

/** A later row whose id repeats an earlier one's. */
export interface RepeatedId {
  /** Index of the later ticket. */
  later: number;
  /** Index of the first ticket with the same id. */
  first: number;
}

const SLOT_BITS = 24;

/**
 * Every later occurrence of an id among `size` ids (`idOf(i)` is id `i`),
 * given each id's 32-bit hash, in ascending order of `later`. Two 2-MiB bitmaps over 2^24 hash slots set
 * aside the ids whose slot is shared (a few percent of a million); only those
 * are compared as strings.
 */
export function findRepeatedIds(
  size: number,
  hashes: Uint32Array,
  idOf: (i: number) => string,
): RepeatedId[] {
  const n = size;
  const seen = new Uint32Array(1 << (SLOT_BITS - 5));
  const shared = new Uint32Array(1 << (SLOT_BITS - 5));
  for (let i = 0; i < n; i++) {
    const slot = hashes[i] >>> (32 - SLOT_BITS);
    const word = slot >>> 5;
    const bit = 1 << (slot & 31);
    if ((seen[word] & bit) !== 0) shared[word] |= bit;
    else seen[word] |= bit;
  }
  const firstIndex = new Map<string, number>();
  const repeats: RepeatedId[] = [];
  for (let i = 0; i < n; i++) {
    const slot = hashes[i] >>> (32 - SLOT_BITS);
    if ((shared[slot >>> 5] & (1 << (slot & 31))) === 0) continue;
    const id = idOf(i);
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else repeats.push({ later: i, first });
  }
  return repeats;
}
