import { z } from 'zod';
import { isUiLanguage } from '../reference/languages.js';

/** The identity module's HTTP contracts (docs/API.md): request and response bodies. */
const ROLES = ['administrator', 'allocator', 'handler', 'supervisor'] as const;

export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  preferredLanguage: z.string(),
  /** Mail me when something needs my action (in-app notifications are always shown). */
  mailNotifications: z.boolean(),
  commissionAdmin: z.boolean(),
  totpEnabled: z.boolean(),
  totpRequired: z.boolean(),
  memberships: z.array(
    z.object({
      authorityId: z.string(),
      authorityName: z.string(),
      country: z.string(),
      roles: z.array(z.enum(ROLES)),
      authorityStatus: z.enum(['active', 'suspended']),
    }),
  ),
  coordinators: z.array(
    z.object({
      id: z.string(),
      country: z.string(),
      kind: z.enum(['national', 'delegated']),
      areas: z.array(z.string()),
      regions: z.array(z.string()),
    }),
  ),
});
export type Me = z.infer<typeof meSchema>;

const email = z.string().trim().min(1).max(320);
/** Any length is accepted at the door; the policy (passwords.ts) judges new passwords. */
const password = z.string().min(1).max(1024);
/** A TOTP code (six digits) or a recovery code (`xxxx-xxxx-xxxx`); spaces and case do not matter. */
const oneTimeCode = z.string().trim().min(1).max(20);
const token = z.string().trim().min(1).max(200);

export const loginBody = z.object({ email, password, totp: oneTimeCode.optional() });
export const loginReply = z.object({ stage: z.enum(['full', 'totp', 'totp-enrol']), me: meSchema.optional() });

export const secondFactorBody = z.union([z.object({ totp: oneTimeCode }).strict(), z.object({ recoveryCode: oneTimeCode }).strict()]);
export const fullSessionReply = z.object({ stage: z.literal('full'), me: meSchema });

export const profileBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  preferredLanguage: z.string().refine(isUiLanguage, { message: 'not one of the interface languages' }).optional(),
  mailNotifications: z.boolean().optional(),
});

export const passwordChangeBody = z.object({ currentPassword: password, newPassword: password });

export const totpSetupReply = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });

/** Marks a route as needing the session cookie in the OpenAPI document. */
export const sessionSecurity = [{ session: [] as string[] }];

export const codeBody = z.object({ code: oneTimeCode });
export const recoveryCodesReply = z.object({ recoveryCodes: z.array(z.string()) });

export const passwordResetBody = z.object({ email });
export const tokenPasswordBody = z.object({ token, password });

export const countryParams = z.object({ country: z.string().regex(/^[A-Za-z]{2}$/).transform((c) => c.toUpperCase()) });
export const countryPolicyBody = z.object({ requireTotp: z.boolean() });
