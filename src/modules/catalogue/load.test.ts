import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EU_LANGUAGES } from '../reference/languages.js';
import { countCatalogue, loadCatalogue, type CatalogueProblem } from './load.js';
import { WORKFLOW_TYPES } from './schema.js';
import { copyCatalogue, type CatalogueCopy } from './test-catalogue.js';

let copy: CatalogueCopy | undefined;
afterEach(() => {
  copy?.remove();
  copy = undefined;
});

function problemsOf(dir: string): CatalogueProblem[] {
  const result = loadCatalogue(dir);
  if (result.ok) throw new Error('expected the catalogue to be invalid');
  return result.problems;
}

type AreaJson = {
  procedures: Array<{ code: string; sections: Array<{ questions: Array<Record<string, unknown>> }>; legalBasis: Array<{ legislation: string }>; professions: string[] }>;
};

describe('the shipped catalogue', () => {
  const result = loadCatalogue();

  it('is valid in all 24 languages', () => {
    expect(result.ok ? [] : result.problems.slice(0, 20)).toEqual([]);
  });

  it('has the areas IMI is known for, at least 30 procedures and every workflow type', () => {
    if (!result.ok) throw new Error('invalid');
    const c = result.catalogue;
    const counts = countCatalogue(c);
    expect(counts.areas).toBeGreaterThanOrEqual(12);
    expect(counts.procedures).toBeGreaterThanOrEqual(30);
    expect(Object.keys(counts.proceduresByType).sort()).toEqual([...WORKFLOW_TYPES].sort());
    expect(counts.languages).toBe(24);
    expect(c.areas.map((a) => a.code)).toEqual(
      expect.arrayContaining([
        'professional-qualifications', 'services', 'posting-of-workers', 'euro-cash-transport', 'train-drivers', 'solvit',
        'patients-rights', 'e-commerce', 'public-procurement', 'consumer-protection', 'public-documents',
      ]),
    );
    // Every text the English files have exists, non-empty, in each of the 24 languages.
    const english = Object.keys(c.texts.get('en')!);
    for (const lang of EU_LANGUAGES) expect(Object.keys(c.texts.get(lang)!).sort()).toEqual([...english].sort());
  });
});

describe('adding a policy area', () => {
  it('needs only its folder: the new area is validated, loaded and has its texts in every language', () => {
    copy = copyCatalogue();
    const before = loadCatalogue(copy.dir);
    copy.addFixtureArea('cultural-goods');
    const result = loadCatalogue(copy.dir);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok || !before.ok) return;
    expect(result.catalogue.areas.map((a) => a.code)).toContain('cultural-goods');
    expect(countCatalogue(result.catalogue).procedures).toBe(countCatalogue(before.catalogue).procedures + 1);
    expect(result.catalogue.procedures.get('cg-search-request')?.area).toBe('cultural-goods');
    for (const lang of EU_LANGUAGES) expect(result.catalogue.texts.get(lang)?.['procedure.cg-search-request']).toBeTruthy();
  });
});

describe('a broken catalogue', () => {
  it('names every text missing in a language, with the file and the key', () => {
    copy = copyCatalogue();
    copy.edit<Record<string, string>>('areas/services/i18n/de.json', (texts) => {
      delete texts['procedure.svc-alert'];
    });
    copy.edit<Record<string, string>>('areas/services/i18n/mt.json', (texts) => {
      delete texts['area.services.description'];
    });
    const problems = problemsOf(copy.dir);
    expect(problems).toEqual([
      { file: 'areas/services/i18n/de.json', path: 'procedure.svc-alert', message: expect.stringMatching(/^missing \(English: ".+"\)$/) },
      { file: 'areas/services/i18n/mt.json', path: 'area.services.description', message: expect.stringContaining('missing') },
    ]);
  });

  it('refuses a missing language file, an empty text and a text the structure does not use', () => {
    copy = copyCatalogue();
    copy.addFixtureArea('cultural-goods');
    fs.rmSync(`${copy.dir}/areas/cultural-goods/i18n/lv.json`);
    copy.edit<Record<string, string>>('areas/cultural-goods/i18n/fi.json', (t) => {
      t['question.cg-search-request.found'] = '  ';
    });
    copy.edit<Record<string, string>>('areas/cultural-goods/i18n/en.json', (t) => {
      t['question.cg-search-request.no-such-question'] = 'Orphan';
    });
    const problems = problemsOf(copy.dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'areas/cultural-goods/i18n/lv.json', path: '(file)', message: 'missing' },
        { file: 'areas/cultural-goods/i18n/fi.json', path: 'question.cg-search-request.found', message: 'an empty text' },
        { file: 'areas/cultural-goods/i18n/en.json', path: 'question.cg-search-request.no-such-question', message: expect.stringContaining('not used') },
        // The orphan is then missing from every other language's point of view.
        { file: 'areas/cultural-goods/i18n/de.json', path: 'question.cg-search-request.no-such-question', message: expect.stringContaining('missing') },
      ]),
    );
  });

  it('refuses a condition on a question that does not exist, or comes later, or a value it cannot have', () => {
    copy = copyCatalogue();
    copy.addFixtureArea('cultural-goods');
    const file = 'areas/cultural-goods/area.json';
    copy.edit<AreaJson>(file, (area) => {
      const [object, reply] = area.procedures[0]!.sections;
      object!.questions[2]!.showWhen = { question: 'categroy', equals: ['other'] };
      object!.questions[3]!.showWhen = { question: 'found', equals: ['yes'] };
      reply!.questions[1]!.showWhen = { question: 'found', equals: ['maybe'] };
    });
    const at = 'procedures[cg-search-request].sections';
    expect(problemsOf(copy.dir)).toEqual([
      { file, path: `${at}[object].questions[category-other].showWhen.question`, message: 'refers to question "categroy", which does not exist in cg-search-request' },
      { file, path: `${at}[object].questions[removal-date].showWhen.question`, message: expect.stringContaining('comes after this question') },
      { file, path: `${at}[reply].questions[location].showWhen.equals`, message: '"maybe" is not an answer of "found" (yes, no)' },
    ]);
  });

  it('checks the structure against the schema and every cross-reference, reporting them all at once', () => {
    copy = copyCatalogue();
    copy.addFixtureArea('cultural-goods');
    const file = 'areas/cultural-goods/area.json';
    copy.edit<AreaJson>(file, (area) => {
      const p = area.procedures[0]!;
      p.legalBasis[0]!.legislation = 'directive-2014-61';
      p.professions = ['art-dealer'];
      p.sections[0]!.questions[1]!.type = 'dropdown';
      delete p.sections[0]!.questions[4]!.code;
    });
    const schemaProblems = problemsOf(copy.dir);
    // Schema problems come first; the area is not cross-checked until its structure parses.
    expect(schemaProblems.map((p) => `${p.file}: ${p.path}`)).toEqual([
      `${file}: procedures[cg-search-request].sections[object].questions[category].type`,
      `${file}: procedures[cg-search-request].sections[object].questions[4].code`,
    ]);
    copy.edit<AreaJson>(file, (area) => {
      const q = area.procedures[0]!.sections[0]!.questions;
      q[1]!.type = 'single-choice';
      q[4]!.code = 'photograph';
    });
    expect(problemsOf(copy.dir)).toEqual([
      { file, path: 'procedures[cg-search-request].legalBasis[0].legislation', message: 'unknown legislation "directive-2014-61"' },
      { file, path: 'procedures[cg-search-request].professions', message: 'unknown profession "art-dealer" (not in taxonomy/professions.json)' },
    ]);
  });

  it('needs an article or an annex in each legal basis', () => {
    copy = copyCatalogue();
    copy.addFixtureArea('cultural-goods');
    copy.edit<{ procedures: Array<{ legalBasis: Array<Record<string, unknown>> }> }>('areas/cultural-goods/area.json', (area) => {
      area.procedures[0]!.legalBasis[0] = { legislation: 'directive-2014-60', articles: [], annexes: ['7'] };
    });
    expect(problemsOf(copy.dir)).toEqual([
      { file: 'areas/cultural-goods/area.json', path: 'procedures[cg-search-request].legalBasis[0].annexes[0]', message: 'a Roman numeral such as "VII", or "" for the only annex' },
    ]);
    copy.edit<{ procedures: Array<{ legalBasis: Array<Record<string, unknown>> }> }>('areas/cultural-goods/area.json', (area) => {
      area.procedures[0]!.legalBasis[0] = { legislation: 'directive-2014-60', articles: [] };
    });
    expect(problemsOf(copy.dir)).toEqual([
      { file: 'areas/cultural-goods/area.json', path: 'procedures[cg-search-request].legalBasis[0]', message: 'cite at least one article or annex' },
    ]);
  });

  it('refuses a procedure code used twice, invalid JSON, and a folder that is not the area code', () => {
    copy = copyCatalogue();
    copy.addFixtureArea('cultural-goods');
    copy.edit<AreaJson & { code: string }>('areas/cultural-goods/area.json', (area) => {
      area.procedures[0]!.code = 'svc-alert';
      area.code = 'culture';
    });
    fs.writeFileSync(`${copy.dir}/taxonomy/i18n/sk.json`, '{ "profession.architect": "Architekt", }');
    const problems = problemsOf(copy.dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'taxonomy/i18n/sk.json', path: '(file)', message: expect.stringMatching(/^not valid JSON/) },
        { file: 'areas/cultural-goods/area.json', path: 'code', message: '"culture" differs from its folder name "cultural-goods"' },
        // Folders are read in alphabetical order: the second definition is the one reported.
        { file: 'areas/services/area.json', path: 'procedures[svc-alert]', message: 'procedure "svc-alert" is also defined in areas/cultural-goods/area.json' },
      ]),
    );
  });
});
