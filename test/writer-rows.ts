// Columns of every type and rows with the values that matter to the writers (a formula-like cell,
// a null, quotes, a comma and a line break), shared by the writers' tests.
import type { Column } from '../schemas/columns.ts';

export const column = (name: string, type: Column['type'], nullable = false): Column => ({
  name, type, nullable, description: '', unit: null, enum: null, minimum: null, maximum: null, pattern: null,
});
export const columns = [column('id', 'string'), column('n', 'integer'), column('x', 'number', true), column('ok', 'boolean'), column('tags', 'string[]'), column('notes', 'integer[]')];
export const rows = [
  { id: 'a', n: 1, x: 1.25, ok: true, tags: ['p', 'q'], notes: [36, 37] },
  { id: '=SUM(A1)', n: -2, x: null, ok: false, tags: [], notes: [] },
  { id: 'say "hi", then\nleave', n: 3, x: 4.76, ok: true, tags: ['+1'], notes: [1] },
];
