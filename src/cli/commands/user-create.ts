import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { inTransaction } from '../../db/transaction.js';
import type { AuthorityRole } from '../../db/schema/index.js';
import { checkPasswordPolicy, hashPassword } from '../../modules/identity/passwords.js';
import { COUNTRY_CODES } from '../../modules/reference/countries.js';
import { isUiLanguage } from '../../modules/reference/languages.js';
import { loadValidCatalogue } from '../../modules/catalogue/service.js';
import { loadConfig } from '../../server/config.js';
import { openMigrated } from './database.js';

const ROLES: readonly AuthorityRole[] = ['administrator', 'allocator', 'handler', 'supervisor'];

/** `openimi user create`: an operator creates an active user, optionally with a coordinator mandate or roles. */
export async function userCreateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      language: { type: 'string', default: 'en' },
      password: { type: 'string' },
      'commission-admin': { type: 'boolean', default: false },
      coordinator: { type: 'string' },
      delegated: { type: 'string' },
      areas: { type: 'string' },
      regions: { type: 'string' },
      authority: { type: 'string' },
      roles: { type: 'string' },
    },
  });
  const errors: string[] = [];
  const email = values.email?.trim();
  const password = values.password ?? process.env.OPENIMI_PASSWORD;
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push('--email must be a valid e-mail address');
  if (!values.name?.trim()) errors.push('--name is required');
  if (!isUiLanguage(values.language)) errors.push(`--language must be one of the 24 EU languages, not "${values.language}"`);
  if (!password) errors.push('a password is required: --password or OPENIMI_PASSWORD');
  else {
    const problem = checkPasswordPolicy(password, email);
    if (problem) errors.push(`the password is not acceptable: ${problem} (at least 12 characters, varied, not the e-mail)`);
  }
  const country = values.coordinator ?? values.delegated;
  if (values.coordinator && values.delegated) errors.push('use either --coordinator or --delegated');
  if (country && !COUNTRY_CODES.includes(country)) errors.push(`unknown country "${country}"`);
  const areas = values.areas ? values.areas.split(',').map((a) => a.trim()) : [];
  if (areas.length > 0) {
    const known = new Set(loadValidCatalogue(loadConfig().catalogueDir).areas.map((a) => a.code));
    for (const a of areas) if (!known.has(a)) errors.push(`unknown policy area "${a}" (the catalogue has: ${[...known].join(', ')})`);
  }
  const regions = values.regions ? values.regions.split(',').map((r) => r.trim()).filter(Boolean) : [];
  const roles = values.roles ? values.roles.split(',').map((r) => r.trim()) : [];
  for (const r of roles) if (!ROLES.includes(r as AuthorityRole)) errors.push(`unknown role "${r}"`);
  if (values.authority && roles.length === 0) errors.push('--authority needs --roles');
  if (errors.length) {
    console.error(errors.map((e) => `error: ${e}`).join('\n'));
    return 2;
  }

  const config = loadConfig();
  const handle = await openMigrated(config);
  try {
    const passwordHash = await hashPassword(password!);
    const id = randomUUID();
    await inTransaction(handle.db, async (uow) => {
      const existing = await uow.trx.selectFrom('users').select('id').where('email', '=', email!).executeTakeFirst();
      if (existing) throw new Error(`a user with the e-mail ${email} already exists`);
      await uow.trx
        .insertInto('users')
        .values({
          id,
          email: email!,
          name: values.name!.trim(),
          preferred_language: values.language!,
          password_hash: passwordHash,
          status: 'active',
          totp_secret: null,
          totp_enabled_at: null,
          commission_admin: values['commission-admin'] ?? false,
          created_at: uow.now,
          updated_at: uow.now,
        })
        .execute();
      await uow.audit({
        actorUserId: null,
        action: 'user.created-by-operator',
        subjectType: 'user',
        subjectId: id,
        after: { email, name: values.name, preferredLanguage: values.language, commissionAdmin: values['commission-admin'] },
      });
      if (country) {
        const coordinatorId = randomUUID();
        const kind = values.coordinator ? 'national' : 'delegated';
        await uow.trx
          .insertInto('coordinators')
          .values({ id: coordinatorId, user_id: id, country, kind, areas, regions, require_totp: false, created_at: uow.now })
          .execute();
        await uow.audit({ actorUserId: null, action: 'coordinator.appointed', subjectType: 'user', subjectId: id, after: { country, kind, areas, regions } });
      }
      if (values.authority) {
        const authority = await uow.trx.selectFrom('authorities').select('id').where('id', '=', values.authority).executeTakeFirst();
        if (!authority) throw new Error(`no authority with id ${values.authority}`);
        await uow.trx.insertInto('memberships').values({ user_id: id, authority_id: authority.id, roles: roles as AuthorityRole[], created_at: uow.now }).execute();
        await uow.audit({ actorUserId: null, actingAuthorityId: authority.id, action: 'membership.created', subjectType: 'user', subjectId: id, after: { roles } });
      }
    });
    console.log(`User ${email} created (id ${id}).`);
    return 0;
  } catch (err) {
    console.error(`error: ${(err as Error).message}`);
    return 1;
  } finally {
    await handle.close();
  }
}
