import { z } from 'zod';
import { Role } from './common';

export const Health = z.object({ status: z.literal('ok'), time: z.iso.datetime() });

export const Me = z.object({
  userId: z.string(),
  orgId: z.string(),
  roles: z.array(Role),
  locale: z.enum(['lt', 'en']),
});

export const OpenApiDocument = z.record(z.string(), z.unknown());
