import { z } from 'zod';
import {
  ACCESS_TOKEN_STATUSES,
  DAYS_DEFAULT,
  DAYS_MAX,
  DAYS_MIN,
  NAME_MAX,
} from '../domain/access-tokens/access-token';
import { Role } from './common';

export const CreateAccessTokenRequest = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .max(NAME_MAX)
      .meta({ description: 'What the token is for, e.g. "Google Sheets"' }),
    days: z
      .number()
      .int()
      .min(DAYS_MIN)
      .max(DAYS_MAX)
      .optional()
      .meta({ description: `Days until it expires (default ${DAYS_DEFAULT})` }),
  })
  .meta({ id: 'CreateAccessTokenRequest' });
export type CreateAccessTokenRequest = z.infer<typeof CreateAccessTokenRequest>;

export const AccessTokenView = z
  .object({
    tokenId: z.string(),
    name: z.string(),
    prefix: z.string().meta({
      description: '`ckl_` and the first 8 characters: tells tokens apart, signs nothing',
    }),
    userId: z.string(),
    email: z.string().optional(),
    roles: z.array(Role).meta({ description: 'The roles the owner had when making it' }),
    status: z.enum(ACCESS_TOKEN_STATUSES),
    statusLabel: z.string().meta({ description: 'The status in the user’s language' }),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().optional(),
    revokedBy: z.string().optional(),
  })
  .meta({ id: 'AccessTokenView' });
export type AccessTokenView = z.infer<typeof AccessTokenView>;

export const CreatedAccessToken = AccessTokenView.extend({
  token: z.string().meta({
    description:
      'The token, shown this once (only its SHA-256 is stored): send it as `Authorization: Bearer …`',
  }),
}).meta({ id: 'CreatedAccessToken' });

export const AccessTokenList = z
  .object({ items: z.array(AccessTokenView) })
  .meta({ id: 'AccessTokenList' });

export const ListAccessTokensQuery = z.strictObject({
  all: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'Admins: every token of the organisation, not only your own' }),
});

export const AccessTokenParams = z.strictObject({
  tokenId: z.string().regex(/^[0-9a-z]{1,40}$/),
});
