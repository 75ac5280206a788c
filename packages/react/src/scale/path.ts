/**
 * SVG path builders for lines and areas, with gaps where `defined` is false.
 * The same output as d3-shape's `line()` and `area()` with the linear curve,
 * without d3-shape's 6 kB (gzip) of curves and symbols in every bundle.
 */
type Accessor<T> = (d: T, i: number) => number;

/**
 * `v` rounded to 0.1 as text: the same characters as `String(Math.round(v * 10) / 10)`,
 * built from integers (printing a fraction is the costly part of a long path).
 *
 * @example coord(12.345) // "12.3"
 */
export function coord(v: number): string {
  const r = Math.round(v * 10);
  if (!(r > -2_000_000_000 && r < 2_000_000_000)) return `${r / 10}`;
  const q = (r / 10) | 0;
  const d = r - q * 10;
  if (d === 0) return `${q}`;
  if (r > 0) return `${q}.${d}`;
  return q === 0 ? `-0.${-d}` : `${q}.${-d}`;
}

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
    d += `${run > 0 ? "L" : "M"}${coord(px)},${coord(py)}`;
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
      top += `${k === 0 ? "M" : "L"}${coord(x(item, i))},${coord(y1(item, i))}`;
    }
    for (let k = run.length - 1; k >= 0; k--) {
      const i = run[k] as number;
      const item = data[i] as T;
      bottom += `L${coord(x(item, i))},${coord(y0(item, i))}`;
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

/**
 * A polyline through points `idx` (indices into the pixel arrays, e.g. from
 * `visibleOf`); `NaN` in `ys` is a gap. Same output as {@link linePath}.
 */
export function linePathAt(
  idx: readonly number[],
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
): string {
  let d = "";
  let run = 0;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k] as number;
    const px = xs[i] as number;
    const py = ys[i] as number;
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      if (run === 1) d += "h0";
      run = 0;
      continue;
    }
    d += `${run > 0 ? "L" : "M"}${coord(px)},${coord(py)}`;
    run++;
  }
  if (run === 1) d += "h0";
  return d;
}

/**
 * The area between `y0s` (or a constant baseline) and `y1s` over points `idx`;
 * `NaN` in either is a gap. Same output as {@link areaPath}, except that with
 * `loneHalfWidth` a run of one point becomes a rectangle that wide each side
 * (an area over one point has no width to show).
 */
export function areaPathAt(
  idx: readonly number[],
  xs: ArrayLike<number>,
  y0s: ArrayLike<number> | number,
  y1s: ArrayLike<number>,
  loneHalfWidth = 0,
): string {
  const base = typeof y0s === "number" ? coord(y0s) : "";
  const y0 = (i: number) => (typeof y0s === "number" ? y0s : (y0s[i] as number));
  let d = "";
  let from = 0;
  let count = 0;
  const flush = (end: number) => {
    if (count === 0) return;
    if (count === 1 && loneHalfWidth > 0) {
      const i = idx[from] as number;
      const x = xs[i] as number;
      d += `M${coord(x - loneHalfWidth)},${coord(y1s[i] as number)}H${coord(x + loneHalfWidth)}V${base || coord(y0(i))}H${coord(x - loneHalfWidth)}Z`;
      count = 0;
      return;
    }
    let top = "";
    let bottom = "";
    for (let k = from; k < end; k++) {
      const i = idx[k] as number;
      top += `${k === from ? "M" : "L"}${coord(xs[i] as number)},${coord(y1s[i] as number)}`;
    }
    for (let k = end - 1; k >= from; k--) {
      const i = idx[k] as number;
      bottom += `L${coord(xs[i] as number)},${base || coord(y0(i))}`;
    }
    d += `${top}${bottom}Z`;
    count = 0;
  };
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k] as number;
    const ok =
      Number.isFinite(xs[i] as number) &&
      Number.isFinite(y0(i)) &&
      Number.isFinite(y1s[i] as number);
    if (ok) {
      if (count === 0) from = k;
      count++;
    } else flush(k);
  }
  flush(idx.length);
  return d;
}

/**
 * The points of a series with no defined neighbour (a single bucket, or one
 * between gaps): a line draws nothing visible there, so charts mark them with a dot.
 */
export function lonePoints(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  const ok = (i: number) => i >= 0 && i < ys.length && Number.isFinite(ys[i] as number);
  for (let i = 0; i < ys.length; i++)
    if (ok(i) && !ok(i - 1) && !ok(i + 1))
      out.push({ x: Number(coord(xs[i] as number)), y: Number(coord(ys[i] as number)) });
  return out;
}

/**
 * Circles of radius `r` at `points`, as one path (two arcs each).
 *
 * @example dotPath([{ x: 10, y: 5 }], 4) // "M6,5a4,4 0 1,0 8,0a4,4 0 1,0 -8,0Z"
 */
export function dotPath(points: readonly { x: number; y: number }[], r: number): string {
  const d = coord(2 * r);
  const arc = `a${coord(r)},${coord(r)} 0 1,0 `;
  let out = "";
  for (const p of points) out += `M${coord(p.x - r)},${coord(p.y)}${arc}${d},0${arc}-${d},0Z`;
  return out;
}
