import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import {
  LOCAL_UPLOAD_PATH,
  LocalUploadStore,
} from '../../functions/adapters/uploads/local-upload-store';
import type { UploadStore } from '../../functions/adapters/uploads/upload-store';
import { XLSX_MEDIA_TYPE } from '../../functions/contracts/route-spec';
import { systemClock } from '../../functions/shared/composition';
import { createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

/**
 * Survey imports through an upload: POST /v1/uploads, PUT the bytes to the URL it gives (here the
 * local store's PUT handler), then preview and commit with ?upload= instead of a body.
 */

const LIKERT = ['Labai blogai', 'Blogai', 'Vidutiniškai', 'Gerai', 'Labai gerai'];

/** A small Google Forms-like export written by SheetJS. */
const exportOf = (rows: number) => {
  const sheet = [
    ['Laiko žyma', 'Kaip vertinate paslaugas?', 'Komentarai'],
    ...Array.from({ length: rows }, (_, i) => [
      new Date(Date.UTC(2026, 2, 1 + (i % 28), 9, i % 60)),
      LIKERT[i % 5],
      i % 3 ? null : `Komentaras ${i}`,
    ]),
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet(sheet, { cellDates: true }),
    'Atsakymai',
  );
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
};

const director: CallOptions = { roles: ['director'], user: 'direktore@org-a' };
const otherOrg: CallOptions = { roles: ['director'], org: 'org-b', user: 'direktore@org-b' };

describe('survey imports through an upload', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  let uploads: LocalUploadStore;
  const dir = mkdtempSync(join(tmpdir(), 'ciklas-uploads-api-'));
  const surveys: Record<string, string> = {};
  const file = exportOf(40);

  const createUpload = (size = file.length, who: CallOptions = director, fileName?: string) =>
    call('POST /v1/uploads', {
      ...who,
      body: { size, mediaType: XLSX_MEDIA_TYPE, ...(fileName ? { fileName } : {}) },
    });
  /** Does what the client does with the answer: PUT the bytes to the URL. */
  const putBytes = (url: string, bytes: Buffer) =>
    uploads.receive(new URL(url).pathname.slice(LOCAL_UPLOAD_PATH.length), {
      contentLength: bytes.length,
      contentType: XLSX_MEDIA_TYPE,
      body: [bytes],
    });
  const uploaded = async (who: CallOptions = director, fileName?: string) => {
    const created = await createUpload(file.length, who, fileName);
    expect(created.status).toBe(201);
    expect(await putBytes(created.json.url, file)).toMatchObject({ status: 200 });
    return created.json.uploadId as string;
  };
  const importCall = (
    step: 'preview' | 'commit',
    options: { upload?: string; file?: Buffer; who?: CallOptions; lang?: 'lt' | 'en' } = {},
  ) => {
    const who = options.who ?? director;
    return call(
      step === 'preview'
        ? 'POST /v1/cycles/{year}/surveys/{surveyId}/imports/preview'
        : 'POST /v1/cycles/{year}/surveys/{surveyId}/imports',
      {
        ...who,
        params: { year: '2026', surveyId: surveys[who.org ?? 'org-a']! },
        ...(options.upload ? { query: { upload: options.upload } } : {}),
        ...(options.file ? { file: options.file } : {}),
        ...(options.lang ? { lang: options.lang } : {}),
      },
    );
  };

  beforeAll(async () => {
    table = await createTestTable('2026-04-10T09:00:00Z');
    // Uploads age by the wall clock, as S3's lifecycle rule does.
    uploads = new LocalUploadStore({
      dir,
      publicUrl: () => 'http://127.0.0.1:3000',
      clock: systemClock,
    });
    call = createTestApi(table, { uploads });
    for (const who of [director, otherOrg]) {
      await call('PUT /v1/cycles/{year}', {
        ...who,
        params: { year: '2026' },
        body: { version: 0, budgetApprovedOn: '2026-02-10' },
      });
      const survey = await call('POST /v1/cycles/{year}/surveys', {
        ...who,
        params: { year: '2026' },
        body: {
          title: 'Paslaugų gavėjų apklausa',
          instrument: 'Klausimynas',
          audience: 'recipients',
          period: { from: '2026-03-01', to: '2026-03-31' },
        },
      });
      expect(survey.status).toBe(201);
      surveys[who.org ?? 'org-a'] = survey.json.id;
    }
  });
  afterAll(async () => {
    await table.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates an upload for survey managers only, a random id and a PUT URL for that size', async () => {
    const created = await createUpload(file.length, director, 'atsakymai.xlsx');
    const again = await createUpload();
    const staff = await createUpload(file.length, { roles: ['staff'], user: 'ona@org-a' });

    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      uploadId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      method: 'PUT',
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:3000\/uploads\//),
      headers: { 'content-type': XLSX_MEDIA_TYPE },
      expiresAt: expect.any(String),
      maxBytes: file.length,
    });
    expect(again.json.uploadId).not.toBe(created.json.uploadId);
    expect(staff.status).toBe(403);
  });

  it('previews and commits an upload named by ?upload=, then deletes it', async () => {
    const uploadId = await uploaded(director, 'Apklausa 2026.xlsx');

    const preview = await importCall('preview', { upload: uploadId });
    const commit = await importCall('commit', { upload: uploadId });
    const after = await importCall('preview', { upload: uploadId, lang: 'en' });

    expect(preview.status).toBe(200);
    expect(preview.json.counts).toMatchObject({ accepted: 40, new: 40, alreadyImported: 0 });
    expect(commit.status).toBe(201);
    expect(commit.json).toMatchObject({ added: 40, alreadyImported: 0 });
    expect(commit.json.survey.imports[0].fileName).toBe('Apklausa 2026.xlsx');
    expect(after.status).toBe(404);
    expect(after.json.detail).toContain(`Upload "${uploadId}" not found`);
    expect(existsSync(join(dir, 'org-a', uploadId))).toBe(false);
  });

  it('answers 404 for another organisation’s upload id, and leaves the upload alone', async () => {
    const uploadId = await uploaded(director);

    const foreign = await importCall('preview', { upload: uploadId, who: otherOrg });
    const foreignCommit = await importCall('commit', { upload: uploadId, who: otherOrg });

    expect(foreign.status).toBe(404);
    expect(foreign.json.detail).toContain(`Įkėlimas „${uploadId}“ nerastas`);
    expect(foreignCommit.status).toBe(404);
    expect((await importCall('preview', { upload: uploadId })).status).toBe(200);
  });

  it('answers 404 for an upload created but never PUT', async () => {
    const created = await createUpload();

    const res = await importCall('preview', { upload: created.json.uploadId });

    expect(res.status).toBe(404);
    expect(res.json.type).toBe('https://ciklas.lt/problems/not_found');
  });

  it('refuses a body and an upload together, naming the upload parameter', async () => {
    const uploadId = await uploaded(director);

    const lt = await importCall('commit', { upload: uploadId, file });
    const en = await importCall('preview', { upload: uploadId, file, lang: 'en' });

    expect(lt.status).toBe(400);
    expect(lt.json.errors).toEqual([
      {
        field: 'upload',
        in: 'query',
        message: expect.stringContaining('užklausos turinyje arba parametru „upload“, ne abiem'),
      },
    ]);
    expect(en.json.errors[0].message).toContain('through the "upload" parameter, not both');
    expect((await importCall('preview', { upload: uploadId })).status).toBe(200);
  });

  it('refuses neither a body nor an upload, saying how to send the file', async () => {
    const lt = await importCall('preview');
    const en = await importCall('commit', { lang: 'en' });

    expect(lt.status).toBe(400);
    expect(lt.json.errors).toEqual([
      { field: 'body', in: 'body', message: expect.stringContaining('parametrą „upload“') },
    ]);
    expect(en.json.errors[0].message).toContain('POST /v1/uploads');
  });

  it('still takes the file as the body, as before', async () => {
    const res = await importCall('preview', { file });

    expect(res.status).toBe(200);
    expect(res.json.counts.accepted).toBe(40);
  });

  it('refuses oversize: a declared size above 50 MiB, a PUT longer than declared, a malformed id', async () => {
    const tooBig = await createUpload(50 * 1024 * 1024 + 1, director);
    const created = await createUpload(file.length - 1);
    const longer = await putBytes(created.json.url, file);
    const badId = await importCall('preview', { upload: '../../etc/passwd' });

    expect(tooBig.status).toBe(400);
    expect(tooBig.json.errors[0]).toMatchObject({ field: 'size', in: 'body' });
    expect(longer).toMatchObject({ status: 400, code: 'EntityTooLarge' });
    expect((await importCall('preview', { upload: created.json.uploadId })).status).toBe(404);
    expect(badId.status).toBe(400);
    expect(badId.json.errors[0]).toMatchObject({ field: 'upload', in: 'query' });
  });

  it('answers 413 when an upload holds more than the import takes', async () => {
    const uploadId = await uploaded(director);
    const tight: UploadStore = {
      create: (org, request) => uploads.create(org, request),
      read: (org, id) => uploads.read(org, id, 1024),
      remove: (org, id) => uploads.remove(org, id),
    };
    const tightCall = createTestApi(table, { uploads: tight });

    const res = await tightCall('POST /v1/cycles/{year}/surveys/{surveyId}/imports/preview', {
      ...director,
      params: { year: '2026', surveyId: surveys['org-a']! },
      query: { upload: uploadId },
      lang: 'en',
    });

    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({
      type: 'https://ciklas.lt/problems/too_large',
      title: 'File too large',
      detail: expect.stringMatching(/too large: 0\.\d MB, at most 0\.0 MB/),
    });
  });
});
