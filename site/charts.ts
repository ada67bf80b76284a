// Charts drawn to SVG when the site is built: no script is needed to see them. Each has a title,
// axis labels, a text alternative, and its numbers in a table beside it.
import { esc, fmt } from './html.ts';

export interface Series {
  name: string;
  /** A CSS class giving the line its colour and dash (see style.css). */
  className: string;
  points: { x: number; y: number }[];
}

export interface Marker {
  x: number;
  y: number;
  label: string;
}

export interface LineChartOptions {
  id: string;
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  yMin: number;
  yMax: number;
  series: Series[];
  markers?: Marker[];
}

const W = 640;
const H = 300;
const M = { top: 16, right: 20, bottom: 48, left: 56 };
const r = (n: number) => Math.round(n * 10) / 10;

export function lineChart(o: LineChartOptions): string {
  const xs = [...new Set(o.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  if (!xs.length) return '';
  const [x0, x1] = [xs[0], xs[xs.length - 1]];
  const px = (x: number) => r(x0 === x1 ? M.left + (W - M.left - M.right) / 2 : M.left + ((x - x0) / (x1 - x0)) * (W - M.left - M.right));
  const py = (y: number) => r(H - M.bottom - ((y - o.yMin) / (o.yMax - o.yMin)) * (H - M.top - M.bottom));
  const yTicks = Array.from({ length: 5 }, (_, i) => o.yMin + ((o.yMax - o.yMin) * i) / 4);
  const step = Math.max(1, Math.ceil(xs.length / 10));
  const xTicks = xs.filter((_, i) => i % step === 0 || i === xs.length - 1);
  const titleId = `${o.id}-title`;
  const descId = `${o.id}-desc`;
  const lines = o.series
    .filter((s) => s.points.length)
    .map((s) => {
      const pts = [...s.points].sort((a, b) => a.x - b.x);
      const d = pts.map((p, i) => `${i ? 'L' : 'M'}${px(p.x)},${py(p.y)}`).join('');
      const dots = pts.map((p) => `<circle class="dot ${s.className}" cx="${px(p.x)}" cy="${py(p.y)}" r="3.5"><title>${esc(s.name)} ${p.x}: ${fmt(p.y)}</title></circle>`).join('');
      return `<path class="line ${s.className}" d="${d}"/>${dots}`;
    })
    .join('');
  const markers = (o.markers ?? [])
    // A label right of its line, or left of it in the chart's right half, so that it stays inside.
    .map((m, i) => {
      const x = px(m.x);
      const left = x > W / 2;
      return `<g class="marker"><line x1="${x}" x2="${x}" y1="${M.top}" y2="${H - M.bottom}"/><text x="${left ? x - 4 : x + 4}" y="${M.top + 10 + (i % 3) * 13}"${left ? ' text-anchor="end"' : ''}>${esc(m.label)}</text></g>`;
    })
    .join('');
  const legend = o.series.map((s) => `<li><span class="swatch ${s.className}" aria-hidden="true"></span>${esc(s.name)}</li>`).join('');
  const head = `<tr><th scope="col">${esc(o.xLabel)}</th>${o.series.map((s) => `<th scope="col">${esc(s.name)}</th>`).join('')}</tr>`;
  const rows = xs.map((x) => `<tr><th scope="row">${x}</th>${o.series.map((s) => `<td>${fmt(s.points.find((p) => p.x === x)?.y)}</td>`).join('')}</tr>`).join('');
  return `<figure class="chart" id="${o.id}">
<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${esc(o.title)}</title>
<desc id="${descId}">${esc(o.description)}</desc>
<g class="grid">${yTicks.map((t) => `<line x1="${M.left}" x2="${W - M.right}" y1="${py(t)}" y2="${py(t)}"/><text x="${M.left - 8}" y="${py(t) + 4}" text-anchor="end">${fmt(t)}</text>`).join('')}</g>
<g class="axis">${xTicks.map((x) => `<text x="${px(x)}" y="${H - M.bottom + 18}" text-anchor="middle">${x}</text>`).join('')}
<text class="label" x="${r((M.left + W - M.right) / 2)}" y="${H - 8}" text-anchor="middle">${esc(o.xLabel)}</text>
<text class="label" transform="translate(14 ${r((M.top + H - M.bottom) / 2)}) rotate(-90)" text-anchor="middle">${esc(o.yLabel)}</text></g>
${markers}${lines}
</svg>
<figcaption>${esc(o.title)}<ul class="legend">${legend}</ul></figcaption>
<details><summary>The numbers</summary><table><thead>${head}</thead><tbody>${rows}</tbody></table></details>
</figure>`;
}
