// The pages: home, country, report, person, edition, people index and SQL console. Each is a
// function from the dataset (already indexed, see build.ts) to one HTML document.
import { lineChart } from './charts.ts';
import { esc, fileId, fmt, humanBytes, humanize, page, PUBLICATION_NAMES, STATUS_CLASS, unaccented } from './html.ts';
import { group, type Dataset, type Event, type Indicator, type Mention, type Note, type Paragraph, type Person, type Report, type Score } from './load.ts';
import { statusMap } from './map.ts';

// event_people.basis `other_clause`: the event's own clause names no one, and its people are named
// in another clause, which its own points back to. Said beside them, so a reader sees why.
const outsideClause = (ix: Index, e: Event) =>
  ix.linkBasisOfEvent.get(e.event_id) === 'other_clause' ? ' <span class="basis">(named outside the clause of this event)</span>' : '';

/** An event's type, with what decided it as its title ("read from the verb “arrested”"; events.type_basis, absent from releases made before it). */
function typeLabel(e: Event): string {
  const words = e.type_words ? `“${e.type_words}”` : '';
  const why: Record<string, string> = {
    verb: `read from the verb ${words}`,
    noun: `read from the noun ${words}`,
    named: `read from ${words}, which the date qualifies`,
    court: 'a court acts in the sentence',
    force: `protests met with force (${words})`,
    office: 'the taking of an office',
    custody: 'the start of a detention',
    act: 'a law named as an Act',
    publication: 'the date is a report’s: what happened then is its publishing',
    lexicon: `read from the verb ${words}, which WordNet files under this type`,
    none: 'no word of the sentence says what happened',
  };
  const title = e.type_basis ? why[e.type_basis] : undefined;
  return `<span class="type t-${esc(e.type)}"${title ? ` title="${esc(title)}"` : ''}>${esc(humanize(e.type))}</span>`;
}

export interface Index {
  data: Dataset;
  reportsById: Map<string, Report>;
  reportsByCountry: Map<string, Report[]>;
  scoresByReport: Map<string, Score[]>;
  paragraphsByReport: Map<string, Paragraph[]>;
  eventsByReport: Map<string, Event[]>;
  mentionsByReport: Map<string, Mention[]>;
  mentionsByPerson: Map<string, Mention[]>;
  peopleById: Map<string, Person>;
  peopleOfEvent: Map<string, string[]>;
  /** Where an event's people are named (event_people.basis: one value for all of an event's links). */
  linkBasisOfEvent: Map<string, string>;
  eventsOfPerson: Map<string, Event[]>;
  notesByReport: Map<string, Note[]>;
  paragraphsById: Map<string, Paragraph>;
  indicators: Map<string, Indicator>;
  /** Editions of each publication, newest first. */
  editions: { publication: string; edition: number; reports: Report[] }[];
  examples: { title: string; sql: string }[];
  /** The link to a download, by its path in the dataset folder. */
  downloadHref: (name: string) => string;
}

const countryUrl = (root: string, code: string) => `${root}countries/${fileId(code.toLowerCase())}.html`;
const reportUrl = (root: string, id: string) => `${root}reports/${fileId(id)}.html`;
const personUrl = (root: string, id: string) => `${root}people/${fileId(id)}.html`;
const editionUrl = (root: string, publication: string, edition: number) => `${root}editions/${publication}-${edition}.html`;
const reportTitle = (r: Report) => `${PUBLICATION_NAMES[r.publication]} ${r.edition}: ${r.country}`;
// Events in time order (their first possible day), then in the order of the text.
const byDate = (a: Event, b: Event) => a.date_start.localeCompare(b.date_start) || a.event_id.localeCompare(b.event_id);
const status = (s: string | null) => (s ? `<span class="status ${STATUS_CLASS[s] ?? 'regime'}">${esc(s)}</span>` : '–');

// ---- Home ------------------------------------------------------------------------------------

export function homePage(ix: Index): string {
  const { data } = ix;
  const c = data.citation;
  const fiwEditions = ix.editions.filter((e) => e.publication === 'fiw');
  const latest = fiwEditions[0];
  const countries = [...ix.reportsByCountry.entries()].map(([code, rs]) => ({ code, name: rs[rs.length - 1].country })).sort((a, b) => a.name.localeCompare(b.name));
  const citations = c ? citationBlocks(c) : '<p>No CITATION.cff came with this dataset.</p>';
  const body = `<h1>${esc(c?.title ?? 'Freedom Reports Dataset')}</h1>
<p class="lead">${esc(c?.abstract ?? '')}</p>
<dl class="facts"><dt>Version</dt><dd>${esc(c?.version ?? 'unreleased build')}</dd>${c?.released ? `<dt>Released</dt><dd>${esc(c.released)}</dd>` : ''}${c?.license ? `<dt>Licence</dt><dd>${esc(c.license)}</dd>` : ''}<dt>Reports</dt><dd>${data.reports.length}</dd><dt>People</dt><dd>${data.people.length}</dd><dt>Events</dt><dd>${data.events.length}</dd></dl>
${latest ? `<section aria-labelledby="map-heading"><h2 id="map-heading">The latest edition</h2>${statusMap(latest.reports, latest.edition, '')}</section>` : ''}
<section aria-labelledby="editions"><h2 id="editions">Editions</h2>
<table><thead><tr><th scope="col">Publication</th><th scope="col">Edition</th><th scope="col">Reports</th></tr></thead><tbody>
${ix.editions.map((e) => `<tr><td>${esc(PUBLICATION_NAMES[e.publication])}</td><td><a href="${editionUrl('', e.publication, e.edition)}">${e.edition}</a></td><td>${e.reports.length}</td></tr>`).join('\n')}
</tbody></table></section>
<section aria-labelledby="countries"><h2 id="countries">Countries and territories</h2>
<ul class="columns">${countries.map((k) => `<li><a href="${countryUrl('', k.code)}">${esc(k.name)}</a></li>`).join('')}</ul></section>
<section aria-labelledby="downloads"><h2 id="downloads">Downloads</h2>
<p>Every table in four formats and one DuckDB database. Query them in your browser in the <a href="console.html">SQL console</a>.</p>
<table class="downloads"><thead><tr><th scope="col">File</th><th scope="col">Size</th><th scope="col">SHA-256</th></tr></thead><tbody>
${data.downloads.map((d) => `<tr><td><a href="${esc(ix.downloadHref(d.name))}">${esc(d.name)}</a></td><td>${humanBytes(d.bytes)}</td><td><code>${d.sha256}</code></td></tr>`).join('\n')}
</tbody></table></section>
<section aria-labelledby="cite"><h2 id="cite">Cite</h2>${citations}</section>`;
  return page({ title: 'Home', root: '', body, description: c?.abstract });
}

function citationBlocks(c: NonNullable<Dataset['citation']>): string {
  const year = c.released.slice(0, 4);
  const authors = c.authors.join(' and ');
  const key = `freedomreports${year}v${c.version.replace(/\W/g, '')}`;
  const bibtex = `@misc{${key},
  author    = {${authors}},
  title     = {${c.title}},
  version   = {${c.version}},
  year      = {${year}},
  publisher = {GitHub},
  url       = {${c.url}}
}`;
  const apa = `${c.authors.join(', ')}. (${year}). ${c.title} (Version ${c.version}) [Data set]. ${c.url}`;
  return `<h3>APA</h3><p class="cite">${esc(apa)}</p>
<h3>BibTeX</h3><pre><code>${esc(bibtex)}</code></pre>
<h3>CITATION.cff</h3><details><summary>The citation file</summary><pre><code>${esc(c.cff)}</code></pre></details>`;
}

// ---- Country ---------------------------------------------------------------------------------

export function countryPage(ix: Index, code: string): string {
  const reports = ix.reportsByCountry.get(code)!;
  const name = reports[reports.length - 1].country;
  const fiw = reports.filter((r) => r.publication === 'fiw').sort((a, b) => a.edition - b.edition);
  const nit = reports.filter((r) => r.publication === 'nit').sort((a, b) => a.edition - b.edition);
  const value = (r: Report, id: string) => ix.scoresByReport.get(r.report_id)?.find((s) => s.indicator_id === id)?.value;
  const points = (rs: Report[], id: string) => rs.flatMap((r) => (value(r, id) === undefined ? [] : [{ x: r.edition, y: value(r, id)! }]));
  const changes = (rs: Report[]) => rs.flatMap((r, i) => (i > 0 && rs[i - 1].status !== r.status ? [{ report: r, before: rs[i - 1].status }] : []));
  const fiwChanges = changes(fiw);
  // NIT turned its scale in the 2018 edition (1 was most democratic before).
  const reversed = (r: Report) => r.rating_scale === '1_is_most_democratic';
  const nitChanges = changes(nit);
  const charts = [
    fiw.length
      ? lineChart({
          id: 'fiw-chart',
          title: `${name}: Freedom in the World scores by edition`,
          description: `Total score (0-100), Political Rights (0-40) and Civil Liberties (0-60) in each FIW edition from ${fiw[0].edition} to ${fiw[fiw.length - 1].edition}${fiwChanges.length ? `; status changed in ${fiwChanges.map((c) => `${c.report.edition} (${c.before} to ${c.report.status})`).join(', ')}` : '; the status did not change'}.`,
          xLabel: 'Edition',
          yLabel: 'Points',
          yMin: 0,
          yMax: 100,
          series: [
            { name: 'Total', className: 's1', points: points(fiw, 'fiw.total') },
            { name: 'Civil Liberties', className: 's2', points: points(fiw, 'fiw.cl') },
            { name: 'Political Rights', className: 's3', points: points(fiw, 'fiw.pr') },
          ],
          markers: fiwChanges.map((c) => ({ x: c.report.edition, y: 100, label: c.report.status })),
        })
      : '',
    nit.length
      ? lineChart({
          id: 'nit-chart',
          title: `${name}: Nations in Transit Democracy Score by edition`,
          description: `Democracy Score (1-7, 7 most democratic) in each NIT edition from ${nit[0].edition} to ${nit[nit.length - 1].edition}${nitChanges.length ? `; regime type changed in ${nitChanges.map((c) => `${c.report.edition} (${c.before} to ${c.report.status})`).join(', ')}` : ''}.${nit.some(reversed) ? ' Editions before 2018 rated 1 as most democratic: their scores are turned (8 minus the score) so that the line compares like with like; the reports print them as published.' : ''}`,
          xLabel: 'Edition',
          yLabel: 'Democracy Score',
          yMin: 1,
          yMax: 7,
          series: [{ name: 'Democracy Score (7 most democratic)', className: 's1', points: nit.flatMap((r) => {
            const y = value(r, 'nit.democracy_score');
            return y === undefined ? [] : [{ x: r.edition, y: reversed(r) ? Math.round((8 - y) * 100) / 100 : y }];
          }) }],
          markers: nitChanges.map((c) => ({ x: c.report.edition, y: 7, label: c.report.status })),
        })
      : '',
  ].join('\n');
  const rows = [...reports]
    .sort((a, b) => b.edition - a.edition || a.publication.localeCompare(b.publication))
    .map((r) => `<tr><td><a href="${reportUrl('../', r.report_id)}">${esc(PUBLICATION_NAMES[r.publication])} ${r.edition}</a></td><td>${status(r.status)}</td><td>${fmt(r.total_score)}${r.publication === 'nit' ? ' %' : ''}</td><td>${esc(r.region ?? '–')}</td></tr>`)
    .join('\n');
  const statusChanges = [...fiwChanges, ...nitChanges];
  const body = `<h1>${esc(name)}</h1>
<p>${reports.length} report${reports.length === 1 ? '' : 's'} · country code ${esc(code)}${reports[0].region ? ` · ${esc(reports[reports.length - 1].region)}` : ''}</p>
${charts}
${statusChanges.length ? `<h2>Status changes</h2><ul>${statusChanges.map((c) => `<li>${esc(PUBLICATION_NAMES[c.report.publication])} ${c.report.edition}: ${esc(c.before)} → ${esc(c.report.status)}</li>`).join('')}</ul>` : ''}
<h2>Reports</h2>
<table><thead><tr><th scope="col">Report</th><th scope="col">Status</th><th scope="col">Total (FIW) / Democracy Percentage (NIT)</th><th scope="col">Region</th></tr></thead><tbody>${rows}</tbody></table>`;
  return page({ title: name, root: '../', body });
}

// ---- Report ----------------------------------------------------------------------------------

export function reportPage(ix: Index, id: string): string {
  const r = ix.reportsById.get(id)!;
  const scores = ix.scoresByReport.get(id) ?? [];
  const paragraphs = ix.paragraphsByReport.get(id) ?? [];
  const byIndicator = new Map(scores.map((s) => [s.indicator_id, s]));
  const firstParagraph = new Map<string, string>();
  for (const p of paragraphs) if (p.indicator_id && !firstParagraph.has(p.indicator_id)) firstParagraph.set(p.indicator_id, p.paragraph_id);
  // A score links to the text it is about, else names the line it was read from, else says it is derived.
  // The score, then last year's value where the report states it.
  const cell = (indicatorId: string) => {
    const s = byIndicator.get(indicatorId);
    if (!s) return '<td class="score">–</td><td class="score">–</td>';
    const previous = s.previous_value === null ? '–' : `${fmt(s.previous_value)}${s.previous_value_rounded ? ' <span class="line">rounded</span>' : ''}`;
    const target = firstParagraph.get(indicatorId);
    const v = fmt(s.value);
    const shown = target ? `<a href="#${esc(target)}">${v}</a>` : s.source_line ? `<span title="source line ${s.source_line}">${v}</span>` : `<span title="derived">${v}</span>`;
    return `<td class="score">${shown}${s.source_line ? ` <span class="line">line ${s.source_line}</span>` : s.derived ? ' <span class="line">derived</span>' : ''}</td><td class="score">${previous}</td>`;
  };
  const card = r.publication === 'fiw' ? fiwCard(ix, r, cell) : nitCard(ix, r, cell);
  const changed = scores.filter((s) => s.previous_value !== null && s.previous_value !== (s.previous_value_rounded ? Math.round(s.value) : s.value));
  const changes = changed.length
    ? `<ul>${changed.map((s) => `<li>${esc(ix.indicators.get(s.indicator_id)?.name ?? s.indicator_id)}: ${fmt(s.previous_value)} → ${fmt(s.value)}${s.source_line ? ` <span class="line">line ${s.source_line}</span>` : ''}</li>`).join('')}</ul>`
    : '<p>The report states no score change.</p>';
  const sections: { section: string; items: Paragraph[] }[] = [];
  for (const p of paragraphs) {
    if (sections.at(-1)?.section !== p.section) sections.push({ section: p.section, items: [] });
    sections.at(-1)!.items.push(p);
  }
  const sectionTitle = (section: string, items: Paragraph[]) => {
    const ind = items[0].indicator_id ? ix.indicators.get(items[0].indicator_id) : undefined;
    if (ind && ind.kind === 'question') return `${ind.code}. ${ind.question ?? ind.name}`;
    if (ind) return ind.name;
    return humanize(section);
  };
  const narrative = sections
    .map(({ section, items }) => `<section class="narrative"><h3>${esc(sectionTitle(section, items))}</h3>${items.map((p) => `<p id="${esc(p.paragraph_id)}">${esc(p.text)} <a class="line" href="#${esc(p.paragraph_id)}" title="${esc(r.source_file)} line ${p.source_line}">line ${p.source_line}</a></p>`).join('\n')}</section>`)
    .join('\n');
  const events = [...(ix.eventsByReport.get(id) ?? [])].sort(byDate);
  const timeline = events.length
    ? `<ol class="timeline">${events
        .map((e) => {
          const who = (ix.peopleOfEvent.get(e.event_id) ?? []).map((pid) => ix.peopleById.get(pid)).filter(Boolean) as Person[];
          return `<li><time datetime="${esc(e.date)}">${esc(e.date)}</time> ${typeLabel(e)} ${esc(e.text)} <a href="#${esc(e.paragraph_id)}">paragraph</a>${who.length ? ` <span class="who">${who.map((p) => `<a href="${personUrl('../', p.person_id)}">${esc(p.name)}</a>`).join(', ')}${outsideClause(ix, e)}</span>` : ''}</li>`;
        })
        .join('\n')}</ol>`
    : '<p>No dated events were found in this report.</p>';
  const mentions = ix.mentionsByReport.get(id) ?? [];
  const people = [...new Set(mentions.map((m) => m.person_id))].map((pid) => ix.peopleById.get(pid)!).filter(Boolean).sort((a, b) => a.name.localeCompare(b.name));
  const peopleList = people.length
    ? `<ul class="people">${people
        .map((p) => {
          const own = mentions.filter((m) => m.person_id === p.person_id);
          return `<li><a href="${personUrl('../', p.person_id)}">${esc(p.name)}</a>${p.roles.length ? ` <span class="role">${esc(p.roles.join('; '))}</span>` : ''}: ${own.length} mention${own.length === 1 ? '' : 's'} (${[...new Set(own.map((m) => m.paragraph_id))].map((pid) => `<a href="#${esc(pid)}">${esc(pid.slice(id.length + 1))}</a>`).join(', ')})</li>`;
        })
        .join('\n')}</ul>`
    : '<p>No named people were found in this report.</p>';
  const notes = ix.notesByReport.get(id) ?? [];
  const notesBlock = notes.length
    ? `<table><thead><tr><th scope="col">Code</th><th scope="col">Severity</th><th scope="col">Field</th><th scope="col">Message</th><th scope="col">Line</th></tr></thead><tbody>${notes.map((n) => `<tr><td>${esc(n.code)}</td><td>${esc(n.severity)}</td><td>${esc(n.field ?? '')}</td><td>${esc(n.message)}</td><td>${n.source_line ?? ''}</td></tr>`).join('')}</tbody></table>`
    : '<p>The build noted nothing about this report.</p>';
  const body = `<p class="crumbs"><a href="${countryUrl('../', r.country_code)}">${esc(r.country)}</a> · <a href="${editionUrl('../', r.publication, r.edition)}">${esc(PUBLICATION_NAMES[r.publication])} ${r.edition}</a></p>
<h1>${esc(reportTitle(r))}</h1>
<dl class="facts"><dt>Status</dt><dd>${status(r.status)}</dd><dt>${r.publication === 'fiw' ? 'Total score' : 'Democracy Percentage'}</dt><dd>${fmt(r.total_score)}${r.publication === 'fiw' ? ' / 100' : ' %'}</dd><dt>Last year</dt><dd>${status(r.previous_status)} ${fmt(r.previous_total_score)}</dd><dt>Coverage year</dt><dd>${r.coverage_year}</dd>${r.region ? `<dt>Region</dt><dd>${esc(r.region)}</dd>` : ''}${r.authors.length ? `<dt>Authors</dt><dd>${esc(r.authors.join(', '))}</dd>` : ''}<dt>Source</dt><dd><code>${esc(r.source_file)}</code> <span class="line">sha256 ${esc(r.source_sha256.slice(0, 12))}…</span></dd></dl>
<nav class="toc" aria-label="On this page"><a href="#scores">Scores</a> <a href="#changes">Score changes</a> <a href="#events">Events</a> <a href="#people">People</a> <a href="#notes">Notes</a> <a href="#text">Text</a></nav>
<section aria-labelledby="scores"><h2 id="scores">Scores</h2>${card}</section>
<section aria-labelledby="changes"><h2 id="changes">Stated score changes</h2>${changes}</section>
<section aria-labelledby="events"><h2 id="events">Events (${events.length})</h2>${timeline}</section>
<section aria-labelledby="people"><h2 id="people">People (${people.length})</h2>${peopleList}</section>
<section aria-labelledby="notes"><h2 id="notes">Source notes</h2>${notesBlock}</section>
<section aria-labelledby="text"><h2 id="text">The report</h2>${narrative}</section>`;
  return page({ title: reportTitle(r), root: '../', body });
}

type Cell = (indicatorId: string) => string;

function fiwCard(ix: Index, r: Report, cell: Cell): string {
  const subs = [...ix.indicators.values()].filter((i) => i.publication === 'fiw' && i.kind === 'subcategory').sort((a, b) => a.sort_order - b.sort_order);
  const questions = (sub: Indicator) => [...ix.indicators.values()].filter((i) => i.parent_id === sub.indicator_id && (i.kind === 'question' || i.kind === 'discretionary')).sort((a, b) => a.sort_order - b.sort_order);
  const has = new Set((ix.scoresByReport.get(r.report_id) ?? []).map((s) => s.indicator_id));
  const group = (parent: string, title: string) =>
    subs
      .filter((s) => s.parent_id === parent)
      .map((s) => `<tbody><tr class="sub"><th scope="rowgroup" colspan="2">${esc(s.code)}. ${esc(s.name)}</th>${cell(s.indicator_id)}</tr>${questions(s)
        .filter((q) => has.has(q.indicator_id))
        .map((q) => `<tr><th scope="row">${esc(q.code)}</th><td>${esc(q.question ?? q.name)}</td>${cell(q.indicator_id)}</tr>`)
        .join('')}</tbody>`)
      .join('') + `<tbody><tr class="total"><th scope="row" colspan="2">${title}</th>${cell(parent)}</tr></tbody>`;
  return `<table class="card"><caption>Freedom in the World ${r.edition}: ${esc(r.country)}, status ${esc(r.status)}; last year ${esc(r.previous_status ?? '–')}, ${fmt(r.previous_total_score)}</caption>
<thead><tr><th scope="col">Indicator</th><th scope="col">Question</th><th scope="col">Score</th><th scope="col">Last year, as stated</th></tr></thead>
${group('fiw.pr', 'Political Rights (0-40)')}${group('fiw.cl', 'Civil Liberties (0-60)')}
<tbody><tr class="total"><th scope="row" colspan="2">Total (0-100)</th>${cell('fiw.total')}</tr><tr><th scope="row" colspan="2">Political Rights rating (1-7)</th>${cell('fiw.pr_rating')}</tr><tr><th scope="row" colspan="2">Civil Liberties rating (1-7)</th>${cell('fiw.cl_rating')}</tr></tbody></table>`;
}

function nitCard(ix: Index, r: Report, cell: Cell): string {
  const cats = [...ix.indicators.values()].filter((i) => i.publication === 'nit' && i.kind === 'category').sort((a, b) => a.sort_order - b.sort_order);
  return `<table class="card"><caption>Nations in Transit ${r.edition}: ${esc(r.country)}, ${esc(r.status)}; ratings 1-7 (${r.rating_scale === '1_is_most_democratic' ? '1 is most democratic' : '7 is most democratic'})</caption>
<thead><tr><th scope="col">Category</th><th scope="col">Rating</th><th scope="col">Last year, as stated</th></tr></thead><tbody>
${cats.map((c) => `<tr><th scope="row">${esc(c.name)}</th>${cell(c.indicator_id)}</tr>`).join('')}
<tr class="total"><th scope="row">Democracy Score (1-7)</th>${cell('nit.democracy_score')}</tr>
<tr class="total"><th scope="row">Democracy Percentage (0-100)</th>${cell('nit.democracy_percentage')}</tr></tbody></table>`;
}

// ---- Person ----------------------------------------------------------------------------------

export function personPage(ix: Index, id: string): string {
  const p = ix.peopleById.get(id)!;
  const mentions = ix.mentionsByPerson.get(id) ?? [];
  const byReport = group(mentions, (m) => m.report_id);
  const snippet = (m: Mention) => {
    const text = ix.paragraphsById.get(m.paragraph_id)?.text ?? '';
    const a = Math.max(0, m.start - 80);
    const b = Math.min(text.length, m.end + 80);
    return `${a > 0 ? '…' : ''}${esc(text.slice(a, m.start))}<mark>${esc(text.slice(m.start, m.end))}</mark>${esc(text.slice(m.end, b))}${b < text.length ? '…' : ''}`;
  };
  const reportsBlock = [...byReport.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rid, ms]) => {
      const r = ix.reportsById.get(rid)!;
      return `<h3><a href="${reportUrl('../', rid)}">${esc(reportTitle(r))}</a></h3><ul class="mentions">${ms.map((m) => `<li>${snippet(m)} <a href="${reportUrl('../', rid)}#${esc(m.paragraph_id)}">paragraph</a></li>`).join('')}</ul>`;
    })
    .join('\n');
  const events = [...(ix.eventsOfPerson.get(id) ?? [])].sort(byDate);
  const body = `<h1>${esc(p.name)}</h1>
<dl class="facts"><dt>Spellings</dt><dd>${esc(p.spellings.join('; '))}</dd>${p.roles.length ? `<dt>Roles</dt><dd>${esc(p.roles.join('; '))}</dd>` : ''}${p.country_code && ix.reportsByCountry.has(p.country_code) ? `<dt>Country</dt><dd><a href="${countryUrl('../', p.country_code)}">${esc(ix.reportsByCountry.get(p.country_code)!.at(-1)!.country)}</a></dd>` : ''}<dt>Editions</dt><dd>${p.first_edition}${p.last_edition !== p.first_edition ? `–${p.last_edition}` : ''}</dd><dt>Mentions</dt><dd>${p.mentions}</dd></dl>
<section aria-labelledby="events"><h2 id="events">Events (${events.length})</h2>${events.length ? `<ol class="timeline">${events.map((e) => `<li><time datetime="${esc(e.date)}">${esc(e.date)}</time> ${typeLabel(e)} ${esc(e.text)} <a href="${reportUrl('../', e.report_id)}#${esc(e.paragraph_id)}">${esc(e.report_id)}</a>${outsideClause(ix, e)}</li>`).join('\n')}</ol>` : '<p>No dated event names this person.</p>'}</section>
<section aria-labelledby="mentions"><h2 id="mentions">Mentions</h2>${reportsBlock}</section>`;
  return page({ title: p.name, root: '../', body });
}

/** The people, a page per initial (a large collection names thousands), and a page listing the initials. */
export function peopleIndexPages(ix: Index): [string, string][] {
  const initial = (p: Person) => {
    const c = unaccented(p.name).charAt(0).toUpperCase();
    return /[A-Z]/.test(c) ? c : '#';
  };
  const byInitial = group([...ix.data.people].sort((a, b) => a.name.localeCompare(b.name) || a.person_id.localeCompare(b.person_id)), initial);
  const letters = [...byInitial.keys()].sort();
  const fileOf = (letter: string) => `people/by-initial-${letter === '#' ? 'other' : letter.toLowerCase()}.html`;
  const nav = `<nav aria-label="Initials" class="toc">${letters.map((l) => `<a href="${fileOf(l).slice('people/'.length)}">${esc(l)}</a>`).join(' ')}</nav>`;
  const pages: [string, string][] = [
    ['people/index.html', page({ title: 'People', root: '../', body: `<h1>People</h1><p>${ix.data.people.length} people named in the reports, by the initial of their name.</p>${nav}` })],
  ];
  for (const letter of letters) {
    const people = byInitial.get(letter)!;
    const body = `<h1>People: ${esc(letter)}</h1>${nav}<p>${people.length} people, with the number of times each is mentioned.</p>
<ul class="columns">${people.map((p) => `<li><a href="${fileId(p.person_id)}.html">${esc(p.name)}</a> <span class="line">${p.mentions}</span></li>`).join('')}</ul>`;
    pages.push([fileOf(letter), page({ title: `People: ${letter}`, root: '../', body })]);
  }
  return pages;
}

// ---- Edition ---------------------------------------------------------------------------------

export interface EditionTable {
  columns: string[];
  rows: (string | number | null)[][];
}

export function editionTable(ix: Index, publication: string, reports: Report[]): EditionTable {
  const v = (r: Report, id: string) => ix.scoresByReport.get(r.report_id)?.find((s) => s.indicator_id === id)?.value ?? null;
  const sorted = [...reports].sort((a, b) => a.country.localeCompare(b.country));
  if (publication === 'fiw') {
    return {
      columns: ['Country', 'Region', 'Status', 'Political Rights', 'Civil Liberties', 'Total', 'report_id'],
      rows: sorted.map((r) => [r.country, r.region, r.status, v(r, 'fiw.pr'), v(r, 'fiw.cl'), v(r, 'fiw.total'), r.report_id]),
    };
  }
  const cats = [...ix.indicators.values()].filter((i) => i.publication === 'nit' && i.kind === 'category').sort((a, b) => a.sort_order - b.sort_order);
  return {
    columns: ['Country', 'Regime type', ...cats.map((c) => c.name), 'Democracy Score', 'Democracy Percentage', 'report_id'],
    rows: sorted.map((r) => [r.country, r.status, ...cats.map((c) => v(r, c.indicator_id)), v(r, 'nit.democracy_score'), v(r, 'nit.democracy_percentage'), r.report_id]),
  };
}

export function editionPage(publication: string, edition: number, table: EditionTable, csvName: string): string {
  const idColumn = table.columns.indexOf('report_id');
  const shown = table.columns.filter((_, i) => i !== idColumn);
  const lines = table.rows.map((row) => ({ id: String(row[idColumn]), cells: row.filter((_, j) => j !== idColumn) }));
  const numeric = shown.map((_, i) => lines.every(({ cells }) => cells[i] === null || typeof cells[i] === 'number'));
  const head = shown.map((c, i) => `<th scope="col"${numeric[i] ? ' class="num"' : ''} aria-sort="${i === 0 ? 'ascending' : 'none'}"><button type="button" data-column="${i}">${esc(c)}</button></th>`).join('');
  const rows = lines
    .map(({ id, cells }) => {
      return `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row"><a href="${reportUrl('../', id)}">${esc(c)}</a></th>` : `<td${numeric[i] ? ` class="num" data-value="${c ?? ''}"` : ''}>${typeof c === 'number' ? fmt(c) : esc(c ?? '–')}</td>`)).join('')}</tr>`;
    })
    .join('\n');
  const title = `${PUBLICATION_NAMES[publication]} ${edition}`;
  const body = `<h1>${esc(title)}</h1>
<p>${table.rows.length} report${table.rows.length === 1 ? '' : 's'}. Select a column heading to sort by it. <a href="${esc(csvName)}" download>Download this table as CSV</a>.</p>
<table class="sortable"><caption>${esc(title)}: every country's scores</caption><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table>`;
  return page({ title, root: '../', body, scripts: ['sort.js'] });
}

// ---- SQL console -------------------------------------------------------------------------------

export function consolePage(ix: Index, tables: string[]): string {
  const examples = ix.examples
    .map((e, i) => `<li><button type="button" class="example" data-example="${i}">${esc(e.title)}</button></li>`)
    .join('');
  const body = `<h1>SQL console</h1>
<p>DuckDB runs in your browser over this release's tables (its Arrow files): ${tables.map((t) => `<code>${esc(t)}</code>`).join(', ')}. Nothing is sent anywhere. The engine (about 35 MB) loads when you open this page.</p>
<h2>Example queries</h2><ul class="examples">${examples}</ul>
<form id="console-form">
<label for="sql">Query</label>
<textarea id="sql" name="sql" rows="8" spellcheck="false">SELECT publication, edition, count(*) AS reports FROM reports GROUP BY ALL ORDER BY ALL;</textarea>
<button type="submit" id="run">Run</button>
</form>
<p id="console-status" role="status" aria-live="polite">Loading DuckDB…</p>
<div id="console-result" class="result"></div>
<script type="application/json" id="console-examples">${JSON.stringify(ix.examples.map((e) => e.sql)).replace(/</g, '\\u003c')}</script>
<script type="application/json" id="console-tables">${JSON.stringify(tables)}</script>`;
  return page({ title: 'SQL console', root: '', body, scripts: ['console.js'] });
}
