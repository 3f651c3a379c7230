import { http } from './http';

/** The procedure catalogue (docs/CATALOGUE.md), with its texts in one language (GET /api/v1/catalogue...). */
export type WorkflowType = 'request' | 'notification' | 'alert' | 'repository' | 'public-case';
export type QuestionType =
  | 'yes-no' | 'single-choice' | 'multiple-choice' | 'date' | 'number' | 'country'
  | 'text' | 'long-text' | 'attachment' | 'profession';
export type ParticipantKind = 'competent-authority' | 'coordinator' | 'alert-coordinator' | 'commission' | 'applicant';
export type DeadlineKind = 'accept' | 'answer' | 'validate' | 'broadcast' | 'acknowledge' | 'review' | 'decision';
export type MessageGroup = 'reject' | 'forward' | 'withdraw' | 'close' | 'return' | 'clarification' | 'acknowledge';

export interface ProcedureSummary {
  code: string;
  name: string;
  description: string;
  workflowType: WorkflowType;
  legislation: string[];
  version: number;
}

export interface CatalogueArea {
  code: string;
  name: string;
  description: string;
  legislation: { code: string; name: string; celex: string | null }[];
  procedures: ProcedureSummary[];
}

export interface CatalogueView {
  language: string;
  areas: CatalogueArea[];
  professions: { code: string; name: string; kind: 'profession' | 'activity' }[];
}

export type Workflow =
  | { type: 'request'; forward: boolean; clarification: boolean; contest: boolean; escalation: boolean }
  | { type: 'notification'; acknowledge: boolean; comments: boolean; passOn: boolean; recipients: string[] }
  | { type: 'alert'; outgoingValidation: boolean; incomingDistribution: boolean; banEndDate: boolean; recipients: string[] }
  | { type: 'repository'; readers: 'all-users' | 'competent-authorities'; history: boolean }
  | { type: 'public-case'; applicants: string[]; homeReview: boolean; tacitApproval: boolean };

export interface QuestionView {
  code: string;
  type: QuestionType;
  required: boolean;
  label: string;
  help: string | null;
  options: { code: string; label: string }[] | null;
  showWhen: { question: string; equals: string[] } | null;
  min: number | null;
  max: number | null;
}

export interface SectionView {
  code: string;
  by: 'sender' | 'receiver';
  title: string;
  questions: QuestionView[];
}

export interface ProcedureView {
  code: string;
  version: number;
  language: string;
  area: { code: string; name: string };
  name: string;
  description: string;
  workflow: Workflow;
  legalBasis: { legislation: string; name: string; celex: string | null; articles: string[]; annexes: string[] }[];
  participants: { senders: ParticipantKind[]; receivers: ParticipantKind[]; commission: 'none' | 'optional' | 'always' };
  deadlines: { kind: DeadlineKind; days: number }[];
  retentionMonths: number;
  professions: { code: string; name: string }[];
  sections: SectionView[];
  messages: { group: MessageGroup; items: { code: string; text: string }[] }[];
}

export const getCatalogue = (lang: string) => http.get<CatalogueView>('/catalogue', { lang });
export const getProcedure = (code: string, lang: string) => http.get<ProcedureView>(`/catalogue/procedures/${encodeURIComponent(code)}`, { lang });
