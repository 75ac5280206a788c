/**
 * A generous estimate of a label's width, px: 0.66 em per glyph, 0.36 em per space
 * or separator (digits are 0.55–0.64 em in common UI fonts; DejaVu Sans is the widest).
 *
 * @example labelWidth("p50 2d", 11) // 5 glyphs and a space: 40.26
 */
export function labelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\s.,'’:·]/.test(ch) ? 0.36 : 0.66;
  return em * fontSize;
}
