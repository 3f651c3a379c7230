import type { AuthorityRole } from '../db/schema/index.js';

/** Who is acting: the signed-in user with every role they hold, loaded once per request. */
export interface Membership {
  authorityId: string;
  country: string;
  roles: AuthorityRole[];
  authorityStatus: 'active' | 'suspended';
}

export interface CoordinatorMandate {
  id: string;
  country: string;
  kind: 'national' | 'delegated';
  /** Empty: every area. */
  areas: string[];
  /** Empty: every region. */
  regions: string[];
}

export interface Actor {
  userId: string;
  email: string;
  name: string;
  preferredLanguage: string;
  commissionAdmin: boolean;
  memberships: Membership[];
  coordinators: CoordinatorMandate[];
  /** Hash of the session token, so that logout and 2FA steps address the session. */
  sessionTokenHash: string;
}
