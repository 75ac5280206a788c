import { chartPng, chartSvg } from "@tidemark/react";
import { type ReactNode, useRef, useState } from "react";
import { download, slug } from "../export/download";

interface ChartCardProps {
  title: string;
  /** One line under the title: what to read in the chart. */
  hint?: string;
  /** File name stem for exports; default: the title. */
  fileName?: string;
  wide?: boolean;
  children: ReactNode;
}

/** A dashboard card around one chart, with SVG and PNG export of the chart, its title and legend. */
export function ChartCard({ title, hint, fileName, wide, children }: ChartCardProps) {
  const body = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const name = slug(fileName ?? title);
  const saveSvg = () => {
    const el = body.current;
    if (!el) return;
    try {
      setFailed(null);
      download(new Blob([chartSvg(el, { title })], { type: "image/svg+xml" }), `${name}.svg`);
    } catch (error) {
      setFailed(`SVG export failed: ${(error as Error).message}`);
    }
  };
  const savePng = async () => {
    const el = body.current;
    if (!el) return;
    try {
      setFailed(null);
      download(await chartPng(el, { title }), `${name}.png`);
    } catch (error) {
      setFailed(`PNG export failed: ${(error as Error).message}`);
    }
  };
  return (
    <section className={`tmd-card${wide ? " tmd-card-wide" : ""}`} aria-label={title}>
      <header className="tmd-card-head">
        <div>
          <h2>{title}</h2>
          {hint ? <p className="tmd-muted">{hint}</p> : null}
        </div>
        <div className="tmd-card-actions">
          <button
            type="button"
            className="tmd-chip"
            onClick={saveSvg}
            aria-label={`Download ${title} as SVG`}
          >
            SVG
          </button>
          <button
            type="button"
            className="tmd-chip"
            onClick={savePng}
            aria-label={`Download ${title} as PNG`}
          >
            PNG
          </button>
        </div>
      </header>
      <div ref={body} className="tmd-card-body">
        {children}
      </div>
      {failed ? <p className="tmd-field-error">{failed}</p> : null}
    </section>
  );
}
