// Compares two dataset folders: every file byte for byte, except the DuckDB database, whose
// file format is not byte-stable, which is compared table by table through its contents.
import { existsSync, readdirSync } from 'node:fs';
import { sha256File } from '../common/files.ts';
import { join, relative, sep } from 'node:path';
import { openDatabase, quoteIdentifier } from '../write/duckdb.ts';

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

export async function compareDatasets(a: string, b: string): Promise<string[]> {
  const differences: string[] = [];
  const left = files(a);
  const right = files(b);
  for (const f of left.filter((x) => !right.includes(x))) differences.push(`only in ${a}: ${f}`);
  for (const f of right.filter((x) => !left.includes(x))) differences.push(`only in ${b}: ${f}`);
  for (const f of left.filter((x) => right.includes(x))) {
    if (f.endsWith('.duckdb')) differences.push(...(await compareDatabases(join(a, f), join(b, f))).map((d) => `${f}: ${d}`));
    else if (sha256File(join(a, f)) !== sha256File(join(b, f))) differences.push(`differs: ${f}`);
  }
  return differences;
}

export async function compareDatabases(a: string, b: string): Promise<string[]> {
  const { instance, connection } = await openDatabase(':memory:');
  const differences: string[] = [];
  try {
    await connection.run(`ATTACH '${a.replace(/'/g, "''")}' AS a (READ_ONLY)`);
    await connection.run(`ATTACH '${b.replace(/'/g, "''")}' AS b (READ_ONLY)`);
    const tablesOf = async (db: string) =>
      (await (await connection.run(`SELECT table_name FROM duckdb_tables() WHERE database_name = '${db}' ORDER BY 1`)).getRowsJS()).map((r) => String(r[0]));
    const ta = await tablesOf('a');
    const tb = await tablesOf('b');
    if (ta.join() !== tb.join()) differences.push(`tables differ: ${ta.join(',')} vs ${tb.join(',')}`);
    for (const t of ta.filter((x) => tb.includes(x))) {
      const q = quoteIdentifier(t);
      const schema = async (db: string) => JSON.stringify(await (await connection.run(`SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_catalog = '${db}' AND table_name = '${t}' ORDER BY ordinal_position`)).getRowsJS());
      if ((await schema('a')) !== (await schema('b'))) differences.push(`${t}: columns differ`);
      const rows = await connection.run(
        `SELECT (SELECT count(*) FROM (SELECT * FROM a.${q} EXCEPT ALL SELECT * FROM b.${q})) + (SELECT count(*) FROM (SELECT * FROM b.${q} EXCEPT ALL SELECT * FROM a.${q}))`,
      );
      const n = Number((await rows.getRowsJS())[0][0]);
      if (n) differences.push(`${t}: ${n} rows differ`);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return differences;
}
