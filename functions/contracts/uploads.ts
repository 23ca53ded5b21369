import { z } from 'zod';
import { XLSX_MEDIA_TYPE } from './route-spec';

/** The largest upload: a 100,000-response export is about 16 MB. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** Random, 128 bits, base64url (functions/adapters/uploads/upload-store.ts makes them). */
export const UploadId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22}$/, { message: 'an uploadId from POST /v1/uploads' })
  .meta({ description: 'An upload made with `POST /v1/uploads` (its bytes PUT to the URL)' });

export const CreateUploadRequest = z
  .strictObject({
    size: z
      .number()
      .int()
      .min(1)
      .max(MAX_UPLOAD_BYTES)
      .meta({ description: 'The exact size in bytes; the PUT must carry exactly this many' }),
    mediaType: z.enum([XLSX_MEDIA_TYPE]),
    fileName: z.string().trim().min(1).max(255).optional(),
  })
  .meta({ id: 'CreateUploadRequest' });
export type CreateUploadRequest = z.infer<typeof CreateUploadRequest>;

export const UploadTarget = z
  .object({
    uploadId: UploadId,
    method: z.literal('PUT'),
    url: z.url().meta({ description: 'PUT the file here, without the Authorization header' }),
    headers: z
      .record(z.string(), z.string())
      .meta({ description: 'Send these headers with the PUT, as they are (they are signed)' }),
    expiresAt: z.iso
      .datetime()
      .meta({ description: 'Start the PUT before this; the upload itself is kept one day' }),
    maxBytes: z.number().int().meta({ description: 'The number of bytes the URL accepts' }),
  })
  .meta({ id: 'UploadTarget' });
export type UploadTarget = z.infer<typeof UploadTarget>;
