import { formatBytes, formatCount } from "../format";

/** Reading progress of the file being parsed. */
export function ProgressBar(props: {
  name: string;
  bytes: number;
  total: number | null;
  rows: number;
}) {
  const { name, bytes, total, rows } = props;
  const share = total ? Math.min(1, bytes / total) : null;
  return (
    <div className="tmd-progress" role="status">
      <div className="tmd-progress-text">
        <span>
          Reading <strong>{name}</strong>
        </span>
        <span>
          {share === null ? formatBytes(bytes) : `${Math.round(share * 100)}%`} ·{" "}
          {formatCount(rows)} rows
        </span>
      </div>
      <progress aria-label={`Reading ${name}`} max={1} value={share ?? undefined} />
    </div>
  );
}
