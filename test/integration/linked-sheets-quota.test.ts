import type { PacerClock } from '../../functions/adapters/google-sheets/pacer';
import { GoogleSheetsGateway } from '../../functions/adapters/google-sheets/sheets-gateway';
import { startFakeGoogleSheets, type FakeGoogleSheets } from '../support/fake-google-sheets';

/**
 * Google allows 60 reads and 60 writes a minute per user per project; the service account is
 * one user for every link of every organisation. The gateway paces itself under that.
 */
describe('the Google Sheets gateway keeps under the per-minute quota', () => {
  let fake: FakeGoogleSheets;
  beforeAll(async () => {
    fake = await startFakeGoogleSheets();
    const rows = [
      ['Timestamp', 'Įvertinimas'],
      ...Array.from({ length: 999 }, (_, i) => [`2026-03-0${(i % 9) + 1} 10:00:00`, (i % 5) + 1]),
    ];
    fake.addSpreadsheet('quota-sheet', { locale: 'lt_LT', sheets: { Atsakymai: rows } });
  });
  afterAll(() => fake.close());

  it('waits for a free minute slot before a read or write beyond the quota, reads and writes apart', async () => {
    let now = 0;
    const paced: number[] = [];
    const clock: PacerClock = {
      now: () => now,
      sleep: async (ms) => {
        paced.push(ms);
        now += ms;
      },
    };
    const gateway = new GoogleSheetsGateway({
      credentials: fake.credentials,
      rootUrl: fake.rootUrl,
      // 1,000 rows as four 250-row ranges, one a call: get + 4 batchGet = 5 reads.
      blocks: { rowsPerRange: 250, rangesPerCall: 1 },
      quota: { readsPerMinute: 2, writesPerMinute: 2, clock },
    });
    const before = fake.requests.length;
    const values = await gateway.readValues('quota-sheet', 'Atsakymai');
    expect(values).toHaveLength(1000);
    expect(values[999]).toEqual(['2026-03-09 10:00:00', 4]); // row i = 998
    // Reads 3 and 5 each waited for the minute of the two before them.
    expect(paced).toEqual([60_000, 60_000]);
    await gateway.writeBlock('quota-sheet', 'Atsakymai', [['=SUM(1)']]);
    // clear + update: two writes, within their own quota at once.
    expect(paced).toEqual([60_000, 60_000]);
    const calls = fake.requests.slice(before).map((r) => r.call);
    expect(calls.filter((c) => c === 'get' || c === 'batchGet')).toHaveLength(5);
    expect(calls.filter((c) => c === 'clear' || c === 'update')).toHaveLength(2);
  });
});
