import type { AreaOperations } from '../adapters/http/http-handler';
import { InputError } from '../adapters/http/parse';
import { UploadNotFoundError, UploadTooLargeError } from '../adapters/uploads/errors';
import type { UploadedFile, UploadStore } from '../adapters/uploads/upload-store';
import type { UPLOAD_ROUTES } from '../contracts/uploads-routes';
import { NotFoundError, TooLargeError } from '../domain/errors';
import type { RequestContext } from '../domain/ports';

/** A 404 that says why an upload can be missing (not PUT yet, used, expired, wrong id). */
class UploadMissingError extends NotFoundError {
  readonly key = 'uploads.notFound' as const;
  readonly params: Record<string, string>;
  constructor(uploadId: string, options?: { cause?: unknown }) {
    super('upload', uploadId, options);
    this.params = { uploadId };
  }
}

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

type UploadCtx = RequestContext & { uploads: UploadStore };

/** An upload of the caller's organisation, its store errors as problems (404, 413). */
export const readUploaded = async (
  ctx: UploadCtx,
  uploadId: string,
  maxBytes: number,
): Promise<UploadedFile> => {
  try {
    return await ctx.uploads.read(ctx.actor.orgId, uploadId, maxBytes);
  } catch (error) {
    if (error instanceof UploadNotFoundError)
      throw new UploadMissingError(uploadId, { cause: error });
    if (error instanceof UploadTooLargeError)
      throw new TooLargeError(
        'uploads.tooLarge',
        { size: megabytes(error.size), limit: megabytes(error.maxBytes) },
        { cause: error },
      );
    throw error;
  }
};

/**
 * The file a route takes either as its body or as `?upload=` (an upload made through
 * `POST /v1/uploads`, for files above API Gateway's 10 MB): exactly one of the two.
 */
export const bodyOrUpload = async (
  ctx: UploadCtx,
  body: Buffer | undefined,
  uploadId: string | undefined,
  maxBytes: number,
): Promise<UploadedFile> => {
  if (body !== undefined && uploadId !== undefined)
    throw new InputError('query', [{ path: ['upload'], key: 'uploads.bodyAndUpload' }]);
  if (uploadId !== undefined) return readUploaded(ctx, uploadId, maxBytes);
  if (body === undefined) throw new InputError('body', [{ path: [], key: 'uploads.bodyOrUpload' }]);
  return { bytes: body };
};

/** Upload routes: each one's operation. */
export const uploadsOperations: AreaOperations<typeof UPLOAD_ROUTES> = {
  createUpload: async ({ body }, ctx) =>
    ctx.uploads.create(ctx.actor.orgId, {
      size: body.size,
      mediaType: body.mediaType,
      ...(body.fileName === undefined ? {} : { fileName: body.fileName }),
    }),
};
