import type { Workflow } from '../../api/catalogue';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Joins names as a list in the reader's language ("a, b and c"). */
export function joinList(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * What a procedure's workflow options mean, as sentences for the reader: one per option that
 * is on, and the recipients or applicants as a list. Options that are off are not listed.
 */
export function workflowFacts(workflow: Workflow, t: Translate, lang: string): string[] {
  const on = (flag: boolean, key: string) => (flag ? [t(`web.workflowOption.${key}`)] : []);
  const list = (key: string, prefix: string, values: readonly string[]) =>
    t(`web.workflowOption.${key}`, { list: joinList(values.map((v) => t(`${prefix}.${v}`)), lang) });
  switch (workflow.type) {
    case 'request':
      return [
        ...on(workflow.forward, 'forward'),
        ...on(workflow.clarification, 'clarification'),
        ...on(workflow.contest, 'contest'),
        ...on(workflow.escalation, 'escalation'),
      ];
    case 'notification':
      return [
        list('recipients', 'web.recipients', workflow.recipients),
        ...on(workflow.acknowledge, 'acknowledge'),
        ...on(workflow.comments, 'comments'),
        ...on(workflow.passOn, 'passOn'),
      ];
    case 'alert':
      return [
        list('recipients', 'web.recipients', workflow.recipients),
        ...on(workflow.outgoingValidation, 'outgoingValidation'),
        ...on(workflow.incomingDistribution, 'incomingDistribution'),
        ...on(workflow.banEndDate, 'banEndDate'),
      ];
    case 'repository':
      return [t(`web.workflowOption.readers.${workflow.readers}`), ...on(workflow.history, 'history')];
    case 'public-case':
      return [
        list('applicants', 'web.applicants', workflow.applicants),
        ...on(workflow.homeReview, 'homeReview'),
        ...on(workflow.tacitApproval, 'tacitApproval'),
      ];
  }
}
