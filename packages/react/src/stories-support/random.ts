/**
 * Stories only (not part of @tidemark/react's API): a seeded random source
 * (mulberry32), so every story draws the same data on every run.
 */
export interface StoryRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
  /** A log-normal draw with the given median and spread (σ of the log). */
  logNormal(median: number, sigma: number): number;
  /** Poisson-like count around `mean` (normal approximation, never negative). */
  count(mean: number): number;
  /** One of `items`, chosen by `weights`. */
  pick<T>(items: readonly T[], weights?: readonly number[]): T;
}

export function storyRandom(seed: number): StoryRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number =>
    Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    int: (n) => Math.floor(next() * n),
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    count: (mean) => Math.max(0, Math.round(mean + Math.sqrt(Math.max(mean, 0)) * normal())),
    pick<T>(items: readonly T[], weights?: readonly number[]): T {
      if (!weights) return items[Math.floor(next() * items.length)] as T;
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return items[i] as T;
      }
      return items[items.length - 1] as T;
    },
  };
}
