/**
 * SVG charts for the "Count or rate?" page, drawn from the library's own data and functions so the
 * pictures can never drift from the numbers. Plain SVG strings, no dependencies.
 */
import { kaltim, knownValue, rankingCrossovers } from "../src/index.js";

const W = 720;
const H = 440;
const M = { top: 40, right: 170, bottom: 56, left: 70 };
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

function frame(title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="600">${esc(title)}</text>
${body}
</svg>
`;
}

/** Regencies by number of poor people (x) against P0 (y), Kalimantan Timur 2024. */
export function countVsRateSvg(): string {
  // Regions lacking either figure are left off the chart rather than drawn at zero.
  const points = kaltim.regencies2024.flatMap((r) => {
    const poor = knownValue(r.poor);
    const p0 = knownValue(r.p0Percent);
    return poor === undefined || p0 === undefined ? [] : [{ name: r.name, x: poor / 1000, y: p0 }];
  });
  const xMax = 65;
  const yMax = 12;
  const px = (x: number) => M.left + (x / xMax) * (W - M.left - M.right);
  const py = (y: number) => H - M.bottom - (y / yMax) * (H - M.top - M.bottom);
  const axes: string[] = [];
  for (let x = 0; x <= xMax; x += 10) {
    axes.push(`<line x1="${px(x)}" y1="${py(0)}" x2="${px(x)}" y2="${py(yMax)}" stroke="#eee"/><text x="${px(x)}" y="${py(0) + 16}" text-anchor="middle">${x}</text>`);
  }
  for (let y = 0; y <= yMax; y += 2) {
    axes.push(`<line x1="${px(0)}" y1="${py(y)}" x2="${px(xMax)}" y2="${py(y)}" stroke="#eee"/><text x="${px(0) - 8}" y="${py(y) + 4}" text-anchor="end">${y}%</text>`);
  }
  const dots = points
    .map(
      (p, i) =>
        `<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="6" fill="${PALETTE[i % PALETTE.length]}"/><text x="${(px(p.x) + 9).toFixed(1)}" y="${(py(p.y) + 4).toFixed(1)}">${esc(p.name)}</text>`,
    )
    .join("\n");
  const labels = `<text x="${(M.left + W - M.right) / 2}" y="${H - 14}" text-anchor="middle">Poor people, thousands (BPS 2024)</text>
<text transform="translate(18 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">Poverty rate P0 (BPS 2024)</text>`;
  return frame("Kalimantan Timur 2024: count of poor people vs poverty rate", `${axes.join("\n")}\n${dots}\n${labels}`);
}

/** Rank of each regency as the blend weight moves from count share (α = 0) to rate share (α = 1). */
export function rankFlowSvg(): string {
  const s = rankingCrossovers(kaltim.regencies2024, "count", "rate");
  const names = new Map(kaltim.regencies2024.map((r) => [r.code as string, r.name]));
  const n = s.atA.length;
  const px = (a: number) => M.left + a * (W - M.left - M.right);
  const py = (rank: number) => M.top + 10 + ((rank - 1) / (n - 1)) * (H - M.top - M.bottom - 10);
  const codes = [...s.atA];
  const lines = codes.map((code, i) => {
    const pts: string[] = [];
    for (const interval of s.intervals) {
      const rank = interval.ranking.indexOf(code) + 1;
      pts.push(`${px(interval.from).toFixed(1)},${py(rank).toFixed(1)}`, `${px(interval.to).toFixed(1)},${py(rank).toFixed(1)}`);
    }
    const color = PALETTE[i % PALETTE.length];
    const end = s.atB.indexOf(code) + 1;
    return `<polyline points="${pts.join(" ")}" fill="none" stroke="${color}" stroke-width="2.5"/><text x="${px(1) + 8}" y="${py(end) + 4}" fill="${color}">${end}. ${esc(names.get(code) ?? code)}</text>`;
  });
  const ticks: string[] = [];
  for (let k = 0; k <= 10; k++) {
    const a = k / 10;
    ticks.push(`<line x1="${px(a)}" y1="${M.top}" x2="${px(a)}" y2="${H - M.bottom}" stroke="#eee"/><text x="${px(a)}" y="${H - M.bottom + 16}" text-anchor="middle">${a.toFixed(1)}</text>`);
  }
  for (let r = 1; r <= n; r++) ticks.push(`<text x="${M.left - 8}" y="${py(r) + 4}" text-anchor="end">${r}</text>`);
  const labels = `<text x="${(M.left + W - M.right) / 2}" y="${H - 14}" text-anchor="middle">α: weight on rate share (0 = count only, 1 = rate only)</text>
<text transform="translate(18 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">Rank</text>`;
  return frame("How ranks move from count to rate (share normalisation)", `${ticks.join("\n")}\n${lines.join("\n")}\n${labels}`);
}
