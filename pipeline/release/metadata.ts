// What a release says about itself: the dataset's description, its version (package.json), its
// release date (the CHANGELOG entry), and the citation files generated from them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface DatasetMetadata {
  name: string;
  title: string;
  description: string;
  version: string;
  released: string;
  repository: string;
  license: { id: string; title: string; path: string };
  keywords: string[];
  authors: { name: string }[];
}

const DESCRIPTION =
  'Freedom House\'s Freedom in the World and Nations in Transit country reports as validated tables: every score and ' +
  'paragraph as published, with the people and dated events the reports describe, each row pointing back to its source ' +
  'file and line. Compiled from the public report texts; the reports themselves are Freedom House\'s.';

export const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** The CHANGELOG entry of a version: `## [X.Y.Z] - YYYY-MM-DD` and the lines under it. */
export function changelogEntry(changelog: string, version: string): { date: string; body: string } | null {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) return null;
  const date = /-\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(lines[start])?.[1];
  if (!date) return null;
  const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return { date, body: lines.slice(start + 1, next < 0 ? undefined : next).join('\n').trim() };
}

export function loadMetadata(root: string): DatasetMetadata {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entry = changelogEntry(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), pkg.version);
  if (!entry) throw new Error(`CHANGELOG.md has no dated entry "## [${pkg.version}] - YYYY-MM-DD" for the version in package.json`);
  return {
    name: 'freedom-reports',
    title: 'Freedom Reports Dataset',
    description: DESCRIPTION,
    version: pkg.version,
    released: entry.date,
    repository: pkg.repository.url,
    license: { id: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
    keywords: ['Freedom House', 'Freedom in the World', 'Nations in Transit', 'democracy', 'civil liberties', 'political rights', 'human rights'],
    authors: [{ name: 'Freedom Reports Dataset contributors' }],
  };
}

/** CITATION.cff (Citation File Format 1.2.0). */
export function citationCff(m: DatasetMetadata): string {
  const cff = {
    'cff-version': '1.2.0',
    message: 'If you use this dataset, please cite the release you used as below.',
    type: 'dataset',
    title: m.title,
    version: m.version,
    'date-released': m.released,
    abstract: m.description,
    authors: m.authors,
    license: m.license.id,
    'repository-code': m.repository,
    url: `${m.repository}/releases/tag/v${m.version}`,
    keywords: m.keywords,
    references: [
      { type: 'report', title: 'Freedom in the World', authors: [{ name: 'Freedom House' }], url: 'https://freedomhouse.org/report/freedom-world' },
      { type: 'report', title: 'Nations in Transit', authors: [{ name: 'Freedom House' }], url: 'https://freedomhouse.org/report/nations-transit' },
    ],
  };
  return `# Generated from pipeline/release/metadata.ts by \`npm run generate\`.\n${stringify(cff, { lineWidth: 0 })}`;
}

/** .zenodo.json, read by Zenodo's GitHub integration when a release is published. */
export function zenodoJson(m: DatasetMetadata): string {
  const zenodo = {
    title: m.title,
    version: m.version,
    publication_date: m.released,
    upload_type: 'dataset',
    description: m.description,
    creators: m.authors,
    license: m.license.id.toLowerCase(),
    keywords: m.keywords,
    related_identifiers: [{ identifier: m.repository, relation: 'isSupplementTo', scheme: 'url' }],
  };
  return `${JSON.stringify(zenodo, null, 2)}\n`;
}
