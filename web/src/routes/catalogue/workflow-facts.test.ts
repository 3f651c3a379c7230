import { describe, expect, it } from 'vitest';
import { joinList, workflowFacts } from './workflow-facts';

// A stand-in for i18next's t that shows which key and list it was given.
const t = (key: string, params?: Record<string, unknown>) => (params?.list ? `${key}(${String(params.list)})` : key);

describe("a procedure's workflow options, for the reader", () => {
  it('lists only the options that are on', () => {
    expect(workflowFacts({ type: 'request', forward: true, clarification: false, contest: true, escalation: false }, t, 'en')).toEqual([
      'web.workflowOption.forward',
      'web.workflowOption.contest',
    ]);
  });

  it('names the recipients of an alert as a list in the reader\'s language', () => {
    const facts = workflowFacts({ type: 'alert', outgoingValidation: true, incomingDistribution: false, banEndDate: false, recipients: ['all-countries', 'commission'] }, t, 'en');
    expect(facts).toEqual(['web.workflowOption.recipients(web.recipients.all-countries and web.recipients.commission)', 'web.workflowOption.outgoingValidation']);
  });

  it('says who reads a repository', () => {
    expect(workflowFacts({ type: 'repository', readers: 'competent-authorities', history: true }, t, 'en')).toEqual([
      'web.workflowOption.readers.competent-authorities',
      'web.workflowOption.history',
    ]);
  });

  it('joins lists with the conjunction of the language', () => {
    expect(joinList(['a', 'b', 'c'], 'de')).toBe('a, b und c');
    expect(joinList(['a', 'b'], 'fr')).toBe('a et b');
  });
});
