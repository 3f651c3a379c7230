import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMISSION_ROLES, DEADLINE_KINDS, MESSAGE_GROUPS, PARTICIPANT_KINDS, WORKFLOW_TYPES } from '../catalogue/schema.js';
import { LOCALES_DIR } from './messages.js';

/**
 * The other half of the locale check: every message key the code uses exists in English
 * (locales.test.ts then requires it in all 24 languages). Keys are found in the source as
 * literals: `t('web.…')` in the web app, `new Conflict('code')` and friends on the server.
 */
const ROOT = path.resolve(LOCALES_DIR, '..');

function sources(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(p, ext));
    else if (ext.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(p);
  }
  return out;
}

const english: Record<string, string> = Object.assign(
  {},
  ...fs.readdirSync(path.join(LOCALES_DIR, 'en')).map((f) => JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, 'en', f), 'utf8')) as Record<string, string>),
);

function matches(files: string[], pattern: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(pattern)) found.set(m[1]!, path.relative(ROOT, file));
  }
  return found;
}

describe('message keys used in the code', () => {
  const web = sources(path.join(ROOT, 'web/src'), /\.tsx?$/);
  const server = sources(path.join(ROOT, 'src'), /\.ts$/);

  it('finds the web app and the server sources', () => {
    expect(web.length).toBeGreaterThan(20);
    expect(server.length).toBeGreaterThan(20);
  });

  it('every literal t(…) key of the web app exists in English', () => {
    const used = matches(web, /\bt\(\s*'(web\.[A-Za-z0-9_.-]+)'/g);
    expect(used.size).toBeGreaterThan(150);
    const missing = [...used].filter(([key]) => !(key in english)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every key family built at run time has a message for each value', () => {
    const families: Record<string, readonly string[]> = {
      'web.role.': ['administrator', 'allocator', 'handler', 'supervisor'],
      'web.coordinator.': ['national', 'delegated'],
      'web.registrationStatus.': ['pending', 'approved', 'rejected'],
      // The catalogue's enumerations (src/modules/catalogue/schema.ts), named in the web app.
      'web.workflow.': WORKFLOW_TYPES,
      'web.participant.': PARTICIPANT_KINDS,
      'web.commission.': COMMISSION_ROLES,
      'web.deadline.': DEADLINE_KINDS,
      'web.messageGroup.': MESSAGE_GROUPS,
      'web.catalogue.by.': ['sender', 'receiver'],
      'web.workflowOption.': [
        'forward', 'clarification', 'contest', 'escalation', 'recipients', 'acknowledge', 'comments', 'passOn',
        'outgoingValidation', 'incomingDistribution', 'banEndDate', 'history', 'applicants',
        'homeReview', 'tacitApproval', 'readers.all-users', 'readers.competent-authorities',
      ],
      'web.workflowOption.readers.': ['all-users', 'competent-authorities'],
      'web.recipients.': ['authorities', 'countries', 'all-countries', 'commission'],
      'web.applicants.': ['person', 'business'],
    };
    const dynamic = matches(web, /\bt\(\s*`(web\.[A-Za-z0-9_.-]+\.)\$\{/g);
    for (const prefix of dynamic.keys()) expect(Object.keys(families), `a run-time key family ${prefix} the test does not know`).toContain(prefix);
    for (const [prefix, values] of Object.entries(families)) {
      for (const value of values) expect(english, `${prefix}${value}`).toHaveProperty([`${prefix}${value}`]);
    }
  });

  it('every problem code the server throws has a title and a message', () => {
    const codes = matches(server, /new (?:Invalid|Unauthorized|Forbidden|NotFound|Conflict|Gone|TooManyRequests|Unavailable)\(\s*'([a-z0-9-]+)'/g);
    for (const code of ['invalid', 'unauthenticated', 'forbidden', 'not-found', 'conflict', 'gone', 'too-many-requests', 'unavailable']) codes.set(code, 'src/server/errors.ts');
    for (const code of ['too-short', 'too-long', 'too-simple', 'common', 'contains-email']) codes.set(`password-${code}`, 'src/modules/identity/passwords.ts');
    expect(codes.size).toBeGreaterThan(20);
    const missing = [...codes].filter(([code]) => !(`problem.${code}` in english && `problem.${code}.title` in english)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });
});
