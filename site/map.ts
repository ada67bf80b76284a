// The world map of the latest FIW edition's statuses: country shapes from the world-atlas package
// (Natural Earth 1:110m, TopoJSON), projected once at build time to SVG paths.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';
import { esc, fileId, STATUS_CLASS } from './html.ts';
import type { Report } from './load.ts';

const require = createRequire(import.meta.url);
const W = 960;
const H = 470;

interface Shape {
  id: string;
  name: string;
  d: string;
}

let shapes: Shape[] | null = null;

/** Country outlines keyed by ISO 3166 numeric code, projected to the map's frame. */
function worldShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const collection = feature(topology, topology.objects.countries) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;
  const projection = geoEqualEarth().fitExtent([[4, 4], [W - 4, H - 4]], collection);
  const path = geoPath(projection).digits(1);
  shapes = collection.features
    .map((f) => ({ id: String(f.id ?? ''), name: f.properties.name, d: path(f) ?? '' }))
    .filter((s) => s.d)
    .sort((a, b) => a.id.localeCompare(b.id) || a.name.localeCompare(b.name));
  return shapes;
}

/** ISO 3166 numeric code of an alpha-3 code ("KAZ" -> "398"); null for codes ISO does not list (Kosovo's XKX). */
const numericOf = (alpha3: string): string | null => countries.alpha3ToNumeric(alpha3) ?? null;

export function statusMap(reports: Report[], edition: number, root: string): string {
  const byNumeric = new Map<string, Report>();
  const unmapped: Report[] = [];
  const drawn = new Set(worldShapes().map((s) => s.id));
  for (const r of reports) {
    const n = numericOf(r.country_code);
    if (n && drawn.has(n) && !byNumeric.has(n)) byNumeric.set(n, r);
    else unmapped.push(r);
  }
  const paths = worldShapes()
    .map((s) => {
      const r = byNumeric.get(s.id);
      if (!r) return `<path class="none" d="${s.d}"><title>${esc(s.name)}: no report in this edition</title></path>`;
      return `<a href="${root}countries/${fileId(r.country_code.toLowerCase())}.html" aria-label="${esc(r.country)}: ${esc(r.status)}, ${r.total_score ?? '–'} of 100"><path class="${STATUS_CLASS[r.status] ?? 'none'}" d="${s.d}"><title>${esc(r.country)}: ${esc(r.status)}, ${r.total_score ?? '–'}/100</title></path></a>`;
    })
    .join('\n');
  const counts = ['Free', 'Partly Free', 'Not Free'].map((s) => `${reports.filter((r) => r.status === s).length} ${s}`).join(', ');
  return `<figure class="map">
<svg viewBox="0 0 ${W} ${H}" role="group" aria-labelledby="map-title map-desc" xmlns="http://www.w3.org/2000/svg">
<title id="map-title">Freedom in the World ${edition}: status of each country</title>
<desc id="map-desc">World map coloured by FIW status in the ${edition} edition: ${esc(counts)}. Grey: no report in the dataset.</desc>
${paths}
</svg>
<figcaption>Freedom in the World ${edition}: ${esc(counts)}.
<ul class="legend"><li><span class="swatch free" aria-hidden="true"></span>Free</li><li><span class="swatch partly-free" aria-hidden="true"></span>Partly Free</li><li><span class="swatch not-free" aria-hidden="true"></span>Not Free</li><li><span class="swatch none" aria-hidden="true"></span>No report</li></ul></figcaption>
${unmapped.length ? `<div class="unmapped"><h3>Without a shape on this map</h3><ul>${unmapped.map((r) => `<li><a href="${root}countries/${fileId(r.country_code.toLowerCase())}.html">${esc(r.country)}</a>: ${esc(r.status)}, ${r.total_score ?? '–'}/100</li>`).join('')}</ul></div>` : ''}
</figure>`;
}
