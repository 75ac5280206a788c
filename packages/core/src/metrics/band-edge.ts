/**
 * A band edge in tickets: `days` days of `capacity`. The product keeps 15
 * significant digits, so an edge that is whole on paper is whole here: 1.1 × 50
 * is 55.00000000000001 in binary floating point, which would put a backlog of
 * 55 below a band written 56–100.
 */
export function bandEdge(days: number, capacity: number): number {
  const edge = days * capacity;
  return edge === 0 || !Number.isFinite(edge) ? edge : Number(edge.toPrecision(15));
}
