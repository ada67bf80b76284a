// The reviewed person aliases (raw/person-aliases.csv): which spellings are one person.
import { personId } from '../../schemas/tables.ts';
import { problem, type Problem } from '../common/problems.ts';
import { readCsvRecords } from './records.ts';

export interface PersonAlias {
  /** A spelling of the full name as printed. */
  name: string;
  person_id: string;
}

/**
 * The reviewed aliases of a CSV file (`name,person_id`; `#` comments), and a problem naming the
 * file and line of each row that would give people a wrong id: a row missing its name or its
 * id, an id no person can have (see the people schema), or text that is not CSV.
 */
export function readAliases(csv: string, file: string): { aliases: PersonAlias[]; problems: Problem[] } {
  const { records, problems } = readCsvRecords(csv, file, 'ALIASES_UNREADABLE', { comment: '#' });
  const aliases: PersonAlias[] = [];
  for (const { record, line } of records) {
    const where = { file, line, field: record.name ? 'person_id' : 'name' };
    if (!record.name || !record.person_id) problems.push(problem('ALIAS_INCOMPLETE', 'a row needs both a name and a person_id', where));
    else if (!personId.safeParse(record.person_id).success) problems.push(problem('ALIAS_PERSON_ID', `"${record.person_id}" is no person id: lower-case letters and digits, joined by single hyphens`, where));
    else aliases.push({ name: record.name, person_id: record.person_id });
  }
  return { aliases, problems };
}
