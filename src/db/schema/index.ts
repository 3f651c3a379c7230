import type { AuditEventsTable, AuditHeadTable } from './audit-events.js';
import type { AuthoritiesTable, AuthorityNamesTable, CoordinatorsTable, MembershipsTable } from './authorities.js';
import type { CatalogueVersionsTable } from './catalogue.js';
import type { MailOutboxTable } from './mail-outbox.js';
import type { CountriesTable, CountryPoliciesTable, LanguagesTable } from './reference.js';
import type { RegistrationsTable } from './registrations.js';
import type { IdempotencyKeysTable, NotificationsTable, RequestAnswersTable, RequestAttachmentsTable, RequestEventsTable, RequestsTable } from './requests.js';
import type { LoginThrottleTable, SessionsTable, UserTokensTable } from './sessions.js';
import type { RecoveryCodesTable, UsersTable } from './users.js';

export type { AuthorityRole } from './authorities.js';

/** Every table the app reads or writes, for Kysely's type checking. */
export interface Database {
  languages: LanguagesTable;
  countries: CountriesTable;
  country_policies: CountryPoliciesTable;
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  user_tokens: UserTokensTable;
  login_throttle: LoginThrottleTable;
  authorities: AuthoritiesTable;
  authority_names: AuthorityNamesTable;
  memberships: MembershipsTable;
  coordinators: CoordinatorsTable;
  registrations: RegistrationsTable;
  mail_outbox: MailOutboxTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  catalogue_versions: CatalogueVersionsTable;
  requests: RequestsTable;
  request_answers: RequestAnswersTable;
  request_events: RequestEventsTable;
  request_attachments: RequestAttachmentsTable;
  notifications: NotificationsTable;
  idempotency_keys: IdempotencyKeysTable;
}
