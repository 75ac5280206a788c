/**
 * SVG path builders for lines and areas, with gaps where `defined` is false.
 * The same output as d3-shape's `line()` and `area()` with the linear curve,
 * without d3-shape's 6 kB (gzip) of curves and symbols in every bundle.
 */
type Accessor<T> = (d: T, i: number) => number;

const round = (v: number): number => Math.round(v * 10) / 10;

/**
 * A polyline through the defined points; a gap starts a new subpath, and a
 * point alone between gaps is drawn as a dot (with round line caps).
 *
 * @example linePath([1, 2], (_, i) => i * 10, (d) => d) // "M0,1L10,2"
 */
export function linePath<T>(
  data: readonly T[],
  x: Accessor<T>,
  y: Accessor<T>,
  defined: (d: T, i: number) => boolean = () => true,
): string {
  let d = "";
  let run = 0;
  // A point with no neighbour gets a zero-length segment, which round caps draw as a dot.
  const close = () => {
    if (run === 1) d += "h0";
    run = 0;
  };
  for (let i = 0; i < data.length; i++) {
    const item = data[i] as T;
    const ok = defined(item, i);
    const px = ok ? x(item, i) : Number.NaN;
    const py = ok ? y(item, i) : Number.NaN;
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      close();
      continue;
    }
    d += `${run > 0 ? "L" : "M"}${round(px)},${round(py)}`;
    run++;
  }
  close();
  return d;
}

/**
 * The area between `y0` and `y1` over the defined points; each run of defined
 * points is one closed subpath.
 *
 * @example areaPath([1, 2], (_, i) => i * 10, () => 0, (d) => d) // "M0,1L10,2L10,0L0,0Z"
 */
export function areaPath<T>(
  data: readonly T[],
  x: Accessor<T>,
  y0: Accessor<T>,
  y1: Accessor<T>,
  defined: (d: T, i: number) => boolean = () => true,
): string {
  let d = "";
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    let top = "";
    let bottom = "";
    for (let k = 0; k < run.length; k++) {
      const i = run[k] as number;
      const item = data[i] as T;
      top += `${k === 0 ? "M" : "L"}${round(x(item, i))},${round(y1(item, i))}`;
    }
    for (let k = run.length - 1; k >= 0; k--) {
      const i = run[k] as number;
      const item = data[i] as T;
      bottom += `L${round(x(item, i))},${round(y0(item, i))}`;
    }
    d += `${top}${bottom}Z`;
    run = [];
  };
  for (let i = 0; i < data.length; i++) {
    const item = data[i] as T;
    const ok =
      defined(item, i) &&
      Number.isFinite(x(item, i)) &&
      Number.isFinite(y0(item, i)) &&
      Number.isFinite(y1(item, i));
    if (ok) run.push(i);
    else flush();
  }
  flush();
  return d;
}
