import { type ColumnMapping, metricsCsv } from "@tidemark/core";
import { useCallback, useMemo, useState } from "react";
import type { TicketSource } from "./data/protocol";
import { sampleSource, useTickets } from "./data/useTickets";
import { download } from "./export/download";
import { fileCounts, formatBytes, formatCount, formatDay, rangeWords } from "./format";
import { Levers } from "./levers/Levers";
import { viewRange } from "./state/range";
import { useDataDays } from "./state/useDataDays";
import { useUrlSettings } from "./state/useUrlSettings";
import { Charts } from "./ui/Charts";
import { ColumnMapper } from "./ui/ColumnMapper";
import { FileDrop } from "./ui/FileDrop";
import { IssueList } from "./ui/IssueList";
import { mapperAdvice } from "./ui/mapper-advice";
import { ProgressBar } from "./ui/ProgressBar";
import { SettingsPanel } from "./ui/SettingsPanel";
import { HealthTiles, Tiles } from "./ui/Tiles";

const NO_OPTIONS = { category: [], channel: [], team: [] };

const ACCEPT = ".csv,.tsv,.txt,.json,text/csv,application/json";

function initialSource(timeZone: string): TicketSource {
  const src = new URLSearchParams(window.location.search).get("src");
  // Resolved here: the worker would read a relative URL against its own script's.
  return src
    ? { kind: "url", url: new URL(src, window.location.href).href }
    : sampleSource(timeZone);
}

export function App() {
  const [settings, updateSettings] = useUrlSettings();
  const [source, setSource] = useState<TicketSource>(() => initialSource(settings.timeZone));
  const [columns, setColumns] = useState<ColumnMapping | undefined>(undefined);
  const [mapping, setMapping] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const { state, data, view, updating } = useTickets(source, columns, settings);

  const open = useCallback(
    (file: File) => {
      setColumns(undefined);
      setMapping(false);
      setSource({ kind: "file", file });
      // Filters name values of the old file; a new file starts unfiltered.
      updateSettings({ filters: { category: [], channel: [], team: [] }, from: null, to: null });
      const url = new URL(window.location.href);
      if (url.searchParams.has("src")) {
        url.searchParams.delete("src");
        window.history.replaceState(null, "", url);
      }
    },
    [updateSettings],
  );

  const dataDays = useDataDays(data, settings.timeZone);
  const range = viewRange(settings, dataDays);
  // A view of the data on screen (the worker may still be on an older one).
  const model = view.model && data && view.model.dataId === data.id ? view.model : null;
  const error = view.error;
  const failed = state.status === "failed" ? state : null;
  const showMapper =
    mapping ||
    ((failed?.code === "missing-column" || failed?.code === "ambiguous-column") &&
      failed.header.length > 0);
  const mapperHeader = failed && failed.header.length > 0 ? failed.header : (data?.header ?? []);
  const mapperPreview = failed && failed.header.length > 0 ? failed.preview : (data?.preview ?? []);
  const mapperFormat = failed
    ? /\.json$/i.test(failed.name)
      ? "json"
      : "csv"
    : (data?.format ?? "csv");

  const exportCsv = useMemo(
    () =>
      model
        ? () => {
            const stem = (data?.name ?? "tickets").replace(/\.[a-z]+$/i, "");
            download(
              new Blob([metricsCsv(model.result)], { type: "text/csv" }),
              `${stem}-metrics-${model.result.bucket}.csv`,
            );
          }
        : null,
    [model, data],
  );

  return (
    <div className="tmd">
      <FileDrop onFile={open} />
      <header className="tmd-top">
        <div className="tmd-brand">
          <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
            <rect width="24" height="24" rx="6" fill="#1d5f99" />
            <path d="M3 15q4.5-4 9 0t9 0V21H3z" fill="#fff" />
            <path d="M3 10h18" stroke="#9fd0f5" strokeWidth="1.5" strokeDasharray="2 2" />
          </svg>
          <div>
            <h1>Tidemark</h1>
            <p>Backlog health for support teams</p>
          </div>
        </div>
        <div className="tmd-top-actions">
          <label className="tmd-button tmd-primary">
            <input
              type="file"
              accept={ACCEPT}
              className="tmd-visually-hidden"
              aria-label="Open a ticket export (CSV or JSON)"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) open(file);
                e.target.value = "";
              }}
            />
            Open CSV or JSON
          </label>
          {source.kind !== "sample" ? (
            <button
              type="button"
              className="tmd-button tmd-ghost"
              onClick={() => {
                setColumns(undefined);
                setSource(sampleSource(settings.timeZone));
              }}
            >
              Sample data
            </button>
          ) : null}
          <button
            type="button"
            className="tmd-button tmd-ghost"
            disabled={!exportCsv}
            onClick={() => exportCsv?.()}
          >
            Metrics CSV
          </button>
        </div>
      </header>

      <div className="tmd-layout">
        <aside className={`tmd-side${menuOpen ? " is-open" : ""}`}>
          <button
            type="button"
            className="tmd-button tmd-side-toggle"
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen((v) => !v)}
          >
            Settings and filters
          </button>
          <SettingsPanel
            settings={settings}
            onChange={updateSettings}
            filterOptions={data?.filterOptions ?? NO_OPTIONS}
            dataDays={dataDays}
            error={error}
          />
        </aside>

        <main className="tmd-main">
          {state.status === "loading" ? <ProgressBar {...state} /> : null}
          {failed ? (
            <div className="tmd-alert" role="alert">
              <strong>
                {failed.name ? `Could not read ${failed.name}.` : "Could not read the file."}
              </strong>{" "}
              {showMapper ? mapperAdvice(failed.message) : failed.message}
              {data ? <span className="tmd-muted"> Still showing {data.name}.</span> : null}
            </div>
          ) : null}
          {error && data ? (
            <div className="tmd-alert" role="alert">
              <strong>These settings could not be applied.</strong> {error}
              {model ? <span className="tmd-muted"> Still showing the last view.</span> : null}
            </div>
          ) : null}
          {showMapper && mapperHeader.length > 0 ? (
            <ColumnMapper
              key={mapperHeader.join("\u0000")}
              header={mapperHeader}
              preview={mapperPreview}
              format={mapperFormat}
              timeZone={settings.timeZone}
              current={failed ? (columns ?? null) : (data?.columns ?? null)}
              onApply={(m) => {
                setColumns(m);
                setMapping(false);
              }}
              onCancel={failed ? undefined : () => setMapping(false)}
            />
          ) : null}
          {data ? (
            <section className="tmd-source" aria-label="Loaded file">
              <p>
                <strong>{data.name}</strong> ·{" "}
                {fileCounts(data.rowCount, data.ticketCount, model?.ticketCount ?? null)}
                {model && model.result.buckets.length > 0
                  ? ` · ${rangeWords(model.result, range?.from, range?.to)}`
                  : ""}
                <span className="tmd-muted">
                  {" "}
                  · {formatBytes(data.bytes)} read in {formatCount(data.parseMs)} ms
                </span>
                <span className="tmd-updating" aria-live="polite">
                  {updating ? " · Updating…" : ""}
                </span>
              </p>
              {data.header.length > 0 && !showMapper ? (
                <button type="button" className="tmd-link" onClick={() => setMapping(true)}>
                  Change column mapping
                </button>
              ) : null}
            </section>
          ) : null}
          {data ? (
            <IssueList
              issues={data.issues}
              errorCount={data.errorCount}
              warningCount={data.warningCount}
              rowCount={data.rowCount}
            />
          ) : null}
          {data && !showMapper && noSolveColumn(data.columns, columns) ? (
            <div className="tmd-notice" role="status">
              <strong>
                No resolution or close column was found, so every ticket counts as open.
              </strong>{" "}
              If the file has one, {/* The button and its full stop wrap as one word. */}
              <span className="tmd-nowrap">
                <button type="button" className="tmd-link" onClick={() => setMapping(true)}>
                  map the columns
                </button>
                .
              </span>
            </div>
          ) : null}
          {data && dataDays && range && !range.holdsData ? (
            <div className="tmd-notice" role="status">
              <strong>
                No ticket was opened or resolved{" "}
                {range.from === range.to
                  ? `on ${formatDay(range.from)}`
                  : `from ${formatDay(range.from)} to ${formatDay(range.to)}`}
                .
              </strong>{" "}
              {data.name} runs from {formatDay(dataDays.first)} to {formatDay(dataDays.last)}.{" "}
              <button
                type="button"
                className="tmd-link"
                onClick={() => updateSettings({ from: null, to: null })}
              >
                Show the whole file
              </button>
            </div>
          ) : null}
          {model ? (
            <>
              <HealthTiles result={model.result} />
              <Tiles result={model.result} />
              {model.result.buckets.length > 0 ? (
                <>
                  <Charts model={model} />
                  <Levers source={source} columns={columns} settings={settings} />
                </>
              ) : (
                <p className="tmd-empty">No tickets in this range or filter.</p>
              )}
            </>
          ) : data === null && state.status === "loading" ? (
            <p className="tmd-empty">Preparing the dashboard…</p>
          ) : null}
        </main>
      </div>
      <footer className="tmd-foot">
        Parsed in your browser; nothing is uploaded. Settings live in the address bar: copy it to
        share this view.
      </footer>
    </div>
  );
}

/** True when tickets were read with neither a resolution nor a close column, unless the mapping said so. */
function noSolveColumn(used: ColumnMapping, mapping: ColumnMapping | null | undefined): boolean {
  if (used.resolvedAt || used.closedAt) return false;
  return mapping?.resolvedAt !== null && mapping?.closedAt !== null;
}
