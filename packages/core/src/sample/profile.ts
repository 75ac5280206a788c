/**
 * What the sample helpdesk looks like: categories, channels, priorities, teams,
 * agents and inflow kinds with their shares, arrival hours, and lead times.
 */

export const CATEGORIES = [
  "How-to question",
  "Login & access",
  "Billing",
  "Shipping delay",
  "Bug report",
  "Refund request",
  "Other",
] as const;
export const CATEGORY_WEIGHTS = [22, 18, 16, 14, 12, 10, 8];

/** The team that owns each category (same order as {@link CATEGORIES}). */
export const CATEGORY_TEAM = [0, 1, 2, 3, 4, 2, 0];
export const TEAMS = ["Tier 1", "Accounts", "Billing", "Logistics", "Tier 2"] as const;

/** Agents of each team (same order as {@link TEAMS}). */
export const TEAM_AGENTS: readonly (readonly string[])[] = [
  ["Amara Okafor", "Ben Carter", "Chloé Martin", "Diego Ramos", "Emma Schulz", "Farah Haddad"],
  ["Grace Liu", "Hugo Petit", "Ines Costa"],
  ["Jonas Berg", "Keiko Sato", "Liam Byrne", "Maya Cohen"],
  ["Nadia Rossi", "Omar Aziz", "Paula Nowak"],
  ["Quentin Roux", "Rosa Alvarez", "Sven Larsen"],
];

export const CHANNELS = ["Email", "Chat", "Web form", "Phone"] as const;
export const CHANNEL_WEIGHTS = [40, 28, 20, 12];

export const PRIORITIES = ["Low", "Normal", "High", "Urgent"] as const;
export const PRIORITY_WEIGHTS = [25, 55, 16, 4];
/**
 * Median lead time of each priority, hours. With these the healthy sample's
 * weekly backlog sits near 1 day of capacity, mid-band (0.5–2 days).
 */
export const PRIORITY_MEDIAN_HOURS = [40, 20, 8, 3];

/** Shares of the inflow kinds, in the order of the core's INFLOW_KINDS. */
export const INFLOW_KIND_WEIGHTS = [78, 7, 6, 3, 3, 3];
/** Lead-time factor of each inflow kind (noise and automated are quick). */
export const INFLOW_KIND_LEAD_FACTOR = [1, 1, 0.8, 1.6, 0.03, 0.002];
export const AUTOMATED_KIND = 5;

/** Spread of log-normal lead times (σ of the log). */
export const LEAD_SIGMA = 1.05;

/** Tickets left open at the end are mostly recent: their chance decays with age over this many days. */
export const OPEN_AGE_DAYS = 21;

/** Relative arrivals by ISO weekday, Monday first. */
export const WEEKDAY_WEIGHTS = [1.18, 1.1, 1.05, 1.0, 0.9, 0.32, 0.26];

/** Relative arrivals by local hour: quiet nights, a morning peak, a dip at lunch. */
export const HOUR_WEIGHTS = [
  0.8, 0.5, 0.35, 0.3, 0.3, 0.5, 1.2, 3, 6, 9, 10, 9.5, 7, 8.5, 9, 8.5, 7, 5, 3.5, 2.8, 2.4, 2, 1.6,
  1.1,
];
