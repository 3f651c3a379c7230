import path from 'node:path';
import { parseArgs } from 'node:util';
import { EU_LANGUAGES } from '../../modules/reference/languages.js';
import { countCatalogue, defaultCatalogueDir, formatProblem, loadCatalogue } from '../../modules/catalogue/load.js';

/**
 * `openimi catalogue validate [--dir D] [--languages en,de]`: checks the catalogue and prints every
 * problem as `file: path: message`; when it is valid, ends with the counts. Exit 1 when invalid.
 */
export function catalogueValidateCommand(args: string[]): number {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' }, languages: { type: 'string' } } });
  const dir = values.dir ? path.resolve(values.dir) : defaultCatalogueDir();
  const languages = values.languages ? values.languages.split(',').map((l) => l.trim()).filter(Boolean) : [...EU_LANGUAGES];
  const unknown = languages.filter((l) => !(EU_LANGUAGES as readonly string[]).includes(l));
  if (unknown.length > 0) {
    console.error(`Unknown language(s): ${unknown.join(', ')}. The catalogue's languages are ${EU_LANGUAGES.join(' ')}.`);
    return 2;
  }
  const result = loadCatalogue(dir, { languages });
  if (!result.ok) {
    for (const p of result.problems) console.log(formatProblem(p));
    console.log(`\n${dir}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; the catalogue is not valid.`);
    return 1;
  }
  const c = countCatalogue(result.catalogue);
  const types = Object.entries(c.proceduresByType).map(([t, n]) => `${t} ${n}`).join(', ');
  console.log(`${dir}: valid.`);
  console.log(`  procedures by workflow type: ${types}`);
  console.log(`  legislation: ${c.legislation}, sections: ${c.sections}, conditional questions: ${c.conditionalQuestions}, options: ${c.options}, standard messages: ${c.messages}, professions and activities: ${c.professions}`);
  console.log(`  texts: ${c.texts} per language × ${c.languages} languages = ${c.texts * c.languages}`);
  console.log(`areas: ${c.areas}, procedures: ${c.procedures}, questions: ${c.questions}, languages: ${c.languages}`);
  return 0;
}
