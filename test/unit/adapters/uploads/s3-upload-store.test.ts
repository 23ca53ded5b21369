import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  UploadNotFoundError,
  UploadTooLargeError,
} from '../../../../functions/adapters/uploads/errors';
import {
  createS3Client,
  S3UploadStore,
} from '../../../../functions/adapters/uploads/s3-upload-store';
import { XLSX_MEDIA_TYPE } from '../../../../functions/contracts/route-spec';

/**
 * A stand-in for S3 at the HTTP boundary, path-style: GetObject, DeleteObject, and PUT to a
 * pre-signed URL whose SigV4 query signature it checks the way S3 does, against the request it
 * actually got. The credentials are the fixed ones `createS3Client` uses with an endpoint.
 */
const SECRET = 'local';
const REGION = 'eu-central-1';

interface StoredObject {
  body: Buffer;
  contentType: string;
  lastModified: Date;
  metadata: Record<string, string>;
}

const hmac = (key: Buffer | string, text: string) =>
  createHmac('sha256', key).update(text).digest();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** RFC 3986 encoding, as SigV4's canonical request wants it. */
const encode = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** SigV4 for a pre-signed request: the signature S3 computes from what arrived. */
const expectedSignature = (req: IncomingMessage, url: URL): string => {
  const q = url.searchParams;
  const signedHeaders = (q.get('X-Amz-SignedHeaders') ?? '').split(';');
  const query = [...q.entries()]
    .filter(([k]) => k !== 'X-Amz-Signature')
    .map(([k, v]) => [encode(k), encode(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const headers = signedHeaders
    .map(
      (h) =>
        `${h}:${String(req.headers[h] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const canonical = [
    req.method,
    url.pathname,
    query,
    headers,
    signedHeaders.join(';'),
    'UNSIGNED-PAYLOAD',
  ].join('\n');
  const date = q.get('X-Amz-Date') ?? '';
  const scope = `${date.slice(0, 8)}/${REGION}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', date, scope, sha256(canonical)].join('\n');
  const key = ['s3', 'aws4_request'].reduce(
    (k, part) => hmac(k, part),
    hmac(hmac(`AWS4${SECRET}`, date.slice(0, 8)), REGION),
  );
  return hmac(key, toSign).toString('hex');
};

const xmlError = (res: ServerResponse, status: number, code: string) => {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`,
  );
};

const startFakeS3 = async (bucket: string) => {
  const objects = new Map<string, StoredObject>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://s3.local');
    requests.push(`${req.method} ${url.pathname}`);
    const [, bucketName, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    if (bucketName !== bucket) return xmlError(res, 404, 'NoSuchBucket');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'PUT') {
        const q = url.searchParams;
        const expires = new Date(
          Date.parse(
            (q.get('X-Amz-Date') ?? '').replace(
              /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/,
              '$1-$2-$3T$4:$5:$6Z',
            ),
          ) +
            Number(q.get('X-Amz-Expires')) * 1000,
        );
        if (q.get('X-Amz-Signature') !== expectedSignature(req, url))
          return xmlError(res, 403, 'SignatureDoesNotMatch');
        if (Date.now() > expires.getTime()) return xmlError(res, 403, 'AccessDenied');
        const body = Buffer.concat(chunks);
        objects.set(key, {
          body,
          contentType: String(req.headers['content-type']),
          lastModified: new Date(),
          metadata: Object.fromEntries(
            [...q.entries()]
              .filter(([k]) => k.startsWith('x-amz-meta-'))
              .map(([k, v]) => [k.slice('x-amz-meta-'.length), v]),
          ),
        });
        res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
        return res.end();
      }
      const object = objects.get(key);
      if (req.method === 'DELETE') {
        objects.delete(key);
        res.writeHead(204);
        return res.end();
      }
      if (req.method === 'GET') {
        if (!object) return xmlError(res, 404, 'NoSuchKey');
        res.writeHead(200, {
          'content-type': object.contentType,
          'content-length': String(object.body.length),
          'last-modified': object.lastModified.toUTCString(),
          ...Object.fromEntries(
            Object.entries(object.metadata).map(([k, v]) => [`x-amz-meta-${k}`, v]),
          ),
        });
        return res.end(object.body);
      }
      xmlError(res, 405, 'MethodNotAllowed');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
};

describe('S3UploadStore against a stand-in S3', () => {
  const bucket = 'ciklas-uploads-test';
  let s3: Awaited<ReturnType<typeof startFakeS3>>;
  let store: S3UploadStore;
  let now = new Date();
  const bytes = randomBytes(32 * 1024);
  const create = (fileName?: string) =>
    store.create('org-a', {
      size: bytes.length,
      mediaType: XLSX_MEDIA_TYPE,
      ...(fileName ? { fileName } : {}),
    });
  const put = (url: string, body: Buffer, contentType = XLSX_MEDIA_TYPE) =>
    fetch(url, {
      method: 'PUT',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    });

  beforeAll(async () => {
    s3 = await startFakeS3(bucket);
    store = new S3UploadStore(createS3Client({ region: REGION, endpoint: s3.endpoint }), bucket, {
      now: () => now,
    });
  });
  beforeEach(() => (now = new Date()));
  afterAll(() => s3.close());

  it('pre-signs a PUT of uploads/{org}/{id} that signs Content-Length and Content-Type', async () => {
    const target = await create();
    const url = new URL(target.url);

    expect(url.origin).toBe(s3.endpoint);
    expect(url.pathname).toBe(`/${bucket}/uploads/org-a/${target.uploadId}`);
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual([
      'content-length',
      'content-type',
      'host',
    ]);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(/\/eu-central-1\/s3\/aws4_request$/);
    // No checksum header a browser could not send.
    expect([...url.searchParams.keys()].filter((k) => /checksum/i.test(k))).toEqual([]);
    expect(target).toMatchObject({
      method: 'PUT',
      headers: { 'content-type': XLSX_MEDIA_TYPE },
      maxBytes: bytes.length,
      expiresAt: new Date(now.getTime() + 900_000).toISOString(),
    });
  });

  it('gets the declared bytes through the URL; any other size or type fails the signature', async () => {
    const target = await create('Apklausa – 2026.xlsx');

    const longer = await put(target.url, Buffer.concat([bytes, Buffer.from('x')]));
    const csv = await put(target.url, bytes, 'text/csv');
    const good = await put(target.url, bytes);

    expect([longer.status, csv.status, good.status]).toEqual([403, 403, 200]);
    expect(await longer.text()).toContain('SignatureDoesNotMatch');
    const file = await store.read('org-a', target.uploadId, bytes.length);
    expect(file.bytes.equals(bytes)).toBe(true);
    expect(file.fileName).toBe('Apklausa – 2026.xlsx');
  });

  it('reads missing and other organisations’ uploads as UploadNotFoundError', async () => {
    const target = await create();
    await put(target.url, bytes);

    await expect(store.read('org-b', target.uploadId, 1e9)).rejects.toBeInstanceOf(
      UploadNotFoundError,
    );
    await expect(store.read('org-a', 'AAAAAAAAAAAAAAAAAAAAAA', 1e9)).rejects.toBeInstanceOf(
      UploadNotFoundError,
    );
    expect(s3.requests).toContain(`GET /${bucket}/uploads/org-b/${target.uploadId}`);
  });

  it('refuses an upload larger than maxBytes without reading it, and one older than a day', async () => {
    const target = await create();
    await put(target.url, bytes);

    await expect(store.read('org-a', target.uploadId, 1000)).rejects.toEqual(
      new UploadTooLargeError(target.uploadId, bytes.length, 1000),
    );
    now = new Date(Date.now() + 24 * 60 * 60 * 1000 + 60_000);
    await expect(store.read('org-a', target.uploadId, 1e9)).rejects.toBeInstanceOf(
      UploadNotFoundError,
    );
  });

  it('deletes uploads/{org}/{id}', async () => {
    const target = await create();
    await put(target.url, bytes);

    await store.remove('org-a', target.uploadId);

    expect(s3.requests).toContain(`DELETE /${bucket}/uploads/org-a/${target.uploadId}`);
    expect(s3.objects.has(`uploads/org-a/${target.uploadId}`)).toBe(false);
    await expect(store.read('org-a', target.uploadId, 1e9)).rejects.toBeInstanceOf(
      UploadNotFoundError,
    );
  });
});
