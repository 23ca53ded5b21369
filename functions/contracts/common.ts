import { z } from 'zod';
import { ORG_ID_PATTERN } from '../domain/auth/actor';

export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** Path parameters arrive as text; a cycle is named by its year. */
export const YearParam = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(2000).max(2100));

export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'a-z, 0-9, -; up to 40' });

export const OrgId = z.string().regex(ORG_ID_PATTERN);

/** The version the client read: 0 to create, otherwise the item's current version. */
export const Version = z.number().int().min(0);

export const ItemMeta = z.object({
  version: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type ItemMeta = z.infer<typeof ItemMeta>;

export const Role = z.enum(['staff', 'unitHead', 'deputy', 'director', 'admin']);
export type Role = z.infer<typeof Role>;

export const Deleted = z
  .object({ id: z.string(), deleted: z.literal(true) })
  .meta({ id: 'Deleted' });

/** A file body (routes that `consume` a media type get the raw bytes). */
export const FileBody = z.custom<Buffer>((v) => Buffer.isBuffer(v) && v.length > 0);

/** A file answer (routes that `produce` a media type). */
export const FileResponse = z.custom<{ filename: string; bytes: Buffer }>();
