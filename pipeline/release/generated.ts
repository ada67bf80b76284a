// Every generated file of the project: what the schemas generate (schemas/generate.ts) and the
// citation files made from the release metadata. `npm run generate` writes them; a test fails
// when a committed copy is stale.
import { schemaFiles } from '../../schemas/generate.ts';
import { PROJECT_ROOT } from '../common/files.ts';
import { citationCff, loadMetadata, zenodoJson } from './metadata.ts';

export function generatedFiles(): Map<string, string> {
  const files = schemaFiles();
  const metadata = loadMetadata(PROJECT_ROOT);
  files.set('CITATION.cff', citationCff(metadata));
  files.set('.zenodo.json', zenodoJson(metadata));
  return files;
}
