// The data diff between two releases, for data users: reports added or removed, every score that
// changed, rows per table, schema changes; and the version bump the changes require.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnsOf } from '../../schemas/columns.ts';
import { TABLES, type Row } from '../../schemas/tables.ts';
import { SEMVER } from './metadata.ts';

export interface ReleaseData {
  version: string;
  tables: Record<string, Row[]>;
  /** Column name -> type, per table. */
  columns: Record<string, Record<string, string>>;
}

export type Bump = 'major' | 'minor' | 'patch';
const ORDER: Bump[] = ['patch', 'minor', 'major'];

export interface DataDiff {
  from: string | null;
  to: string;
  reportsAdded: string[];
  reportsRemoved: string[];
  scoresChanged: { report_id: string; indicator_id: string; from: number; to: number }[];
  rows: { table: string; from: number; to: number }[];
  schema: { table: string; change: 'table added' | 'table removed' | 'column added' | 'column removed' | 'column retyped'; column?: string; detail?: string }[];
  required: Bump;
}

export function currentColumns(): Record<string, Record<string, string>> {
  return Object.fromEntries(TABLES.map((t) => [t.name, Object.fromEntries(columnsOf(t).map((c) => [c.name, c.type]))]));
}

/** Column types from a table's JSON Schema, as columnsOf names them. */
function columnsFromJsonSchema(schema: { properties?: Record<string, { type?: string | string[]; anyOf?: { type?: string; items?: { type?: string } }[]; items?: { type?: string } }> }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    const core = s.anyOf ? s.anyOf.find((x) => x.type !== 'null')! : s;
    let type = Array.isArray(core.type) ? core.type.find((t) => t !== 'null') : core.type;
    if (type === 'array') type = `${core.items?.type}[]`;
    out[name] = String(type);
  }
  return out;
}

/** A previous release from its assets (`<table>.json`, `datapackage.json`) in a folder. */
export function loadReleaseFolder(dir: string): ReleaseData {
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
  const tables: Record<string, Row[]> = {};
  const columns: Record<string, Record<string, string>> = {};
  for (const r of descriptor.resources as { name: string; format: string; schema?: { fields: { name: string; type: string }[] } }[]) {
    if (r.format !== 'json' || !r.schema) continue;
    const table = r.name.replace(/-json$/, '');
    tables[table] = existsSync(join(dir, `${table}.json`)) ? JSON.parse(readFileSync(join(dir, `${table}.json`), 'utf8')) : [];
    columns[table] = Object.fromEntries(r.schema.fields.map((f) => [f.name, f.type]));
  }
  // Lists are "array" in a descriptor; compare them as the current columns name them.
  for (const [table, cols] of Object.entries(columns)) {
    const now = currentColumns()[table] ?? {};
    for (const [name, type] of Object.entries(cols)) if (type === 'array' && now[name]?.endsWith('[]')) cols[name] = now[name];
  }
  return { version: descriptor.version, tables, columns };
}

/** The newest release tagged `vX.Y.Z` before `version`, read from git (dist/ is committed). */
export function loadTaggedRelease(root: string, version: string): ReleaseData | null {
  let tags: string[];
  try {
    tags = execFileSync('git', ['tag', '--list', 'v*'], { cwd: root, encoding: 'utf8' }).split('\n').filter((t) => SEMVER.test(t.slice(1)));
  } catch {
    return null;
  }
  const older = tags.map((t) => t.slice(1)).filter((v) => compareVersions(v, version) < 0).sort(compareVersions);
  const previous = older.at(-1);
  if (!previous) return null;
  const show = (path: string) => {
    try {
      return execFileSync('git', ['show', `v${previous}:${path}`], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    } catch {
      return null;
    }
  };
  const tables: Record<string, Row[]> = {};
  const columns: Record<string, Record<string, string>> = {};
  const names = (show('dist/json/') ?? '').split('\n').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
  for (const table of names) {
    tables[table] = JSON.parse(show(`dist/json/${table}.json`) ?? '[]');
    const schema = show(`schemas/${table}.schema.json`);
    columns[table] = schema ? columnsFromJsonSchema(JSON.parse(schema)) : {};
  }
  return { version: previous, tables, columns };
}

export function compareVersions(a: string, b: string): number {
  const x = SEMVER.exec(a)!.slice(1).map(Number);
  const y = SEMVER.exec(b)!.slice(1).map(Number);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The bump from one version to the next, or null when the new one is not greater. */
export function bumpOf(from: string, to: string): Bump | null {
  const x = SEMVER.exec(from)!.slice(1).map(Number);
  const y = SEMVER.exec(to)!.slice(1).map(Number);
  if (compareVersions(to, from) <= 0) return null;
  if (y[0] > x[0]) return 'major';
  if (y[1] > x[1]) return 'minor';
  return 'patch';
}

export const atLeast = (bump: Bump, required: Bump) => ORDER.indexOf(bump) >= ORDER.indexOf(required);

export function diffReleases(previous: ReleaseData | null, current: ReleaseData): DataDiff {
  const diff: DataDiff = { from: previous?.version ?? null, to: current.version, reportsAdded: [], reportsRemoved: [], scoresChanged: [], rows: [], schema: [], required: 'patch' };
  const before = previous?.tables ?? {};
  const ids = (rows: Row[] | undefined) => new Set((rows ?? []).map((r) => String(r.report_id)));
  const was = ids(before.reports);
  const now = ids(current.tables.reports);
  diff.reportsAdded = [...now].filter((r) => !was.has(r)).sort();
  diff.reportsRemoved = [...was].filter((r) => !now.has(r)).sort();
  const oldScores = new Map((before.scores ?? []).map((s) => [`${s.report_id}|${s.indicator_id}`, Number(s.value)]));
  for (const s of current.tables.scores ?? []) {
    const old = oldScores.get(`${s.report_id}|${s.indicator_id}`);
    if (old !== undefined && old !== s.value) diff.scoresChanged.push({ report_id: String(s.report_id), indicator_id: String(s.indicator_id), from: old, to: Number(s.value) });
  }
  const tableNames = [...new Set([...Object.keys(current.tables), ...Object.keys(before)])].sort();
  diff.rows = tableNames.map((table) => ({ table, from: before[table]?.length ?? 0, to: current.tables[table]?.length ?? 0 }));
  if (previous) {
    for (const table of tableNames) {
      const a = previous.columns[table];
      const b = current.columns[table];
      if (!a && b) diff.schema.push({ table, change: 'table added' });
      else if (a && !b) diff.schema.push({ table, change: 'table removed' });
      else if (a && b) {
        for (const c of Object.keys(a)) {
          if (!(c in b)) diff.schema.push({ table, change: 'column removed', column: c });
          else if (a[c] !== b[c]) diff.schema.push({ table, change: 'column retyped', column: c, detail: `${a[c]} -> ${b[c]}` });
        }
        for (const c of Object.keys(b)) if (!(c in a)) diff.schema.push({ table, change: 'column added', column: c });
      }
    }
  }
  const breaking = diff.schema.some((s) => s.change === 'table removed' || s.change === 'column removed' || s.change === 'column retyped');
  const adding = diff.reportsAdded.length > 0 || diff.schema.some((s) => s.change === 'table added' || s.change === 'column added');
  diff.required = breaking ? 'major' : adding ? 'minor' : 'patch';
  return diff;
}

export function formatDiff(diff: DataDiff): string {
  const lines = [`# Data diff: ${diff.from ?? '(none)'} -> ${diff.to}`, ''];
  if (!diff.from) lines.push('First release: everything is new.', '');
  lines.push(`Version bump the changes require: ${diff.required.toUpperCase()}.`, '');
  lines.push('## Reports', '', `- added (${diff.reportsAdded.length}): ${diff.reportsAdded.join(', ') || 'none'}`, `- removed (${diff.reportsRemoved.length}): ${diff.reportsRemoved.join(', ') || 'none'}`, '');
  lines.push('## Scores changed', '');
  if (diff.scoresChanged.length === 0) lines.push('None.');
  else lines.push('| report | indicator | old | new |', '| --- | --- | --- | --- |', ...diff.scoresChanged.map((s) => `| ${s.report_id} | ${s.indicator_id} | ${s.from} | ${s.to} |`));
  lines.push('', '## Rows per table', '', '| table | before | after | change |', '| --- | --- | --- | --- |');
  for (const r of diff.rows) lines.push(`| ${r.table} | ${r.from} | ${r.to} | ${r.to - r.from >= 0 ? '+' : ''}${r.to - r.from} |`);
  lines.push('', '## Schema changes', '');
  if (diff.schema.length === 0) lines.push('None.');
  else lines.push(...diff.schema.map((s) => `- ${s.table}: ${s.change}${s.column ? ` \`${s.column}\`` : ''}${s.detail ? ` (${s.detail})` : ''}`));
  return `${lines.join('\n')}\n`;
}
