import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../cli/main';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client';
import { DynamoLinkedSheetIndex } from '../../functions/adapters/dynamodb/linked-sheets-index';
import { createTestApi } from '../support/api';
import { startFakeGoogleSheets, type FakeGoogleSheets } from '../support/fake-google-sheets';
import { createTestTable, type TestTable } from '../support/table';

/** `npx ciklas sync` on DynamoDB Local (DYNAMODB_ENDPOINT) and the local Sheets API stand-in. */

const SHEET = '1DdddddddddddddddddddddddddddddddddddddddddD';
const HEADERS = ['Timestamp', 'How satisfied are you with the service?'];
const LABELS = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];

describe('ciklas sync', () => {
  let table: TestTable;
  let fake: FakeGoogleSheets;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let surveyId = '';

  const run = async (args: string[], extra: NodeJS.ProcessEnv = {}) => {
    let out = '';
    let err = '';
    const code = await main(
      args,
      { ...env, ...extra },
      {
        out: (t) => (out += t),
        err: (t) => (err += t),
      },
    );
    return { code, out, err };
  };

  beforeAll(async () => {
    table = await createTestTable('2026-04-10T01:30:00Z');
    const doc = createDocumentClient({ region: 'local', endpoint: table.endpoint });
    const call = createTestApi({
      ...table,
      deps: { ...table.deps, linkedSheets: new DynamoLinkedSheetIndex(doc, table.tableName) },
    });
    fake = await startFakeGoogleSheets();
    fake.addSpreadsheet(SHEET, {
      locale: 'en_GB',
      sheets: {
        'Form responses 1': [
          HEADERS,
          ...Array.from({ length: 9 }, (_, i) => [`0${1 + i}/03/2026 10:00:00`, LABELS[i % 5]!]),
        ],
      },
    });
    dir = mkdtempSync(path.join(tmpdir(), 'ciklas-sync-'));
    const keyFile = path.join(dir, 'key.json');
    writeFileSync(keyFile, fake.credentials);
    env = {
      DYNAMODB_ENDPOINT: table.endpoint,
      TABLE_NAME: table.tableName,
      CIKLAS_GOOGLE_CREDENTIALS: keyFile,
      CIKLAS_SHEETS_ROOT_URL: fake.rootUrl,
    };
    await call('PUT /v1/cycles/{year}', {
      params: { year: '2026' },
      body: { version: 0, budgetApprovedOn: '2026-02-10' },
    });
    const survey = await call('POST /v1/cycles/{year}/surveys', {
      params: { year: '2026' },
      body: {
        title: 'Client survey',
        instrument: 'Satisfaction questionnaire',
        audience: 'recipients',
        period: { from: '2026-03-01', to: '2026-03-31' },
      },
    });
    surveyId = survey.json.id;
    const linked = await call('PUT /v1/cycles/{year}/surveys/{surveyId}/linked-sheet', {
      params: { year: '2026', surveyId },
      body: { version: 0, spreadsheetId: SHEET, responsesSheet: 'Form responses 1' },
    });
    expect(linked.status).toBe(200);
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
    await table.drop();
  });

  it('runs the job for one organisation and prints a line per link, in Lithuanian by default', async () => {
    const first = await run(['sync', '--org', 'org-a']);
    expect(first).toEqual({
      code: 0,
      out: `org-a 2026/${surveyId}: įrašyta naujų 9, jau buvo 0 (perskaityta eilučių 9).\n`,
      err: '',
    });
    const again = await run(['sync', '--link', surveyId, '--lang', 'en']);
    expect(again.out).toBe(`org-a 2026/${surveyId}: no new rows (9 read).\n`);
    expect((await run(['sync', '--org', 'org-z'])).out).toBe('Susietų skaičiuoklių nėra.\n');
  });

  it('exits 1 naming the fault when a link fails, and 2 without a usable key', async () => {
    fake.share(SHEET, false);
    const failed = await run(['sync', '--lang', 'en']);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain(`failed – The spreadsheet cannot be reached`);
    expect(failed.out).toContain(fake.serviceAccountEmail);
    fake.share(SHEET, true);

    const none = await run(['sync'], { CIKLAS_GOOGLE_CREDENTIALS: undefined });
    expect(none).toMatchObject({ code: 2, out: '' });
    expect(none.err).toBe(
      'ciklas: CIKLAS_GOOGLE_CREDENTIALS nenurodytas: nurodykite paslaugos paskyros JSON rakto failą.\n',
    );
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"type":"authorized_user"}');
    const unusable = await run(['sync', '--lang', 'en'], { CIKLAS_GOOGLE_CREDENTIALS: bad });
    expect(unusable.code).toBe(2);
    expect(unusable.err).toMatch(
      /^ciklas: The key file .*bad\.json is not usable: not a service account key/,
    );
  });
});
