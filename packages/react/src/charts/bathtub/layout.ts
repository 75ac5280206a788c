/**
 * Below this container width, px, the hero bathtub lays itself out compact: its
 * 640-unit drawing would shrink its 12-unit labels under 9 px (11-unit ones under
 * 8.25), and the side panel's figures would crowd the right edge.
 */
export const HERO_MIN_WIDTH = 480;

/**
 * The drawing a bathtub takes in a container `width` px wide: `"compact"` stays
 * compact; `"hero"` (the default) is compact under {@link HERO_MIN_WIDTH}.
 *
 * @example bathtubLayout("hero", 390) // "compact"
 */
export function bathtubLayout(
  variant: "hero" | "compact" | undefined,
  width: number,
): "hero" | "compact" {
  return variant === "compact" || width < HERO_MIN_WIDTH ? "compact" : "hero";
}
