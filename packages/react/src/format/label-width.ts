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

/**
 * The font size, px, at which `text` fits `room` px by {@link labelWidth}: `fontSize`
 * when it fits, else smaller, never under `min`. Shrinking (not `textLength`) never
 * stretches a short label.
 *
 * @example fitFontSize("1,150,000", 44, 204) // 204 / 5.34 em: 38.2
 */
export function fitFontSize(text: string, fontSize: number, room: number, min = 8): number {
  const em = labelWidth(text, 1);
  if (em * fontSize <= room || em === 0) return fontSize;
  return Math.max(min, Math.floor((room / em) * 10) / 10);
}
