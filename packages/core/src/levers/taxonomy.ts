import { checkText } from "../input-checks.js";

/**
 * Category names that hold whatever did not fit elsewhere, compared after
 * lower-casing and trimming. An empty category is a catch-all too.
 */
export const CATCH_ALL_CATEGORIES: readonly string[] = [
  "other",
  "others",
  "general",
  "misc",
  "misc.",
  "miscellaneous",
  "n/a",
  "na",
  "none",
  "unknown",
  "unspecified",
  "unclassified",
  "uncategorized",
  "uncategorised",
  "not set",
  "default",
  "various",
  "-",
  "?",
];

/**
 * Whether a category name is a catch-all (`Other`, `General`, `Misc`, `N/A`,
 * empty…; see {@link CATCH_ALL_CATEGORIES}).
 *
 * @example isCatchAllCategory(" Other ") // true
 */
export function isCatchAllCategory(name: string): boolean {
  checkText(name, "isCatchAllCategory", "a category name");
  const n = name.trim().toLowerCase();
  return n === "" || CATCH_ALL_CATEGORIES.includes(n);
}

/** How usable the category list is over a window. Shares are 0–1. */
export interface TaxonomyHealth {
  /** Inflow in the window in catch-all categories (empty included). */
  catchAllCount: number;
  /** Its share of the window's inflow; null without inflow. */
  catchAllShare: number | null;
  /** The catch-all categories seen in the window, most inflow first (`""` = empty). */
  catchAllCategories: string[];
  /** Distinct categories with inflow in the window (empty counts as one). */
  categories: number;
  /**
   * Share of those that also had inflow in the previous window; null for none,
   * and these four are null when the data does not cover the previous window.
   */
  retainedShare: number | null;
  /** Share of the window's inflow in categories that existed in the previous window; null without inflow. */
  retainedInflowShare: number | null;
  /** Categories with inflow in the window but none in the previous one, and the reverse. */
  newCategories: number | null;
  droppedCategories: number | null;
}

/**
 * Taxonomy health from per-category counts of the window and the previous
 * window (null when the data does not cover it).
 */
export function taxonomyHealth(
  names: readonly string[],
  current: readonly number[],
  previousCounts: readonly number[] | null,
): TaxonomyHealth {
  const previous = previousCounts ?? names.map(() => 0);
  let total = 0;
  let catchAllCount = 0;
  let categories = 0;
  let retained = 0;
  let retainedInflow = 0;
  let dropped = 0;
  const catchAll: { name: string; count: number }[] = [];
  names.forEach((name, i) => {
    const c = current[i] as number;
    const p = previous[i] as number;
    total += c;
    if (c > 0) {
      categories++;
      if (p > 0) {
        retained++;
        retainedInflow += c;
      }
      if (isCatchAllCategory(name)) {
        catchAllCount += c;
        catchAll.push({ name, count: c });
      }
    } else if (p > 0) dropped++;
  });
  catchAll.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    catchAllCount,
    catchAllShare: total > 0 ? catchAllCount / total : null,
    catchAllCategories: catchAll.map((c) => c.name),
    categories,
    retainedShare: previousCounts !== null && categories > 0 ? retained / categories : null,
    retainedInflowShare: previousCounts !== null && total > 0 ? retainedInflow / total : null,
    newCategories: previousCounts !== null ? categories - retained : null,
    droppedCategories: previousCounts !== null ? dropped : null,
  };
}
