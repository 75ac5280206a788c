/** Small formatters for the plain-language reasons the levers give. */

/** A share as a whole percentage: 0.234 → "23%". */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** A duration in hours as a person says it: "45 min", "3.5 h", "2.1 days". */
export function duration(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${round1(hours)} h`;
  return `${round1(hours / 24)} days`;
}

const round1 = (x: number) => (Math.round(x * 10) / 10).toString();

/** A count with its noun, singular or plural: 1 ticket, 3 tickets. */
export const count = (n: number, noun: string): string =>
  `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} ${noun}${n === 1 ? "" : "s"}`;
