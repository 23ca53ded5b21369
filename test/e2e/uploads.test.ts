import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { localDate } from '../../functions/domain/time';
import { XLSX_MEDIA_TYPE } from '../../functions/contracts/route-spec';
import { MAX_BODY_BYTES } from '../../functions/local/gateway';
import { startLocalServer, type LocalServer } from '../support/local-server';

const LIKERT = ['Labai blogai', 'Blogai', 'Vidutiniškai', 'Gerai', 'Labai gerai'];
const UNITS = ['Dienos centras', 'Globos centras', 'Krizių centras'];

/**
 * An export above API Gateway's 10 MB, written by SheetJS: long free-text answers of random
 * letters (they do not compress), as a big national survey's comments column makes a file grow.
 */
const bigExport = (rows: number): Buffer => {
  const sheet: unknown[][] = [
    ['Laiko žyma', 'Padalinys', 'Kaip vertinate paslaugas?', 'Komentarai'],
  ];
  for (let i = 0; i < rows; i++)
    sheet.push([
      new Date(Date.UTC(2026, 2, 1, 8, 0, i)),
      UNITS[i % UNITS.length],
      LIKERT[(i * 7) % 5],
      randomBytes(660).toString('base64'),
    ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet(sheet, { cellDates: true }),
    'Atsakymai',
  );
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
};

/** `npm start` end to end: a file too big for the API body goes through the pre-signed PUT. */
describe('a large survey export through an upload, over HTTP', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ciklas-e2e-uploads-'));
  const year = Number(localDate(new Date()).slice(0, 4));
  const rows = 14_000;
  let server: LocalServer;
  let file: Buffer;
  let surveyId = '';

  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${server.token}`,
        'accept-language': 'en',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as Record<string, any>) : {} };
  };

  beforeAll(async () => {
    file = bigExport(rows);
    server = await startLocalServer(dataDir);
    const survey = await api('POST', `/v1/cycles/${year}/surveys`, {
      title: 'Nacionalinė paslaugų gavėjų apklausa',
      instrument: 'Klausimynas',
      audience: 'recipients',
      period: { from: `${year}-03-01`, to: `${year}-03-31` },
    });
    expect(survey.status).toBe(201);
    surveyId = survey.json.id;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is refused as a request body: the file is above the gateway’s 10 MB', async () => {
    expect(file.length).toBeGreaterThan(MAX_BODY_BYTES);

    const res = await fetch(`${server.url}/v1/cycles/${year}/surveys/${surveyId}/imports/preview`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': XLSX_MEDIA_TYPE },
      body: new Uint8Array(file),
    });

    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ message: 'Request Entity Too Large' });
  });

  it('goes through POST /v1/uploads, a PUT to the URL it gives, and preview with ?upload=', async () => {
    const created = await api('POST', '/v1/uploads', {
      size: file.length,
      mediaType: XLSX_MEDIA_TYPE,
      fileName: 'nacionaline-apklausa.xlsx',
    });
    expect(created.status).toBe(201);
    const { uploadId, url, method, headers } = created.json;

    const putStarted = Date.now();
    const put = await fetch(url, { method, headers, body: new Uint8Array(file) });
    const putMs = Date.now() - putStarted;
    const previewStarted = Date.now();
    const preview = await api(
      'POST',
      `/v1/cycles/${year}/surveys/${surveyId}/imports/preview?upload=${uploadId}`,
    );
    const previewMs = Date.now() - previewStarted;
    console.log(
      `${(file.length / 1024 / 1024).toFixed(1)} MB, ${rows} rows: PUT ${putMs} ms, preview ${previewMs} ms`,
    );

    expect(put.status).toBe(200);
    expect(await put.text()).toBe('');
    expect(existsSync(join(dataDir, 'uploads', 'demo', uploadId))).toBe(true);
    expect(preview.status).toBe(200);
    expect(preview.json.counts).toMatchObject({ accepted: rows, new: rows });
    expect(preview.json.questions.map((q: any) => [q.header, q.kind])).toEqual([
      ['Laiko žyma', 'meta'],
      ['Padalinys', 'single'],
      ['Kaip vertinate paslaugas?', 'likert'],
      ['Komentarai', 'text'],
    ]);
  });

  it('refuses a PUT with a forged signature as S3 would (403), and an unknown upload (404)', async () => {
    const created = await api('POST', '/v1/uploads', { size: 10, mediaType: XLSX_MEDIA_TYPE });
    const forged = (created.json.url as string).replace(/\.[\w-]+$/, `.${'A'.repeat(43)}`);

    const put = await fetch(forged, {
      method: 'PUT',
      headers: created.json.headers,
      body: new Uint8Array(10),
    });
    const preview = await api(
      'POST',
      `/v1/cycles/${year}/surveys/${surveyId}/imports/preview?upload=${created.json.uploadId}`,
    );

    expect(put.status).toBe(403);
    expect(await put.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    expect(preview.status).toBe(404);
  });
});
