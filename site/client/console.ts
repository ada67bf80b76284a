// The SQL console: DuckDB compiled to WebAssembly, run in a worker, over the release's tables
// (its Arrow files, as IPC streams) fetched from this site. Bundled by the site build into assets/console.js.
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('console-status');
const result = $('console-result');
const sql = $<HTMLTextAreaElement>('sql');
const run = $<HTMLButtonElement>('run');
const examples = JSON.parse($('console-examples').textContent ?? '[]') as string[];
const tables = JSON.parse($('console-tables').textContent ?? '[]') as string[];
const MAX_ROWS = 500;

const show = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { toJSON?: () => unknown };
    return JSON.stringify(v.toJSON ? v.toJSON() : v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
  }
  return String(value);
};

async function open() {
  // Absolute URLs: the worker resolves a relative one against its own folder.
  const url = (path: string) => new URL(path, document.baseURI).href;
  const worker = new Worker(url('assets/duckdb/duckdb-browser-eh.worker.js'));
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(url('assets/duckdb/duckdb-eh.wasm'));
  const conn = await db.connect();
  for (const t of tables) {
    const response = await fetch(`data/${t}.arrows`);
    if (!response.ok) throw new Error(`data/${t}.arrows: ${response.status}`);
    await conn.insertArrowFromIPCStream(new Uint8Array(await response.arrayBuffer()), { name: t, create: true });
  }
  return conn;
}

function render(table: { numRows: number; schema: { fields: { name: string }[] }; toArray(): { toJSON(): Record<string, unknown> }[] }) {
  const names = table.schema.fields.map((f) => f.name);
  const t = document.createElement('table');
  const caption = t.createCaption();
  caption.textContent = `${table.numRows} row${table.numRows === 1 ? '' : 's'}${table.numRows > MAX_ROWS ? ` (the first ${MAX_ROWS} shown)` : ''}`;
  const head = t.createTHead().insertRow();
  for (const n of names) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = n;
    head.appendChild(th);
  }
  const body = t.createTBody();
  for (const row of table.toArray().slice(0, MAX_ROWS)) {
    const tr = body.insertRow();
    const values = row.toJSON();
    for (const n of names) tr.insertCell().textContent = show(values[n]);
  }
  result.replaceChildren(t);
  return table.numRows;
}

const ready = open();
ready.then(
  () => {
    status.textContent = `Ready: ${tables.length} tables. Type a query and press Run.`;
    run.disabled = false;
  },
  (error: Error) => {
    status.textContent = `DuckDB could not start: ${error.message}`;
  },
);
run.disabled = true;

$<HTMLFormElement>('console-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const conn = await ready;
  status.textContent = 'Running…';
  const started = performance.now();
  try {
    const rows = render(await conn.query(sql.value));
    status.textContent = `${rows} row${rows === 1 ? '' : 's'} in ${Math.round(performance.now() - started)} ms.`;
  } catch (error) {
    result.replaceChildren();
    status.textContent = `Error: ${(error as Error).message}`;
  }
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button.example')) {
  button.addEventListener('click', () => {
    sql.value = examples[Number(button.dataset.example)] ?? '';
    sql.focus();
  });
}
