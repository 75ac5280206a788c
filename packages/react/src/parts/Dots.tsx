import { dotPath } from "../scale/path.js";
import { type ThemeToken, themeVar } from "../theme/tokens.js";

/**
 * Points a line cannot show (a series of one bucket, or one between gaps), as
 * dots large enough to read: filled for a solid line, a ring for a dashed one,
 * so the two series differ by shape as well as colour.
 */
export function Dots({
  points,
  token,
  hollow = false,
}: {
  points: readonly { x: number; y: number }[];
  token: ThemeToken;
  hollow?: boolean;
}) {
  if (points.length === 0) return null;
  return hollow ? (
    <path
      d={dotPath(points, 3.5)}
      fill={themeVar("background")}
      stroke={themeVar(token)}
      strokeWidth={2}
    />
  ) : (
    <path d={dotPath(points, 4)} fill={themeVar(token)} />
  );
}
