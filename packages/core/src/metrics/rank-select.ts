/**
 * The values at ascending `ranks` (0 = smallest) of `values`, by quickselect on
 * a copy (`values` is not reordered). Each selection leaves the larger values
 * to its right, so the next rank is searched for only there.
 */
export function valuesAtRanks(values: Float64Array, ranks: readonly number[]): Float64Array {
  const copy = values.slice();
  const out = new Float64Array(ranks.length);
  let from = 0;
  for (let i = 0; i < ranks.length; i++) {
    selectKth(copy, ranks[i], from, copy.length - 1);
    out[i] = copy[ranks[i]];
    from = ranks[i];
  }
  return out;
}

/** Moves the k-th smallest of `a[lo..hi]` to index k (quickselect, Hoare partition). */
export function selectKth(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
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
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
