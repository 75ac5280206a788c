const counts = new Int32Array(1024);

/**
 * Sorts `keys` (each below 2^30) ascending in place: insertion sort for short
 * runs, else three 10-bit LSD radix passes through `scratch` (at least as long).
 */
export function sortKeys(keys: Uint32Array, scratch: Uint32Array): void {
  const n = keys.length;
  if (n < 48) {
    for (let i = 1; i < n; i++) {
      const k = keys[i];
      let j = i - 1;
      while (j >= 0 && keys[j] > k) {
        keys[j + 1] = keys[j];
        j--;
      }
      keys[j + 1] = k;
    }
    return;
  }
  let from = keys;
  let to = scratch.subarray(0, n);
  for (let shift = 0; shift < 30; shift += 10) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(from[i] >>> shift) & 1023]++;
    let sum = 0;
    for (let b = 0; b < 1024; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = from[i];
      to[counts[(k >>> shift) & 1023]++] = k;
    }
    const t = from;
    from = to;
    to = t;
  }
  // Three passes leave the result in the scratch buffer.
  keys.set(from);
}
