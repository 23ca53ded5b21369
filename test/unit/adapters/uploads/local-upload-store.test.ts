import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  UploadNotFoundError,
  UploadTooLargeError,
} from '../../../../functions/adapters/uploads/errors';
import {
  LOCAL_UPLOAD_PATH,
  LocalUploadStore,
  type ReceivedPut,
} from '../../../../functions/adapters/uploads/local-upload-store';
import { XLSX_MEDIA_TYPE } from '../../../../functions/contracts/route-spec';

const DAY = 24 * 60 * 60 * 1000;

describe('LocalUploadStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ciklas-uploads-'));
  let now = new Date();
  const store = new LocalUploadStore({
    dir,
    publicUrl: () => 'http://127.0.0.1:3999',
    clock: { now: () => now },
  });
  const bytes = randomBytes(4096);
  const tokenOf = (url: string) => new URL(url).pathname.slice(LOCAL_UPLOAD_PATH.length);
  const put = (body: Buffer, overrides: Partial<ReceivedPut> = {}): ReceivedPut => ({
    contentLength: body.length,
    contentType: XLSX_MEDIA_TYPE,
    body: [body.subarray(0, 1000), body.subarray(1000)],
    ...overrides,
  });
  const created = (size = bytes.length, fileName?: string) =>
    store.create('org-a', {
      size,
      mediaType: XLSX_MEDIA_TYPE,
      ...(fileName ? { fileName } : {}),
    });

  beforeEach(() => (now = new Date()));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hands out a PUT URL on the local server that expires in 15 minutes', async () => {
    const target = await created();

    expect(target).toEqual({
      uploadId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      method: 'PUT',
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:3999\/uploads\/[\w-]+\.[\w-]+$/),
      headers: { 'content-type': XLSX_MEDIA_TYPE },
      expiresAt: new Date(Math.floor(now.getTime() / 1000) * 1000 + 15 * 60_000).toISOString(),
      maxBytes: bytes.length,
    });
    expect((await created()).uploadId).not.toBe(target.uploadId);
  });

  it('takes the signed PUT as S3 does (200, an ETag) and reads the bytes back', async () => {
    const target = await created(bytes.length, 'Apklausa 2026 – gavėjai.xlsx');

    const outcome = await store.receive(tokenOf(target.url), put(bytes));
    const file = await store.read('org-a', target.uploadId, bytes.length);

    expect(outcome).toEqual({ status: 200, etag: expect.stringMatching(/^"[0-9a-f]{32}"$/) });
    expect(file.bytes.equals(bytes)).toBe(true);
    expect(file.fileName).toBe('Apklausa 2026 – gavėjai.xlsx');
    expect(readFileSync(join(dir, 'org-a', target.uploadId)).equals(bytes)).toBe(true);
  });

  it('refuses a length other than the signed size with 400, and no length with 411', async () => {
    const target = await created();
    const token = tokenOf(target.url);
    const longer = Buffer.concat([bytes, Buffer.from('x')]);

    expect(await store.receive(token, put(longer))).toMatchObject({
      status: 400,
      code: 'EntityTooLarge',
    });
    expect(await store.receive(token, put(bytes.subarray(1)))).toMatchObject({
      status: 400,
      code: 'IncompleteBody',
    });
    expect(await store.receive(token, put(bytes, { contentLength: undefined }))).toMatchObject({
      status: 411,
      code: 'MissingContentLength',
    });
    await expect(store.read('org-a', target.uploadId, 1e9)).rejects.toBeInstanceOf(
      UploadNotFoundError,
    );
  });

  it('refuses a body shorter than its Content-Length and keeps nothing of it', async () => {
    const target = await created();

    const outcome = await store.receive(
      tokenOf(target.url),
      put(bytes, { body: [bytes.subarray(0, 100)] }),
    );

    expect(outcome).toMatchObject({ status: 400, code: 'IncompleteBody' });
    expect(readdirSync(join(dir, 'org-a')).filter((n) => n.includes(target.uploadId))).toEqual([
      `${target.uploadId}.json`,
    ]);
  });

  it('refuses with 403 a forged, expired or other-type PUT', async () => {
    const target = await created();
    const token = tokenOf(target.url);
    const [payload] = token.split('.');

    expect(await store.receive(`${payload}.${'A'.repeat(43)}`, put(bytes))).toMatchObject({
      status: 403,
      code: 'SignatureDoesNotMatch',
    });
    expect(await store.receive(token, put(bytes, { contentType: 'text/csv' }))).toMatchObject({
      status: 403,
      code: 'SignatureDoesNotMatch',
    });
    now = new Date(now.getTime() + 15 * 60_000 + 1000);
    expect(await store.receive(token, put(bytes))).toMatchObject({
      status: 403,
      code: 'AccessDenied',
    });
  });

  it('trusts a URL only with its own secret: another store’s URL is forged here', async () => {
    const other = new LocalUploadStore({
      dir: mkdtempSync(join(tmpdir(), 'ciklas-uploads-other-')),
      publicUrl: () => 'http://x',
      clock: { now: () => now },
    });
    const target = await other.create('org-a', { size: bytes.length, mediaType: XLSX_MEDIA_TYPE });

    expect(await store.receive(tokenOf(target.url), put(bytes))).toMatchObject({ status: 403 });
  });

  it('keeps organisations apart: another organisation’s id reads as missing', async () => {
    const target = await created();
    await store.receive(tokenOf(target.url), put(bytes));

    await expect(store.read('org-b', target.uploadId, 1e9)).rejects.toBeInstanceOf(
      UploadNotFoundError,
    );
    await store.remove('org-b', target.uploadId);
    expect((await store.read('org-a', target.uploadId, 1e9)).bytes.length).toBe(bytes.length);
  });

  it('refuses to read more than maxBytes, and reads nothing of an unknown or malformed id', async () => {
    const target = await created();
    await store.receive(tokenOf(target.url), put(bytes));

    await expect(store.read('org-a', target.uploadId, bytes.length - 1)).rejects.toEqual(
      new UploadTooLargeError(target.uploadId, bytes.length, bytes.length - 1),
    );
    await expect(store.read('org-a', 'AAAAAAAAAAAAAAAAAAAAAA', 1e9)).rejects.toBeInstanceOf(
      UploadNotFoundError,
    );
    await expect(store.read('org-a', '../../etc/passwd', 1e9)).rejects.toBeInstanceOf(
      UploadNotFoundError,
    );
  });

  it('removes an upload and its description; removing again is fine', async () => {
    const target = await created();
    await store.receive(tokenOf(target.url), put(bytes));

    await store.remove('org-a', target.uploadId);
    await store.remove('org-a', target.uploadId);

    expect(existsSync(join(dir, 'org-a', target.uploadId))).toBe(false);
    expect(existsSync(join(dir, 'org-a', `${target.uploadId}.json`))).toBe(false);
  });

  it('treats an upload older than a day as gone when read, and deletes it', async () => {
    const target = await created();
    await store.receive(tokenOf(target.url), put(bytes));
    now = new Date(Date.now() + DAY + 60_000);

    await expect(store.read('org-a', target.uploadId, 1e9)).rejects.toBeInstanceOf(
      UploadNotFoundError,
    );
    expect(existsSync(join(dir, 'org-a', target.uploadId))).toBe(false);
  });

  it('sweeps uploads older than a day (at start) and leaves newer ones', async () => {
    const old = await created();
    const fresh = await created();
    await store.receive(tokenOf(old.url), put(bytes));
    await store.receive(tokenOf(fresh.url), put(bytes));
    const dayAndAMinuteAgo = (Date.now() - DAY - 60_000) / 1000;
    for (const name of [old.uploadId, `${old.uploadId}.json`])
      utimesSync(join(dir, 'org-a', name), dayAndAMinuteAgo, dayAndAMinuteAgo);

    const removed = await store.sweep();

    expect(removed).toBeGreaterThanOrEqual(2);
    expect(existsSync(join(dir, 'org-a', old.uploadId))).toBe(false);
    expect(existsSync(join(dir, 'org-a', fresh.uploadId))).toBe(true);
  });

  it('keeps its signing secret on disk, so URLs survive a restart', async () => {
    const target = await created();
    const restarted = new LocalUploadStore({
      dir,
      publicUrl: () => 'http://127.0.0.1:3999',
      clock: { now: () => now },
    });

    expect(await restarted.receive(tokenOf(target.url), put(bytes))).toMatchObject({
      status: 200,
    });
  });
});
