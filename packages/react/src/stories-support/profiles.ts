/**
 * Stories only: three look-alike ticket logs, generated (no real data): an IT
 * service desk with reopenings, a city 311 line with a storm burst, and an
 * open-source issue tracker with a long open tail.
 */
import type { DeskProfile } from "./simulate.js";

export type DeskScenario = "healthy" | "rising" | "draining";

const OFFICE_WEEK = [1.15, 1.1, 1.05, 1, 0.9, 0.25, 0.2];
const STAFFED_WEEK = [1.1, 1.1, 1.1, 1.1, 1, 0.3, 0.2];

/** Long, realistic category names (a designer's worst case for legends and tables). */
export const LONG_CATEGORIES = [
  "Hardware › Laptops › Docking stations and external displays (warranty replacements)",
  "Identity and access management › Multi-factor authentication enrolment and recovery",
  "Enterprise resource planning › Purchase-order approval workflow stuck in pending state",
  "Network › Remote access VPN › Intermittent disconnections from home broadband",
];

/**
 * An IT service desk (incidents and requests, priorities 1–4, reopenings).
 * `healthy`: capacity matches inflow; `rising`: inflow climbs above capacity over
 * the last third; `draining`: a short-staffed first half piles up a backlog,
 * then the full team drains it while inflow falls away, below the band.
 */
export function serviceDesk(
  scenario: DeskScenario,
  options: { seed?: number; days?: number; longNames?: boolean } = {},
): DeskProfile {
  const days = options.days ?? 112;
  const ramp = (d: number) => Math.max(0, (d - (days * 2) / 3) / (days / 3)); // 0 → 1 over the last third
  const base = 40;
  return {
    seed: options.seed ?? 7,
    start: "2024-01-01",
    days,
    idPrefix: "INC",
    arrivals: (d) =>
      scenario === "rising"
        ? base * (1 + 0.7 * ramp(d))
        : scenario === "draining"
          ? base * (1 - 0.92 * ramp(d))
          : base,
    // Draining: short-staffed at first (the backlog climbs), then back at full
    // strength while inflow falls away.
    capacity: (d) => (scenario === "draining" && d < days / 2 ? base * 0.9 : base * 1.25),
    arrivalWeekday: OFFICE_WEEK,
    workWeekday: STAFFED_WEEK,
    handling: { medianHours: 14, sigma: 0.9 },
    reopenShare: 0.06,
    attributes: {
      category: {
        values: options.longNames
          ? LONG_CATEGORIES
          : [
              "Password reset",
              "Hardware",
              "Network",
              "Email",
              "Software install",
              "Access request",
            ],
        weights: options.longNames ? [3, 3, 2, 2] : [24, 18, 14, 14, 16, 14],
      },
      channel: {
        values: ["Phone", "Email", "Self-service portal", "Walk-in"],
        weights: [35, 30, 30, 5],
      },
      priority: {
        values: ["1 - Critical", "2 - High", "3 - Moderate", "4 - Low"],
        weights: [2, 10, 78, 10],
      },
      team: {
        values: ["Service Desk", "Desktop Support", "Network Ops", "Identity"],
        weights: [50, 25, 12, 13],
      },
      inflowKind: {
        values: ["new", "recurring", "follow-up", "misrouted", "noise", "automated"],
        weights: [76, 8, 7, 4, 2, 3],
      },
    },
    agents: 14,
  };
}

/** A city 311 line: steady requests, then a storm triples them for three days. */
export function cityBurst(options: { seed?: number } = {}): DeskProfile {
  return {
    seed: options.seed ?? 311,
    start: "2024-11-04",
    days: 56,
    idPrefix: "SR-",
    arrivals: (d) => (d >= 28 && d < 31 ? 420 : 140),
    capacity: () => 200,
    arrivalWeekday: [1.1, 1.05, 1, 1, 1, 0.85, 0.8],
    workWeekday: [1.15, 1.15, 1.15, 1.15, 1.1, 0.5, 0.3],
    handling: { medianHours: 10, sigma: 0.8 },
    reopenShare: 0.01,
    attributes: {
      category: {
        values: [
          "Bulky item pickup",
          "Illegal dumping",
          "Graffiti removal",
          "Streetlight out",
          "Storm debris",
        ],
        weights: [40, 20, 15, 10, 15],
      },
      channel: { values: ["Call", "Mobile app", "Web", "Email"], weights: [45, 30, 20, 5] },
      priority: { values: ["Normal"] },
      team: { values: ["Sanitation", "Street Services", "Lighting"], weights: [60, 30, 10] },
      inflowKind: { values: ["new", "recurring", "noise"], weights: [85, 12, 3] },
    },
    agents: 40,
  };
}

/** An open-source tracker: issues and pull requests, many closed fast, a long open tail. */
export function issueTracker(options: { seed?: number } = {}): DeskProfile {
  return {
    seed: options.seed ?? 42,
    start: "2022-01-03",
    days: 728,
    idPrefix: "#",
    arrivals: (d) => 3 + d / 200,
    capacity: () => 30,
    arrivalWeekday: [1.1, 1.1, 1.1, 1.05, 1, 0.8, 0.75],
    workWeekday: [1, 1, 1, 1, 1, 0.6, 0.5],
    handling: { medianHours: 60, sigma: 2.1 },
    reopenShare: 0.03,
    neverSolvedShare: 0.12,
    attributes: {
      category: {
        values: ["bug", "enhancement", "documentation", "question", "dataset request"],
        weights: [35, 25, 10, 15, 15],
      },
      channel: { values: ["issue", "pull_request"], weights: [55, 45] },
      priority: { values: [""] },
      team: { values: ["maintainers", "community"], weights: [40, 60] },
      inflowKind: { values: ["new", "follow-up", "noise"], weights: [88, 7, 5] },
    },
    agents: 9,
  };
}
