import { sql, type RawBuilder } from 'kysely';
import type { Actor, CoordinatorMandate, Membership } from '../../server/actor.js';
import { mandateCovers } from '../access/policy.js';
import type { ActorSide, RequestState } from './workflow.js';

/**
 * Who may see and act on an information request: the one place where these rules live
 * (docs/ARCHITECTURE.md, "Access to requests"). Pure functions of the actor and the request;
 * the SQL form for lists (`visibleRequestSql`) mirrors `standingOf` and a test checks that
 * they agree.
 *
 * - Members of the requesting authority, and of the receiving one once the request is sent:
 *   supervisors and allocators see all of their authority's requests; handlers see those
 *   allocated to them, those not allocated to anyone yet, and the drafts they wrote.
 *   Supervisors act on all of them; handlers on theirs (acting on an unallocated one makes it
 *   theirs); allocators and supervisors allocate. Administrators only manage users: no access.
 * - Coordinators of either country (for the procedure's area and the authority's region) once a
 *   side has escalated; the receiver's coordinators also while the receiver asks them to reassign.
 * - The Commission (commission administrators) where the procedure includes it, once sent. Read only.
 * Anyone else: the request does not exist (404).
 */
export type Side = 'requester' | 'receiver';
export type ViewerSide = Side | 'requester-coordinator' | 'receiver-coordinator' | 'commission';

export interface RequestFacts {
  state: RequestState;
  area: string;
  commission: boolean;
  createdBy: string;
  requesterAuthority: string;
  requesterCountry: string;
  requesterRegion: string | null;
  receiverAuthority: string | null;
  receiverCountry: string | null;
  receiverRegion: string | null;
  requesterHandler: string | null;
  receiverHandler: string | null;
  escalatedBy: readonly Side[];
}

export interface Standing {
  /** Every way the actor stands to the request; empty: it does not exist for them. */
  sides: ViewerSide[];
  /** The participant sides the actor may act for (handler of it, or supervisor). */
  actsFor: Side[];
  /** The participant sides on which the actor may allocate the request to a handler. */
  allocates: Side[];
  /** The mandate that makes the actor a coordinator of each country side. */
  mandates: Partial<Record<'requester-coordinator' | 'receiver-coordinator', string>>;
}

function activeMembership(actor: Actor, authorityId: string | null): Membership | undefined {
  if (!authorityId) return undefined;
  return actor.memberships.find((m) => m.authorityId === authorityId && m.authorityStatus === 'active');
}

function sideStanding(actor: Actor, membership: Membership | undefined, handler: string | null, createdBy: string | null) {
  if (!membership) return { sees: false, acts: false, allocates: false };
  const roles = membership.roles;
  const supervisor = roles.includes('supervisor');
  const allocator = roles.includes('allocator');
  const ownHandler = roles.includes('handler') && (handler === null || handler === actor.userId || createdBy === actor.userId);
  return { sees: supervisor || allocator || ownHandler, acts: supervisor || ownHandler, allocates: supervisor || allocator };
}

function coordinatorMandate(actor: Actor, country: string | null, region: string | null, area: string): CoordinatorMandate | undefined {
  if (!country) return undefined;
  const covering = actor.coordinators.filter((m) => mandateCovers(m, { country, region, competences: [area] }));
  return covering.find((m) => m.kind === 'national') ?? covering[0];
}

export function standingOf(actor: Actor, r: RequestFacts): Standing {
  const standing: Standing = { sides: [], actsFor: [], allocates: [], mandates: {} };
  const requester = sideStanding(actor, activeMembership(actor, r.requesterAuthority), r.requesterHandler, r.createdBy);
  if (requester.sees) standing.sides.push('requester');
  if (requester.acts) standing.actsFor.push('requester');
  if (requester.allocates) standing.allocates.push('requester');
  if (r.state !== 'draft') {
    const receiver = sideStanding(actor, activeMembership(actor, r.receiverAuthority), r.receiverHandler, null);
    if (receiver.sees) standing.sides.push('receiver');
    if (receiver.acts) standing.actsFor.push('receiver');
    if (receiver.allocates) standing.allocates.push('receiver');
    const escalated = r.escalatedBy.length > 0;
    const requesterMandate = escalated ? coordinatorMandate(actor, r.requesterCountry, r.requesterRegion, r.area) : undefined;
    if (requesterMandate) {
      standing.sides.push('requester-coordinator');
      standing.mandates['requester-coordinator'] = requesterMandate.id;
    }
    const receiverMandate = escalated || r.state === 'awaiting-reassignment' ? coordinatorMandate(actor, r.receiverCountry, r.receiverRegion, r.area) : undefined;
    if (receiverMandate) {
      standing.sides.push('receiver-coordinator');
      standing.mandates['receiver-coordinator'] = receiverMandate.id;
    }
    if (actor.commissionAdmin && r.commission) standing.sides.push('commission');
  }
  return standing;
}

/**
 * The workflow side under which the actor takes an action that `allowedSides` permits, or the
 * first side the actor can act under at all (so that `decide` refuses with "wrong side"), or
 * null when the actor can act under none (it only reads).
 */
export function workflowSideFor(standing: Standing, allowedSides: readonly ActorSide[]): Exclude<ActorSide, 'outsider'> | null {
  const held: Array<Exclude<ActorSide, 'outsider'>> = [
    ...standing.actsFor,
    ...standing.sides.filter((s): s is 'requester-coordinator' | 'receiver-coordinator' => s === 'requester-coordinator' || s === 'receiver-coordinator'),
  ];
  return held.find((s) => allowedSides.includes(s)) ?? held[0] ?? null;
}

/** The columns of `requests r` joined with its two authorities as `ra` (requester) and `rb` (receiver). */
const c = {
  state: sql.ref('r.state'),
  area: sql.ref('r.area'),
  commission: sql.ref('r.commission'),
  createdBy: sql.ref('r.created_by'),
  requesterAuthority: sql.ref('r.requester_authority'),
  receiverAuthority: sql.ref('r.receiver_authority'),
  requesterHandler: sql.ref('r.requester_handler'),
  receiverHandler: sql.ref('r.receiver_handler'),
  requesterCountry: sql.ref('r.requester_country'),
  receiverCountry: sql.ref('r.receiver_country'),
  escalatedBy: sql.ref('r.escalated_by'),
  requesterRegion: sql.ref('ra.region'),
  receiverRegion: sql.ref('rb.region'),
};

const or = (parts: RawBuilder<unknown>[]): RawBuilder<boolean> => (parts.length === 0 ? sql<boolean>`false` : sql<boolean>`(${sql.join(parts, sql` OR `)})`);

function memberSql(actor: Actor, side: Side): RawBuilder<unknown>[] {
  const authority = side === 'requester' ? c.requesterAuthority : c.receiverAuthority;
  const handler = side === 'requester' ? c.requesterHandler : c.receiverHandler;
  const parts: RawBuilder<unknown>[] = [];
  for (const m of actor.memberships) {
    if (m.authorityStatus !== 'active') continue;
    const notDraft = side === 'receiver' ? sql`AND ${c.state} <> 'draft'` : sql``;
    if (m.roles.includes('supervisor') || m.roles.includes('allocator')) {
      parts.push(sql`(${authority} = ${m.authorityId}::uuid ${notDraft})`);
    } else if (m.roles.includes('handler')) {
      const mine = side === 'requester' ? sql`OR ${c.createdBy} = ${actor.userId}::uuid` : sql``;
      parts.push(sql`(${authority} = ${m.authorityId}::uuid ${notDraft} AND (${handler} IS NULL OR ${handler} = ${actor.userId}::uuid ${mine}))`);
    }
  }
  return parts;
}

function mandateSql(m: CoordinatorMandate, country: RawBuilder<unknown>, region: RawBuilder<unknown>): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [sql`${country} = ${m.country}`];
  if (m.kind === 'delegated' && m.areas.length > 0) conditions.push(sql`${c.area} = ANY(${[...m.areas]}::text[])`);
  if (m.kind === 'delegated' && m.regions.length > 0) conditions.push(sql`${region} = ANY(${[...m.regions]}::text[])`);
  return sql`(${sql.join(conditions, sql` AND `)})`;
}

function coordinationSql(actor: Actor): RawBuilder<unknown>[] {
  const parts: RawBuilder<unknown>[] = [];
  for (const m of actor.coordinators) {
    parts.push(sql`(${c.state} <> 'draft' AND cardinality(${c.escalatedBy}) > 0 AND ${mandateSql(m, c.requesterCountry, c.requesterRegion)})`);
    parts.push(sql`(${c.state} <> 'draft' AND (cardinality(${c.escalatedBy}) > 0 OR ${c.state} = 'awaiting-reassignment') AND ${mandateSql(m, c.receiverCountry, c.receiverRegion)})`);
  }
  if (actor.commissionAdmin) parts.push(sql`(${c.state} <> 'draft' AND ${c.commission})`);
  return parts;
}

export type Box = 'incoming' | 'outgoing' | 'drafts' | 'coordination';

/**
 * The SQL condition (on `requests r` joined to `authorities ra` and `rb`) for the requests in
 * one of the actor's boxes; the union of the four boxes is exactly what `standingOf` lets the
 * actor see.
 */
export function boxSql(actor: Actor, box: Box): RawBuilder<boolean> {
  switch (box) {
    case 'incoming':
      return or(memberSql(actor, 'receiver'));
    case 'outgoing':
      return sql<boolean>`(${c.state} <> 'draft' AND ${or(memberSql(actor, 'requester'))})`;
    case 'drafts':
      return sql<boolean>`(${c.state} = 'draft' AND ${or(memberSql(actor, 'requester'))})`;
    case 'coordination':
      return or(coordinationSql(actor));
  }
}

export function visibleRequestSql(actor: Actor): RawBuilder<boolean> {
  return or([...memberSql(actor, 'requester'), ...memberSql(actor, 'receiver'), ...coordinationSql(actor)]);
}
