import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describeRun, runCli } from '../support/cli';
import { startLocalServer, type LocalServer } from '../support/local-server';

/** `ciklas report …` against `npm start`'s program on its own data folder and port. */
describe('ciklas report, against the local server', () => {
  let server: LocalServer;
  let dir: string;
  let dataDir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ciklas-cli-report-'));
    dataDir = join(dir, 'data');
    server = await startLocalServer(dataDir);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('saves last year’s annual report, in Lithuanian, with its sections and charts', async () => {
    const out = join(dir, 'metine.xlsx');
    const run = await runCli(
      [
        'report',
        'annual',
        '--year',
        '2025',
        '--out',
        out,
        '--api',
        server.url,
        '--token',
        server.token,
      ],
      { timeoutMs: 60_000 },
    );
    expect([run.code, describeRun(run)]).toEqual([0, describeRun(run)]);
    expect(run.stdout).toMatch(/^Išsaugota: .*metine\.xlsx \(\d+ KB, [\d.]+ s\)\n$/);
    expect(run.stderr).toContain('Rengiama ataskaita: ');
    const book = XLSX.read(readFileSync(out), { bookFiles: true });
    expect(book.SheetNames[0]).toBe('Turinys');
    expect(book.SheetNames).toContain('Apklausų diagramos');
    const media = (book as unknown as { keys: string[] }).keys.filter((k) =>
      /xl\/media\/.+\.png$/.test(k),
    );
    expect(media.length).toBeGreaterThan(0);
  });

  it('signs its own demo token with the local keys and takes the API from CIKLAS_API', async () => {
    const out = join(dir, 'summary.xlsx');
    const run = await runCli(
      ['report', 'summary', '--year', '2025', '--lang', 'en', '--out', out],
      {
        env: { CIKLAS_API: server.url, CIKLAS_TOKEN: undefined, DATA_DIR: dataDir },
        timeoutMs: 60_000,
      },
    );
    expect([run.code, describeRun(run)]).toEqual([0, describeRun(run)]);
    expect(run.stdout).toMatch(/^Saved: /);
    expect(XLSX.read(readFileSync(out)).SheetNames).toEqual(['Summary']);
  });

  it('says in one line, exit 2, when the server cannot be reached or the year is wrong', async () => {
    const unreachable = await runCli(
      ['report', 'half-year', '--year', '2026', '--lang', 'en', '--out', join(dir, 'x.xlsx')],
      { env: { CIKLAS_API: 'http://127.0.0.1:9', CIKLAS_TOKEN: 'x' } },
    );
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(
      /^ciklas: Could not reach the server http:\/\/127\.0\.0\.1:9 /m,
    );
    expect(unreachable.stderr.trim().split('\n')).toHaveLength(2);
    const badYear = await runCli(['report', 'annual', '--year', '25']);
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toBe(
      'ciklas: Netinkami metai „25“: nurodykite --year, pvz., --year 2025.\n',
    );
  });

  it('passes the server’s refusal on in one line, exit 2, for a token it does not accept', async () => {
    const run = await runCli([
      'report',
      'annual',
      '--year',
      '2025',
      '--out',
      join(dir, 'staff.xlsx'),
      '--api',
      server.url,
      '--token',
      'not-a-token',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ciklas: Serveris atsakė 401/m);
  });
});
