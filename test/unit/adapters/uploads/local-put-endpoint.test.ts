import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalUploadStore } from '../../../../functions/adapters/uploads/local-upload-store';
import { XLSX_MEDIA_TYPE } from '../../../../functions/contracts/route-spec';
import { createGatewayServer } from '../../../../functions/local/gateway';

/** The local gateway playing the uploads bucket: `PUT /uploads/{token}` over real HTTP. */
describe('the local pre-signed PUT endpoint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ciklas-put-'));
  let base = '';
  const store = new LocalUploadStore({
    dir,
    publicUrl: () => base,
    clock: { now: () => new Date() },
  });
  let server: Server;
  const apiCalls: unknown[] = [];
  const bytes = randomBytes(64 * 1024);
  const target = () => store.create('org-a', { size: bytes.length, mediaType: XLSX_MEDIA_TYPE });
  const putTo = (url: string, body: Buffer, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'PUT',
      headers: { 'content-type': XLSX_MEDIA_TYPE, ...headers },
      body: new Uint8Array(body),
    });

  beforeAll(async () => {
    server = createGatewayServer(
      async (event) => {
        apiCalls.push(event);
        return { statusCode: 500, headers: {}, body: '' };
      },
      async () => ({}),
      () => undefined,
      { uploads: (token, put) => store.receive(token, put) },
    );
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a good PUT like S3: 200, an ETag, an empty body, CORS for any origin', async () => {
    const { url, uploadId, headers } = await target();

    const res = await fetch(url, { method: 'PUT', headers, body: new Uint8Array(bytes) });

    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect((await store.read('org-a', uploadId, bytes.length)).bytes.equals(bytes)).toBe(true);
    expect(apiCalls).toEqual([]);
  });

  it('answers 400 with S3’s XML error for more or fewer bytes than signed', async () => {
    const { url } = await target();

    const more = await putTo(url, Buffer.concat([bytes, Buffer.from('!')]));
    const fewer = await putTo(url, bytes.subarray(10));

    expect(more.status).toBe(400);
    expect(await more.text()).toContain('<Code>EntityTooLarge</Code>');
    expect(fewer.status).toBe(400);
    expect(await fewer.text()).toContain('<Code>IncompleteBody</Code>');
    expect(more.headers.get('content-type')).toBe('application/xml');
  });

  it('answers 403 for a forged token or another Content-Type, and keeps nothing', async () => {
    const { url, uploadId } = await target();
    const forged = url.replace(/\.[\w-]+$/, `.${'A'.repeat(43)}`);

    const bad = await putTo(forged, bytes);
    const csv = await putTo(url, bytes, { 'content-type': 'text/csv' });

    expect(bad.status).toBe(403);
    expect(await bad.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    expect(csv.status).toBe(403);
    await expect(store.read('org-a', uploadId, 1e9)).rejects.toThrow(/not found/);
  });

  it('answers a browser’s CORS preflight for PUT with Content-Type', async () => {
    const { url } = await target();

    const res = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://docs.google.com',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    });

    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('PUT');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type');
  });

  it('leaves every other path to the API routes (404 as API Gateway answers)', async () => {
    const res = await fetch(`${base}/uploads-nope`, { method: 'PUT', body: 'x' });

    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'Not Found' });
  });
});
