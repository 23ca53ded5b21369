import { randomBytes } from 'node:crypto';

/** What the caller declares before uploading: the PUT must carry exactly `size` bytes of `mediaType`. */
export interface UploadRequest {
  size: number;
  mediaType: string;
  fileName?: string;
}

/** Where and how to PUT the bytes: a pre-signed URL that accepts only the declared upload. */
export interface UploadTarget {
  uploadId: string;
  method: 'PUT';
  url: string;
  /** Headers the PUT must send as they are (they are signed). */
  headers: Record<string, string>;
  /** The URL must be used (the PUT started) before this instant. */
  expiresAt: string;
  /** The exact number of bytes the URL accepts (the declared size; Content-Length is signed). */
  maxBytes: number;
}

/** An uploaded file, read back. */
export interface UploadedFile {
  bytes: Buffer;
  fileName?: string;
}

/**
 * Files clients upload directly (not through API Gateway's 10 MB / Lambda's 6 MB payload
 * limits), one folder per organisation: an upload of one organisation cannot be read, nor
 * removed, through another's id. The organisation always comes from the verified token.
 */
export interface UploadStore {
  /** A new random upload id and the pre-signed PUT that writes it. */
  create(orgId: string, request: UploadRequest): Promise<UploadTarget>;
  /**
   * The uploaded bytes. Throws `UploadNotFoundError` (never created, not yet PUT, expired, or
   * another organisation's) and `UploadTooLargeError` (more than `maxBytes`, not read).
   */
  read(orgId: string, uploadId: string, maxBytes: number): Promise<UploadedFile>;
  /** Deletes the upload; an id that names nothing is ignored. */
  remove(orgId: string, uploadId: string): Promise<void>;
}

/** How long an upload is kept (the bucket's lifecycle rule expires objects after one day). */
export const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

/** How long a pre-signed URL stays usable: time enough to start a 50 MB PUT on a slow line. */
export const UPLOAD_URL_TTL_SECONDS = 15 * 60;

/** Object keys (S3) and paths (local) of uploads begin with this. */
export const UPLOAD_PREFIX = 'uploads/';

/** 128 random bits, base64url: `[A-Za-z0-9_-]{22}`, safe in keys, paths and URLs. */
export const UPLOAD_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export const newUploadId = (): string => randomBytes(16).toString('base64url');

/** `uploads/{org}/{uploadId}`: the org prefix is what keeps organisations apart. */
export const uploadKey = (orgId: string, uploadId: string): string =>
  `${UPLOAD_PREFIX}${orgId}/${uploadId}`;

/** Checks an id before it becomes part of a key or a path. */
export const isUploadId = (value: string): boolean => UPLOAD_ID_PATTERN.test(value);
