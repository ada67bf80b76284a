// HTML building blocks shared by every page: escaping, the page frame, small formatters.

export const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const PUBLICATION_NAMES: Record<string, string> = { fiw: 'Freedom in the World', nit: 'Nations in Transit' };

export interface PageOptions {
  title: string;
  /** '' for pages at the site's root, '../' for pages one folder down. */
  root: string;
  body: string;
  description?: string;
  /** Scripts of the page, relative to assets/ (the search runs on every page). */
  scripts?: string[];
}

export function page({ title, root, body, description, scripts = [] }: PageOptions): string {
  const allScripts = ['search.js', ...scripts];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Freedom Reports Dataset</title>
${description ? `<meta name="description" content="${esc(description)}">\n` : ''}<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}assets/style.css">
</head>
<body data-root="${root}">
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="${root}index.html">Freedom Reports Dataset</a>
<nav aria-label="Site"><a href="${root}index.html#editions">Editions</a> <a href="${root}index.html#countries">Countries</a> <a href="${root}people/index.html">People</a> <a href="${root}console.html">SQL console</a></nav>
<form class="search" role="search" action="${root}index.html#countries">
<label for="search">Search countries and people</label>
<input id="search" name="q" type="search" autocomplete="off" aria-describedby="search-help" aria-controls="search-results">
<span id="search-help" class="visually-hidden">Results appear below as you type.</span>
<ul id="search-results" class="search-results" aria-live="polite"></ul>
</form>
</header>
<main id="main">
${body}
</main>
<footer class="site"><p>Compiled from Freedom House's public report texts; the reports are Freedom House's. Every value links to the paragraph or source line it was read from.</p></footer>
${allScripts.map((s) => `<script src="${root}assets/${s}" defer></script>`).join('\n')}
</body>
</html>
`;
}

export const fmt = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(2));

export function humanBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Without accents: "Saïed" -> "Saied". */
export const unaccented = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** "key_developments" -> "Key developments". */
export const humanize = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/_/g, ' ');

/** A file name safe in any file system and URL: the ids are lower-case slugs already. */
export const fileId = (id: string) => id.replace(/[^A-Za-z0-9_.-]/g, '_');

export const STATUS_CLASS: Record<string, string> = { Free: 'free', 'Partly Free': 'partly-free', 'Not Free': 'not-free' };
