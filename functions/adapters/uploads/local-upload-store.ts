import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { ORG_ID_PATTERN } from '../../domain/auth/actor';
import type { Clock } from '../../domain/ports';
import { UploadNotFoundError, UploadTooLargeError } from './errors';
import { signUploadToken, verifyUploadToken } from './upload-token';
import {
  isUploadId,
  newUploadId,
  UPLOAD_TTL_MS,
  UPLOAD_URL_TTL_SECONDS,
  type UploadedFile,
  type UploadRequest,
  type UploadStore,
  type UploadTarget,
} from './upload-store';

/** The path the local gateway serves pre-signed PUTs on: `PUT /uploads/{token}`. */
export const LOCAL_UPLOAD_PATH = '/uploads/';

export interface LocalUploadStoreOptions {
  /** Uploads live in `{dir}/{org}/{uploadId}` (the key S3 uses, minus `uploads/`). */
  dir: string;
  /** The local server's address, known once it listens (`http://127.0.0.1:3000`). */
  publicUrl: () => string;
  clock: Clock;
  /**
   * The key upload URLs are signed with.
   * @default - random, kept in `{dir}/.secret` so URLs survive a restart
   */
  secret?: Buffer;
}

/** The PUT as the local gateway received it. */
export interface ReceivedPut {
  contentLength: number | undefined;
  contentType: string | undefined;
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/** What S3 would answer: 200 with an ETag, or an error status with S3's error code. */
export type PutOutcome =
  { status: 200; etag: string } | { status: 400 | 403 | 411; code: string; message: string };

interface Meta {
  size: number;
  mediaType: string;
  fileName?: string;
}

const refuse = (status: 400 | 403 | 411, code: string, message: string): PutOutcome => ({
  status,
  code,
  message,
});

const isMissing = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/**
 * Uploads on the local disk behind URLs that play S3's pre-signed ones: the token in the URL is
 * an HMAC of (org, id, size, media type, expiry), so only a URL the API handed out can write,
 * and only that many bytes of that type, before it expires. Uploads older than a day are
 * removed by `sweep` (at start) and treated as gone when read.
 */
export class LocalUploadStore implements UploadStore {
  private readonly secret: Buffer;

  constructor(private readonly options: LocalUploadStoreOptions) {
    mkdirSync(options.dir, { recursive: true });
    this.secret = options.secret ?? loadOrCreateSecret(join(options.dir, '.secret'));
  }

  async create(orgId: string, request: UploadRequest): Promise<UploadTarget> {
    const folder = this.folder(orgId);
    const uploadId = newUploadId();
    const expires = Math.floor(this.options.clock.now().getTime() / 1000) + UPLOAD_URL_TTL_SECONDS;
    const meta: Meta = {
      size: request.size,
      mediaType: request.mediaType,
      ...(request.fileName === undefined ? {} : { fileName: request.fileName }),
    };
    mkdirSync(folder, { recursive: true });
    await writeFile(join(folder, `${uploadId}.json`), JSON.stringify(meta));
    const token = signUploadToken(this.secret, {
      orgId,
      uploadId,
      size: request.size,
      mediaType: request.mediaType,
      expires,
    });
    return {
      uploadId,
      method: 'PUT',
      url: `${this.options.publicUrl()}${LOCAL_UPLOAD_PATH}${token}`,
      headers: { 'content-type': request.mediaType },
      expiresAt: new Date(expires * 1000).toISOString(),
      maxBytes: request.size,
    };
  }

  async read(orgId: string, uploadId: string, maxBytes: number): Promise<UploadedFile> {
    const file = this.file(orgId, uploadId);
    const info = await stat(file).catch((error: unknown) => {
      if (isMissing(error)) throw new UploadNotFoundError(uploadId, { cause: error });
      throw error;
    });
    if (this.isExpired(info.mtimeMs)) {
      await this.remove(orgId, uploadId);
      throw new UploadNotFoundError(uploadId);
    }
    if (info.size > maxBytes) throw new UploadTooLargeError(uploadId, info.size, maxBytes);
    const meta = await this.meta(orgId, uploadId);
    const bytes = await readFile(file);
    return { bytes, ...(meta?.fileName === undefined ? {} : { fileName: meta.fileName }) };
  }

  async remove(orgId: string, uploadId: string): Promise<void> {
    if (!isUploadId(uploadId)) return;
    const file = this.file(orgId, uploadId);
    await Promise.all([rm(file, { force: true }), rm(`${file}.json`, { force: true })]);
  }

  /**
   * Takes a pre-signed PUT as S3 would: 403 for a token that is forged, altered or expired, or a
   * Content-Type other than the signed one; 411 without a Content-Length; 400 when the length is
   * not the signed size. The bytes land under a temporary name and appear whole or not at all.
   */
  async receive(token: string, put: ReceivedPut): Promise<PutOutcome> {
    const check = verifyUploadToken(this.secret, token, this.options.clock.now());
    if (!check.ok) {
      return check.reason === 'expired'
        ? refuse(403, 'AccessDenied', 'Request has expired')
        : refuse(
            403,
            'SignatureDoesNotMatch',
            'The request signature we calculated does not match the signature you provided.',
          );
    }
    const { grant } = check;
    if (put.contentType?.split(';')[0]?.trim().toLowerCase() !== grant.mediaType.toLowerCase())
      return refuse(403, 'SignatureDoesNotMatch', 'Content-Type is not the signed one.');
    if (put.contentLength === undefined)
      return refuse(
        411,
        'MissingContentLength',
        'You must provide the Content-Length HTTP header.',
      );
    if (put.contentLength > grant.size)
      return refuse(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
    if (put.contentLength < grant.size)
      return refuse(400, 'IncompleteBody', 'Content-Length is less than the signed size.');

    const folder = this.folder(grant.orgId);
    mkdirSync(folder, { recursive: true });
    const part = join(folder, `.${grant.uploadId}.${randomBytes(6).toString('hex')}.part`);
    const out = createWriteStream(part);
    const md5 = createHash('md5');
    let received = 0;
    try {
      for await (const chunk of put.body) {
        received += chunk.length;
        if (received > grant.size) break;
        md5.update(chunk);
        if (!out.write(chunk)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
    } catch (error) {
      out.destroy();
      await rm(part, { force: true });
      if ((error as NodeJS.ErrnoException).code === 'ECONNRESET' || received < grant.size)
        return refuse(400, 'IncompleteBody', 'You did not provide the number of bytes specified.');
      throw error;
    }
    if (received !== grant.size) {
      await rm(part, { force: true });
      return received > grant.size
        ? refuse(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size')
        : refuse(400, 'IncompleteBody', 'You did not provide the number of bytes specified.');
    }
    await rename(part, this.file(grant.orgId, grant.uploadId));
    return { status: 200, etag: `"${md5.digest('hex')}"` };
  }

  /** Removes uploads (and unfinished parts) older than a day, as the bucket's lifecycle rule does. */
  async sweep(): Promise<number> {
    let removed = 0;
    const orgs = await readdir(this.options.dir, { withFileTypes: true });
    for (const org of orgs) {
      if (!org.isDirectory() || !ORG_ID_PATTERN.test(org.name)) continue;
      const folder = join(this.options.dir, org.name);
      for (const name of await readdir(folder)) {
        const path = join(folder, name);
        const info = await stat(path).catch(() => undefined);
        if (info && this.isExpired(info.mtimeMs)) {
          await rm(path, { force: true });
          removed += 1;
        }
      }
    }
    return removed;
  }

  private isExpired(mtimeMs: number): boolean {
    return this.options.clock.now().getTime() - mtimeMs > UPLOAD_TTL_MS;
  }

  private async meta(orgId: string, uploadId: string): Promise<Meta | undefined> {
    try {
      return JSON.parse(await readFile(`${this.file(orgId, uploadId)}.json`, 'utf8')) as Meta;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  private folder(orgId: string): string {
    // The org comes from a verified token; checked again because it becomes a path.
    if (!ORG_ID_PATTERN.test(orgId)) throw new Error(`not an organisation id: ${orgId}`);
    return join(this.options.dir, orgId);
  }

  private file(orgId: string, uploadId: string): string {
    if (!isUploadId(uploadId)) throw new UploadNotFoundError(uploadId);
    return join(this.folder(orgId), uploadId);
  }
}

const loadOrCreateSecret = (path: string): Buffer => {
  try {
    return readFileSync(path);
  } catch (error) {
    if (!isMissing(error)) throw error;
    const secret = randomBytes(32);
    writeFileSync(path, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
};
