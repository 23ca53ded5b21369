import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Clock } from '../../domain/ports';
import { UploadNotFoundError, UploadTooLargeError } from './errors';
import {
  isUploadId,
  newUploadId,
  uploadKey,
  UPLOAD_TTL_MS,
  UPLOAD_URL_TTL_SECONDS,
  type UploadedFile,
  type UploadRequest,
  type UploadStore,
  type UploadTarget,
} from './upload-store';

/** The object metadata (`x-amz-meta-file-name`) that keeps the declared file name, URI-encoded. */
const FILE_NAME_METADATA = 'file-name';

/** Headers a pre-signed PUT signs besides `host`: S3 then refuses any other size or type. */
export const SIGNED_UPLOAD_HEADERS = ['content-length', 'content-type'] as const;

export interface S3ClientOptions {
  region: string;
  /** A stand-in for S3 (tests): path-style addressing, fixed credentials. */
  endpoint?: string;
}

export const createS3Client = ({ region, endpoint }: S3ClientOptions): S3Client => {
  const config: S3ClientConfig = {
    region,
    maxAttempts: 4,
    // Checksums only where S3 requires them: a browser's PUT to a pre-signed URL cannot send
    // the x-amz-checksum-* header the SDK would otherwise sign into the URL.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
  if (endpoint) {
    config.endpoint = endpoint;
    config.forcePathStyle = true;
    config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  return new S3Client(config);
};

const isNotFound = (error: unknown): boolean =>
  error instanceof NoSuchKey ||
  (error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404));

/**
 * Uploads in an S3 bucket under `uploads/{org}/{uploadId}`. The PUT URL is pre-signed with
 * Content-Length and Content-Type among its signed headers, so S3 itself refuses a body of any
 * other size or type; the bucket's lifecycle rule deletes what is left after a day.
 */
export class S3UploadStore implements UploadStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly clock: Clock,
  ) {}

  async create(orgId: string, request: UploadRequest): Promise<UploadTarget> {
    const uploadId = newUploadId();
    const now = this.clock.now();
    const command = new PutObjectCommand({
      Bucket: this.bucket,
      Key: uploadKey(orgId, uploadId),
      ContentLength: request.size,
      ContentType: request.mediaType,
      // x-amz-meta-* is hoisted into the URL's query: signed, and nothing for the client to send.
      ...(request.fileName === undefined
        ? {}
        : { Metadata: { [FILE_NAME_METADATA]: encodeURIComponent(request.fileName) } }),
    });
    const url = await getSignedUrl(this.client, command, {
      expiresIn: UPLOAD_URL_TTL_SECONDS,
      signingDate: now,
      signableHeaders: new Set(SIGNED_UPLOAD_HEADERS),
    });
    return {
      uploadId,
      method: 'PUT',
      url,
      // Content-Length is signed too; every HTTP client sets it from the body.
      headers: { 'content-type': request.mediaType },
      expiresAt: new Date(now.getTime() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
      maxBytes: request.size,
    };
  }

  async read(orgId: string, uploadId: string, maxBytes: number): Promise<UploadedFile> {
    if (!isUploadId(uploadId)) throw new UploadNotFoundError(uploadId);
    const got = await this.client
      .send(new GetObjectCommand({ Bucket: this.bucket, Key: uploadKey(orgId, uploadId) }))
      .catch((error: unknown) => {
        if (isNotFound(error)) throw new UploadNotFoundError(uploadId, { cause: error });
        throw error;
      });
    const body = got.Body;
    const size = got.ContentLength ?? 0;
    const tooOld =
      got.LastModified !== undefined &&
      this.clock.now().getTime() - got.LastModified.getTime() > UPLOAD_TTL_MS;
    if (!body || tooOld || size > maxBytes) {
      // Not read: close the connection's body instead of downloading it.
      (body as { destroy?: () => void } | undefined)?.destroy?.();
      if (!body || tooOld) throw new UploadNotFoundError(uploadId);
      throw new UploadTooLargeError(uploadId, size, maxBytes);
    }
    const bytes = Buffer.from(await body.transformToByteArray());
    // A body longer than its Content-Length cannot pass the SDK, but the limit is ours to keep.
    if (bytes.length > maxBytes) throw new UploadTooLargeError(uploadId, bytes.length, maxBytes);
    const fileName = got.Metadata?.[FILE_NAME_METADATA];
    return { bytes, ...(fileName === undefined ? {} : { fileName: safeDecode(fileName) }) };
  }

  async remove(orgId: string, uploadId: string): Promise<void> {
    if (!isUploadId(uploadId)) return;
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: uploadKey(orgId, uploadId) }),
    );
  }
}

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};
