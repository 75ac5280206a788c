import type { DailySeries, ForecastDay, ForecastResult } from "@tidemark/core";
import { createFormatter, type Formatter, type LocaleOptions } from "../../format/format.js";
import type { Margin, PointNavigation, TableModel, Tick } from "../../parts/types.js";
import { slotScale } from "../../scale/band.js";
import { linearScale, niceMax, px } from "../../scale/linear.js";
import { areaPath, linePath } from "../../scale/path.js";
import { tickBuckets } from "../../scale/tick-buckets.js";
import { countLabels, countTicks, dateTickRoom, marginFor, maxOf, plotArea } from "../common.js";
import { addDays, backInBandWords } from "./words.js";

/** Options of {@link forecastFanModel}. */
export interface ForecastFanOptions extends LocaleOptions {
  width: number;
  height: number;
  /** Days of history drawn before the forecast. Default 56. */
  historyDays?: number;
  margin?: Partial<Margin>;
}

/** One drawn day: history (a level) or forecast (a fan). */
interface DrawnDay {
  date: string;
  backlog: number | null;
  fan: ForecastDay | null;
}

/** The geometry and text of a forecast fan, or the refusal in words. */
export interface ForecastFanModel {
  width: number;
  height: number;
  /** `ok`: a fan is drawn; otherwise the forecast was refused and only `explanation` is shown. */
  status: ForecastResult["status"];
  /** Why the forecast was refused, in words; null when there is a fan. */
  explanation: string | null;
  /** The level over the history days. */
  historyPath: string;
  /** The p10–p90 range as an area, and the p50 line (from the last history point on). */
  fanPath: string;
  medianPath: string;
  /** The healthy band over the forecast days (held at today's capacity). */
  bandPath: string;
  /** x of the first forecast day's left edge: the "today" rule. */
  todayX: number | null;
  /** When the backlog gets back into the band, in words. */
  backInBand: string;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  summary: string;
  table: TableModel;
  nav: PointNavigation;
}

const MARGIN: Margin = { top: 12, right: 16, bottom: 28, left: 52 };

function drawnDays(forecast: ForecastResult, history: DailySeries | undefined, keep: number) {
  const out: DrawnDay[] = [];
  if (history && history.firstDate !== "") {
    const first = forecast.firstDate;
    const n = history.backlog.length;
    for (let i = Math.max(0, n - Math.max(0, keep)); i < n; i++) {
      const date = addDays(history.firstDate, i);
      if (first !== "" && date >= first) break;
      const v = history.backlog[i];
      out.push({
        date,
        backlog: typeof v === "number" && Number.isFinite(v) ? v : null,
        fan: null,
      });
    }
  }
  if (forecast.status === "ok") {
    for (const d of forecast.days) out.push({ date: d.date, backlog: null, fan: d });
  }
  return out;
}

/**
 * The forecast of the backlog as a fan: the recent level, then per future day
 * the p10–p90 range of the simulated backlog, its median, and the healthy band.
 * A refused forecast (`status` not `"ok"`) gives no geometry, only its
 * explanation: never a confident-looking fan.
 *
 * @example forecastFanModel(forecastBacklog(log), { width: 640, height: 260 }).backInBand
 */
export function forecastFanModel(
  forecast: ForecastResult,
  options: ForecastFanOptions & { history?: DailySeries },
): ForecastFanModel {
  const fmt = createFormatter({
    locale: options.locale,
    timeZone: options.timeZone ?? options.history?.timeZone,
  });
  const withheld = plotArea(options.width, options.height, { ...MARGIN, ...options.margin });
  if (forecast.status !== "ok") {
    const box = withheld;
    const plot = { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    return {
      width: box.width,
      height: box.height,
      status: forecast.status,
      explanation: forecast.explanation,
      historyPath: "",
      fanPath: "",
      medianPath: "",
      bandPath: "",
      todayX: null,
      backInBand: "",
      plot,
      xTicks: [],
      yTicks: [],
      summary: `Backlog forecast withheld: ${forecast.explanation}`,
      table: {
        caption: "Backlog forecast (withheld)",
        columns: ["Reason"],
        rows: () => [[forecast.explanation]],
      },
      nav: {
        count: 0,
        pointAt: () => ({ x: 0, y: 0 }),
        indexAt: () => -1,
        tooltipAt: () => ({ title: "", lines: [] }),
      },
    };
  }
  const days = drawnDays(forecast, options.history, options.historyDays ?? 56);
  const n = days.length;
  const firstFan = days.findIndex((d) => d.fan !== null);
  const top = niceMax(
    Math.max(
      maxOf(days, (d) => d.backlog),
      maxOf(days, (d) => d.fan?.p90),
      forecast.band.high,
      forecast.startBacklog,
    ) * 1.05,
    4,
  );
  const box = plotArea(
    options.width,
    options.height,
    marginFor(MARGIN, options.margin, countLabels(top, fmt.count, 4)),
  );
  const plot = { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
  const slots = slotScale(n, box.left, box.right);
  const y = linearScale([0, top], [box.bottom, box.top]);
  const x = (i: number) => px(slots.center(i));
  const idx = days.map((_, i) => i);
  const hasLevel = (i: number) => days[i]?.backlog !== null && days[i]?.backlog !== undefined;
  const historyPath = linePath(idx, x, (i) => y(days[i]?.backlog ?? 0), hasLevel);
  // The fan starts at today's level, so the history line flows into it.
  const fanIdx = firstFan > 0 ? idx.slice(firstFan - 1) : idx.slice(Math.max(0, firstFan));
  const from = (i: number, f: (d: ForecastDay) => number) => {
    const d = days[i];
    return y(d?.fan ? f(d.fan) : (d?.backlog ?? forecast.startBacklog));
  };
  const fanPath = areaPath(
    fanIdx,
    x,
    (i) => from(i, (d) => d.p10),
    (i) => from(i, (d) => d.p90),
  );
  const medianPath = linePath(fanIdx, x, (i) => from(i, (d) => d.p50));
  const todayX = firstFan >= 0 ? px(slots.start(firstFan)) : null;
  const bandPath =
    firstFan >= 0
      ? `M${todayX},${px(y(forecast.band.high))}H${px(box.right)}V${px(y(forecast.band.low))}H${todayX}Z`
      : "";
  const dates = days.map((d) => d.date);
  const xTicks = tickBuckets(dates, "day", dateTickRoom(box.right - box.left)).map((i) => ({
    pos: x(i),
    label: fmt.dayShort(days[i]?.date ?? ""),
  }));
  const last = forecast.days[forecast.days.length - 1];
  const backInBand = backInBandWords(forecast.backInBand, fmt, forecast.days.length);
  const band = `${fmt.count(forecast.band.low)}–${fmt.count(forecast.band.high)}`;
  const summary =
    `Backlog forecast for ${fmt.count(forecast.days.length)} days from ${fmt.day(forecast.firstDate)}: ` +
    `${fmt.count(forecast.startBacklog)} open now` +
    (last
      ? `; on ${fmt.day(last.date)} most likely ${fmt.count(last.p50)}, ` +
        `8 in 10 chance between ${fmt.count(last.p10)} and ${fmt.count(last.p90)}, ` +
        `${fmt.percent(last.pOutside)} chance outside the healthy band (${band})`
      : "") +
    `. ${backInBand}`;
  const table: TableModel = {
    caption: `Backlog forecast by day (healthy band ${band})`,
    columns: [
      "Day",
      "Low (p10)",
      "Likely (p50)",
      "High (p90)",
      "Chance below band",
      "Chance above band",
      "Chance outside band",
    ],
    rows: () =>
      forecast.days.map((d) => [
        fmt.day(d.date),
        fmt.count(d.p10),
        fmt.count(d.p50),
        fmt.count(d.p90),
        fmt.percent(d.pBelow),
        fmt.percent(d.pAbove),
        fmt.percent(d.pOutside),
      ]),
  };
  const nav: PointNavigation = {
    count: n,
    initial: firstFan >= 0 ? firstFan : n - 1,
    pointAt: (i) => {
      const d = days[i];
      return { x: x(i), y: px(y(d?.fan ? d.fan.p50 : (d?.backlog ?? 0))) };
    },
    indexAt: (px_) => slots.indexAt(px_),
    tooltipAt: (i) => tooltipOf(days[i], fmt, band),
  };
  return {
    width: box.width,
    height: box.height,
    status: "ok",
    explanation: null,
    historyPath,
    fanPath,
    medianPath,
    bandPath,
    todayX,
    backInBand,
    plot,
    xTicks,
    yTicks: countTicks(y, fmt.count, 4),
    summary,
    table,
    nav,
  };
}

function tooltipOf(d: DrawnDay | undefined, fmt: Formatter, band: string) {
  if (!d) return { title: "", lines: [] };
  if (!d.fan) {
    return {
      title: fmt.day(d.date),
      lines: [{ label: "Backlog", value: fmt.count(d.backlog), token: "backlog" as const }],
    };
  }
  const f = d.fan;
  return {
    title: `${fmt.day(d.date)} (forecast)`,
    lines: [
      { label: "Likely backlog", value: fmt.count(f.p50), token: "backlog" as const },
      { label: "8 in 10 between", value: `${fmt.count(f.p10)}–${fmt.count(f.p90)}` },
      {
        label: `Chance outside band (${band})`,
        value: fmt.percent(f.pOutside),
        token: "band" as const,
      },
      { label: "Chance above band", value: fmt.percent(f.pAbove) },
      { label: "Chance below band", value: fmt.percent(f.pBelow) },
    ],
  };
}
