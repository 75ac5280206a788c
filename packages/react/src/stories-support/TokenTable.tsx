/**
 * Docs only: every theme token with its CSS custom property and its light and
 * dark values, with swatches, for the Theming page.
 */
import { darkTheme, lightTheme, type ThemeToken } from "../theme/tokens.js";

const cssName = (token: string) =>
  `--tidemark-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const USES: Record<ThemeToken, string> = {
  background: "Chart background; also the halo around focus markers",
  text: "Titles, values, axis labels",
  muted: "Secondary text, axis lines, neutral marks",
  grid: "Grid lines",
  inflow: "Inflow, the faucet; arrivals",
  throughput: "Throughput, the drain; departures; resolved tickets",
  backlog: "Backlog, the water level line",
  band: "The healthy band",
  water: "Bathtub water (top)",
  waterDeep: "Bathtub water (bottom)",
  tub: "Bathtub enamel",
  metal: "Faucet, drain and feet",
  healthy: "Status: within the band",
  below: "Status: below the band",
  above: "Status: above the band",
  focus: "Keyboard focus ring and the active point",
  tooltipBackground: "Tooltip background",
  tooltipText: "Tooltip text",
  fontFamily: "Font of every label",
  fontSize: "Base font size",
};

const isColour = (v: string) => v.startsWith("#");

function Swatch({ value }: { value: string }) {
  if (!isColour(value)) return null;
  return (
    <span
      aria-hidden="true"
      style={{
        display: "inline-block",
        width: 14,
        height: 14,
        marginInlineEnd: 6,
        verticalAlign: "middle",
        borderRadius: 3,
        background: value,
        border: "1px solid #8a96a3",
      }}
    />
  );
}

export function TokenTable() {
  const tokens = Object.keys(lightTheme) as ThemeToken[];
  return (
    <table style={{ borderCollapse: "collapse", width: "100%", fontSize: 13 }}>
      <caption style={{ textAlign: "start", fontWeight: 600, padding: "4px 0" }}>
        Theme tokens of @tidemark/react
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">CSS custom property</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
          <th scope="col">Used for</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((t) => (
          <tr key={t}>
            <th scope="row" style={{ textAlign: "start" }}>
              <code>{t}</code>
            </th>
            <td>
              <code>{cssName(t)}</code>
            </td>
            <td>
              <Swatch value={lightTheme[t]} />
              <code>{lightTheme[t]}</code>
            </td>
            <td>
              <Swatch value={darkTheme[t]} />
              <code>{darkTheme[t]}</code>
            </td>
            <td>{USES[t]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
