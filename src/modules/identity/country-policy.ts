import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { Forbidden, NotFound } from '../../server/errors.js';

/**
 * A country's security policy, set by its national coordinator. Today one rule:
 * `requireTotp`, which makes TOTP mandatory for every user who holds a membership in an
 * authority of that country or a coordinator mandate for it.
 */
export interface CountryPolicy {
  requireTotp: boolean;
}

/** The pool or a transaction (a Transaction is a Kysely). */
type Db = Kysely<Database>;

/** Pure: who may change a country's policy. */
export function mayChangeCountryPolicy(actor: Actor, country: string): boolean {
  return actor.coordinators.some((c) => c.kind === 'national' && c.country === country);
}

async function assertCountryExists(db: Db, country: string): Promise<void> {
  const found = await db.selectFrom('countries').select('code').where('code', '=', country).executeTakeFirst();
  if (!found) throw new NotFound();
}

async function readPolicy(db: Db, country: string): Promise<CountryPolicy> {
  const row = await db.selectFrom('country_policies').select('require_totp').where('country', '=', country).executeTakeFirst();
  return { requireTotp: row?.require_totp ?? false };
}

export async function getCountryPolicy(ctx: AppContext, _actor: Actor, country: string): Promise<CountryPolicy> {
  // Any signed-in user may read any country's policy: it is not confidential.
  await assertCountryExists(ctx.db, country);
  return readPolicy(ctx.db, country);
}

export async function setCountryPolicy(ctx: AppContext, actor: Actor, country: string, policy: CountryPolicy): Promise<CountryPolicy> {
  await assertCountryExists(ctx.db, country);
  if (!mayChangeCountryPolicy(actor, country)) throw new Forbidden();
  return inTransaction(
    ctx.db,
    async (uow) => {
      const before = await readPolicy(uow.trx, country);
      await uow.trx
        .insertInto('country_policies')
        .values({ country, require_totp: policy.requireTotp, updated_at: uow.now })
        .onConflict((oc) => oc.column('country').doUpdateSet({ require_totp: policy.requireTotp, updated_at: uow.now }))
        .execute();
      await uow.audit({
        actorUserId: actor.userId,
        action: 'country-policy.updated',
        subjectType: 'country',
        subjectId: country,
        before,
        after: policy,
      });
      return policy;
    },
    ctx.now(),
  );
}

/**
 * Whether the user must use TOTP: a country they work for (through a membership or a
 * coordinator mandate) requires it, or one of their coordinator mandates does.
 */
export async function totpRequiredFor(db: Db, userId: string): Promise<boolean> {
  const countries = db
    .selectFrom('memberships')
    .innerJoin('authorities', 'authorities.id', 'memberships.authority_id')
    .select('authorities.country as country')
    .where('memberships.user_id', '=', userId)
    .union(db.selectFrom('coordinators').select('coordinators.country as country').where('coordinators.user_id', '=', userId));
  const byCountry = await db
    .selectFrom('country_policies')
    .select('country')
    .where('require_totp', '=', true)
    .where('country', 'in', countries)
    .limit(1)
    .executeTakeFirst();
  if (byCountry) return true;
  const byMandate = await db
    .selectFrom('coordinators')
    .select('id')
    .where('user_id', '=', userId)
    .where('require_totp', '=', true)
    .limit(1)
    .executeTakeFirst();
  return byMandate !== undefined;
}
