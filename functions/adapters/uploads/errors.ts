/** No such upload here: never created, not yet PUT, expired, removed, or another organisation's. */
export class UploadNotFoundError extends Error {
  readonly code = 'upload_not_found' as const;
  override readonly name = 'UploadNotFoundError';
  constructor(
    readonly uploadId: string,
    options?: { cause?: unknown },
  ) {
    super(`upload ${uploadId} not found`, options);
  }
}

/** The upload holds more bytes than the reader takes. */
export class UploadTooLargeError extends Error {
  readonly code = 'upload_too_large' as const;
  override readonly name = 'UploadTooLargeError';
  constructor(
    readonly uploadId: string,
    readonly size: number,
    readonly maxBytes: number,
    options?: { cause?: unknown },
  ) {
    super(`upload ${uploadId} has ${size} bytes, more than ${maxBytes}`, options);
  }
}
