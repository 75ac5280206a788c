import type { CSSProperties, ReactNode } from "react";

/** A bidi isolate inside SVG text: what it holds is ordered on its own. */
export const isolate: CSSProperties = { unicodeBidi: "isolate" };

/**
 * SVG text with the given figures (as Intl wrote them) each in a `<tspan>` that
 * is a bidi isolate. Under `dir="rtl"` a figure set next to English words in one
 * run is otherwise reordered with them (a sign or a date's parts on the wrong
 * side); isolated, it reads as Intl wrote it for the locale. Figures are found in
 * order; one that is not in the text is skipped.
 *
 * @example <text><BidiText figures={[fmt.signed(-3)]}>{`Falling ${fmt.signed(-3)} this week`}</BidiText></text>
 */
export function BidiText({
  children,
  figures,
}: {
  children: string;
  figures: readonly string[];
}): ReactNode {
  const out: ReactNode[] = [];
  let at = 0;
  for (const figure of figures) {
    if (figure === "") continue;
    const start = children.indexOf(figure, at);
    if (start < 0) continue;
    if (start > at) out.push(children.slice(at, start));
    out.push(
      <tspan key={start} style={isolate}>
        {figure}
      </tspan>,
    );
    at = start + figure.length;
  }
  if (out.length === 0) return children;
  if (at < children.length) out.push(children.slice(at));
  return out;
}
