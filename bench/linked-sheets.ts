/**
 * `tsx bench/linked-sheets.ts`: the nightly sync of a linked Google Forms responses sheet, on
 * DynamoDB Local, with the Sheets API v4 and token endpoint played by the local stand-in the
 * integration tests use (test/support/fake-google-sheets.ts) — through the job's own code
 * (`runSync`, `GoogleSheetsGateway`, `@googleapis/sheets` over HTTP):
 *
 * - the first night of a 20,000-row × 25-column sheet (read, preview, commit, results block),
 *   split into the Sheets read, the import (parse, preview, commit, analysis, status) and the
 *   results write by timing the gateway's two calls;
 * - a second night with nothing new (adds 0) and a night after 1,000 rows were appended;
 * - baselines in the same process: the same sheet read with one `values.get` per 5,000-row block,
 *   or one `values.get` of the whole sheet, beside the adapter's `values.batchGet` blocks; the
 *   night's Sheets requests against Google's per-minute quota; links of this size per run within
 *   Lambda's 15-minute limit (links run one after another).
 *
 * BENCH_LINKED_ROWS (default 20000) sets the sheet's size.
 */
import { performance } from 'node:perf_hooks';
import { sheets as sheetsApi } from '@googleapis/sheets';
import { parseServiceAccount } from '../functions/adapters/google-sheets/credentials';
import { normaliseValues } from '../functions/adapters/google-sheets/dates';
import { backoffCeiling, DEFAULT_RETRY_POLICY } from '../functions/adapters/google-sheets/retry';
import { GoogleSheetsGateway } from '../functions/adapters/google-sheets/sheets-gateway';
import { ServiceAccountTokens } from '../functions/adapters/google-sheets/token';
import type {
  LinkRunReport,
  SheetCell,
  SpreadsheetGateway,
} from '../functions/domain/linked-sheets';
import type { Store } from '../functions/domain/ports';
import { parseSurveyRows, rowsFromValues } from '../functions/domain/surveys/import';
import { createSyncDeps, runSync } from '../functions/handlers/linked-sheets-sync';
import { startDynamoLocal } from '../functions/local/dynamodb-local';
import { createLogger } from '../functions/shared/logger';
import {
  startFakeGoogleSheets,
  type FakeCell,
  type FakeGoogleSheets,
} from '../test/support/fake-google-sheets';
import { invoke as baseInvoke, localApi, seconds, time, type Api, type Call } from './invoke';
import { GROUPS, LIKERT, random } from './survey-export';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const ORG = 'bench-linked';
const SPREADSHEET = '1BenchLinkedSheetsFormsResponses0000000000A';
const RESPONSES = 'Formos atsakymai 1';
const RESULTS = 'Rezultatai';
const BLOCK = 5000;
const APPENDED = 1000;
const MB = 1024 * 1024;

/**
 * Google's default Sheets API quotas (developers.google.com/workspace/sheets/api/limits, "Usage
 * limits", read in November 2026): read requests 300 per minute per project and 60 per minute
 * per user per project; write requests the same (300 / 60). `get` and `values.batchGet` are reads,
 * `values.clear` and `values.update` writes. The nightly job is one user (its service account),
 * so the per-user figures bind it. A request over quota answers 429 (the adapter backs off).
 */
const QUOTA = { readPerProject: 300, readPerUser: 60, writePerProject: 300, writePerUser: 60 };
/** Lambda's longest run (the sync function's time-out). */
const LAMBDA_LIMIT_MS = 15 * 60 * 1000;

const invoke = (api: Api, routeKey: string, call: Call = {}) =>
  baseInvoke(api, routeKey, call, { org: ORG });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

const SATISFACTION = [
  'Labai nepatenkintas',
  'Nepatenkintas',
  'Nei patenkintas, nei nepatenkintas',
  'Patenkintas',
  'Labai patenkintas',
];
const FREQUENCY = ['Niekada', 'Retai', 'Kartais', 'Dažnai', 'Visada'];
const AGE = ['18–29', '30–44', '45–64', '65 ir daugiau'];
const SERVICES = ['Maitinimas', 'Transportas', 'Užimtumas', 'Konsultacijos', 'Sveikata'];
const WORDS =
  'labai gera paslauga darbuotojai malonūs norėtųsi daugiau užsiėmimų ilgesnis darbo laikas ačiū už pagalbą kartais trūksta informacijos'.split(
    ' ',
  );
const AGREE_ITEMS = [
  'Darbuotojai su manimi elgiasi pagarbiai',
  'Gaunu reikiamą informaciją laiku',
  'Jaučiuosi saugiai',
  'Galiu pats priimti sprendimus dėl savo gyvenimo',
  'Paslaugos padeda man būti savarankiškesniam',
  'Aplinka yra jauki ir švari',
  'Mano nuomonė yra išklausoma',
  'Žinau, kur kreiptis, jei turiu skundą',
  'Užsiėmimai yra įdomūs ir naudingi',
  'Paslaugų laikas man patogus',
];
const SATISFACTION_ITEMS = [
  'Kaip vertinate maitinimą?',
  'Kaip vertinate transporto paslaugas?',
  'Kaip vertinate socialinio darbuotojo pagalbą?',
  'Kaip vertinate sveikatos priežiūrą?',
  'Kaip vertinate laisvalaikio užsiėmimus?',
  'Kaip vertinate paslaugas apskritai?',
];
const FREQUENCY_ITEMS = [
  'Kaip dažnai dalyvaujate užsiėmimuose?',
  'Kaip dažnai kalbatės su savo socialiniu darbuotoju?',
];
/** 25 columns, as a Google Form collecting e-mails writes them. */
const HEADERS = [
  'Laiko žyma',
  'El. pašto adresas',
  'Padalinys',
  ...AGREE_ITEMS.map((q) => `Ar sutinkate? [${q}]`),
  ...SATISFACTION_ITEMS,
  ...FREQUENCY_ITEMS,
  'Ar rekomenduotumėte mūsų paslaugas artimiesiems? (0–10)',
  'Kokiomis paslaugomis naudojatės?',
  'Jūsų amžiaus grupė',
  'Ką norėtumėte pakeisti?',
];

const pad = (n: number) => String(n).padStart(2, '0');
const pick = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() * list.length)]!;
const likert = (rnd: () => number, labels: readonly string[]): FakeCell =>
  rnd() < 0.04 ? null : labels[Math.min(4, Math.floor(rnd() * rnd() * 6 + rnd() * 2))]!;

/**
 * Response i as an lt_LT spreadsheet gives it with FORMATTED_STRING (`2026-03-04 10:11:12`):
 * deterministic, one response a minute from 1 March, so every row is its own response.
 */
const response = (i: number): FakeCell[] => {
  const rnd = random(1_000_003 * (i + 1));
  const at = new Date(Date.UTC(2026, 2, 1, 7) + i * 60_000 + Math.floor(rnd() * 50) * 1000);
  const stamp = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
  const services = SERVICES.filter(() => rnd() < 0.35).join(', ');
  return [
    stamp,
    rnd() < 0.6 ? `atsakovas${i}@pastas.lt` : null,
    pick(rnd, GROUPS),
    ...AGREE_ITEMS.map(() => likert(rnd, LIKERT)),
    ...SATISFACTION_ITEMS.map(() => likert(rnd, SATISFACTION)),
    ...FREQUENCY_ITEMS.map(() => likert(rnd, FREQUENCY)),
    Math.min(10, Math.floor(rnd() * 6 + rnd() * 6)),
    services === '' ? null : services,
    pick(rnd, AGE),
    rnd() < 0.25
      ? Array.from({ length: 4 + Math.floor(rnd() * 12) }, () => pick(rnd, WORDS)).join(' ')
      : null,
  ];
};
const sheetOf = (count: number): FakeCell[][] => [
  HEADERS,
  ...Array.from({ length: count }, (_, i) => response(i)),
];

/** The gateway, its two calls timed (the rest of a night is the import). */
class TimedGateway implements SpreadsheetGateway {
  readMs = 0;
  writeMs = 0;
  constructor(private readonly inner: SpreadsheetGateway) {}
  get serviceAccountEmail() {
    return this.inner.serviceAccountEmail;
  }
  reset() {
    this.readMs = 0;
    this.writeMs = 0;
  }
  async readValues(spreadsheetId: string, sheet: string) {
    const [values, ms] = await time(() => this.inner.readValues(spreadsheetId, sheet));
    this.readMs += ms;
    return values;
  }
  async writeBlock(spreadsheetId: string, sheet: string, values: SheetCell[][]) {
    const [, ms] = await time(() => this.inner.writeBlock(spreadsheetId, sheet, values));
    this.writeMs += ms;
  }
}

/** The store, each call counted and timed by method and entity type (calls may overlap). */
const timedStore = (store: Store, calls: Map<string, { n: number; ms: number }>): Store =>
  new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const what = args[1];
        const type =
          typeof what === 'string'
            ? what
            : Array.isArray(what)
              ? `${what.length}`
              : ((what as { type?: string } | undefined)?.type ?? '');
        const key = `${String(prop)} ${type}`;
        const t0 = performance.now();
        try {
          return (await (value as (...a: unknown[]) => Promise<unknown>).apply(
            target,
            args,
          )) as unknown;
        } finally {
          const entry = calls.get(key) ?? { n: 0, ms: 0 };
          entry.n++;
          entry.ms += performance.now() - t0;
          calls.set(key, entry);
        }
      };
    },
  });

interface Night {
  name: string;
  ms: number;
  readMs: number;
  writeMs: number;
  report: LinkRunReport;
  /** Sheets API calls of the night by name (the token exchange apart). */
  calls: Record<string, number>;
  store: Map<string, { n: number; ms: number }>;
}

/** Baseline readers: the same HTTP client and token, other request shapes. */
const baselineReaders = (fake: FakeGoogleSheets) => {
  const api = sheetsApi({ version: 'v4', rootUrl: fake.rootUrl });
  const tokens = new ServiceAccountTokens(
    parseServiceAccount(fake.credentials),
    DEFAULT_RETRY_POLICY,
  );
  const options = async () => ({
    headers: { authorization: `Bearer ${await tokens.token()}` },
    retry: false,
    timeout: 30_000,
    fetchImplementation: fetch,
  });
  const quoted = `'${RESPONSES.replace(/'/g, "''")}'`;
  const grid = async () => {
    const { data } = await api.spreadsheets.get(
      {
        spreadsheetId: SPREADSHEET,
        fields: 'properties(locale),sheets(properties(title,gridProperties(rowCount)))',
      },
      await options(),
    );
    const sheet = data.sheets?.find((s) => s.properties?.title === RESPONSES);
    return {
      rowCount: sheet?.properties?.gridProperties?.rowCount ?? 0,
      locale: data.properties?.locale ?? 'en_US',
    };
  };
  const valuesGet = async (range: string) =>
    (
      await api.spreadsheets.values.get(
        {
          spreadsheetId: SPREADSHEET,
          range,
          majorDimension: 'ROWS',
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'FORMATTED_STRING',
        },
        await options(),
      )
    ).data.values ?? [];
  return {
    /** `get` for the grid and locale, then one `values.get` per 5,000-row block, in turn. */
    perBlock: async (): Promise<unknown[][]> => {
      const { rowCount, locale } = await grid();
      const rows: unknown[][] = [];
      for (let from = 1; from <= rowCount; from += BLOCK) {
        const block = await valuesGet(`${quoted}!${from}:${Math.min(rowCount, from + BLOCK - 1)}`);
        block.forEach((cells, j) => (rows[from - 1 + j] = cells as unknown[]));
      }
      for (let r = 0; r < rows.length; r++) rows[r] ??= [];
      return normaliseValues(rows, locale);
    },
    /** `get` for the locale, then the whole sheet in one `values.get`. */
    whole: async (): Promise<unknown[][]> => {
      const { locale } = await grid();
      return normaliseValues((await valuesGet(quoted)) as unknown[][], locale);
    },
  };
};

const main = async () => {
  const size = Number(process.env.BENCH_LINKED_ROWS ?? 20_000);
  const dynamo = await startDynamoLocal();
  const fake = await startFakeGoogleSheets();
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    const { api, config } = await localApi(dynamo.endpoint, 'bench-linked');
    const year = '2026';
    await invoke(api, 'PUT /v1/cycles/{year}', {
      params: { year },
      body: { version: 0, budgetApprovedOn: `${year}-02-10` },
    });
    const survey = await invoke(api, 'POST /v1/cycles/{year}/surveys', {
      params: { year },
      body: {
        title: 'Paslaugų gavėjų apklausa 2026',
        instrument: 'Paslaugų gavėjų pasitenkinimo klausimynas',
        audience: 'recipients',
        period: { from: `${year}-03-01`, to: `${year}-04-30` },
      },
    });
    const surveyId = String(survey.id);
    const all = sheetOf(size + APPENDED);
    const first = all.slice(0, size + 1);
    fake.addSpreadsheet(SPREADSHEET, {
      locale: 'lt_LT',
      sheets: { [RESPONSES]: first, [RESULTS]: [] },
    });
    await invoke(api, 'PUT /v1/cycles/{year}/surveys/{surveyId}/linked-sheet', {
      params: { year, surveyId },
      body: {
        version: 0,
        spreadsheetId: SPREADSHEET,
        responsesSheet: RESPONSES,
        resultsSheet: RESULTS,
      },
    });

    const storeCalls = new Map<string, { n: number; ms: number }>();
    const plainDeps = createSyncDeps(config);
    const deps = { ...plainDeps, store: timedStore(plainDeps.store, storeCalls) };
    const gateway = new TimedGateway(
      new GoogleSheetsGateway({
        credentials: fake.credentials,
        rootUrl: fake.rootUrl,
        // Measured unpaced; the quota lines below say what pacing allows.
        quota: { readsPerMinute: Infinity, writesPerMinute: Infinity },
      }),
    );
    const silent = createLogger('silent');
    const nights: Night[] = [];
    const night = async (name: string) => {
      gateway.reset();
      fake.requests.length = 0;
      storeCalls.clear();
      const reports: LinkRunReport[] = [];
      const [, ms] = await time(() =>
        runSync(deps, async () => gateway, silent, {
          orgId: ORG,
          onLink: (r) => reports.push(r),
        }),
      );
      const report = reports[0];
      if (!report || reports.length !== 1) throw new Error(`${name}: ${reports.length} links ran`);
      if (report.result === 'failed' || report.result === 'flagged')
        throw new Error(
          `${name}: ${report.result} ${JSON.stringify(report.error ?? report.status)}`,
        );
      const calls: Record<string, number> = {};
      for (const r of fake.requests)
        if (r.call !== 'token') calls[r.call] = (calls[r.call] ?? 0) + 1;
      const done = {
        name,
        ms,
        readMs: gateway.readMs,
        writeMs: gateway.writeMs,
        report,
        calls,
        store: new Map(storeCalls),
      };
      nights.push(done);
      return done;
    };

    peak = process.memoryUsage.rss();
    const firstNight = await night(`first night: ${size} rows`);
    if (firstNight.report.counts?.added !== size)
      throw new Error(`first night added ${firstNight.report.counts?.added}, not ${size}`);
    const quiet = await night('second night: nothing new');
    if (quiet.report.result !== 'nothingNew' || quiet.report.counts?.added !== 0)
      throw new Error(`second night: ${quiet.report.result}, added ${quiet.report.counts?.added}`);
    fake.setRows(SPREADSHEET, RESPONSES, all);
    const grown = await night(`night after ${APPENDED} rows appended`);
    if (grown.report.counts?.added !== APPENDED)
      throw new Error(`grown night added ${grown.report.counts?.added}, not ${APPENDED}`);

    const nightsPeak = peak;
    // What the import's parse costs on its own (the same values, outside the night).
    const values = await gateway.readValues(SPREADSHEET, RESPONSES);
    const [, parseMs] = await time(() =>
      parseSurveyRows(rowsFromValues(values), { maxRejectedListed: Number.MAX_SAFE_INTEGER }),
    );
    // What the adapter's date-time normalising costs on its own (median of 5 over the same cells).
    const normaliseTimes: number[] = [];
    for (let run = 0; run < 5; run++)
      normaliseTimes.push((await time(async () => normaliseValues(values, 'lt_LT')))[1]);
    const normaliseMs = median(normaliseTimes);

    // Baseline 1: other ways of reading the same sheet (now size + APPENDED rows), 3 runs each.
    const readers = baselineReaders(fake);
    const adapterRead = () => gateway.readValues(SPREADSHEET, RESPONSES);
    const reads: [string, () => Promise<unknown[][]>][] = [
      [`adapter: get + values.batchGet (${BLOCK}-row ranges, 4 a call)`, adapterRead],
      [`baseline: get + one values.get per ${BLOCK}-row block`, readers.perBlock],
      ['baseline: get + one values.get of the whole sheet', readers.whole],
    ];
    // Bytes of JSON the largest response of each carries (Google advises ≤ 2 MB a payload).
    const bytesOf = (rows: number) => Buffer.byteLength(JSON.stringify(values.slice(0, rows)));
    const largest = [bytesOf(BLOCK * 4), bytesOf(BLOCK), bytesOf(values.length)];
    const readLines: [string, number, number, number][] = [];
    const expected = JSON.stringify(values);
    for (const [k, [name, read]] of reads.entries()) {
      const times: number[] = [];
      let requests = 0;
      for (let run = 0; run < 3; run++) {
        fake.requests.length = 0;
        const [got, ms] = await time(read);
        times.push(ms);
        requests = fake.requests.filter((r) => r.call !== 'token').length;
        if (JSON.stringify(got) !== expected) throw new Error(`${name}: read other values`);
      }
      readLines.push([name, median(times), requests, largest[k] ?? 0]);
    }

    const rowsPerSecond = (size / firstNight.ms) * 1000;
    const readsOf = (n: Night) => (n.calls.get ?? 0) + (n.calls.batchGet ?? 0);
    const writesOf = (n: Night) => (n.calls.clear ?? 0) + (n.calls.update ?? 0);
    const linksPerMinute = (n: Night) =>
      Math.floor(
        Math.min(QUOTA.readPerUser / readsOf(n), QUOTA.writePerUser / Math.max(1, writesOf(n))),
      );
    const linksPerRun = (n: Night) => Math.floor(LAMBDA_LIMIT_MS / n.ms);

    console.log(
      `Linked Google Sheets nightly sync — ${size} responses × ${HEADERS.length} columns (lt_LT Forms sheet), runSync on DynamoDB Local, Sheets API v4 stand-in over HTTP, node ${process.version}\n`,
    );
    for (const n of nights) {
      const c = n.report.counts;
      console.log(
        `  ${n.name.padEnd(58)} ${seconds(n.ms).padStart(8)}  read ${seconds(n.readMs)}, import ${seconds(n.ms - n.readMs - n.writeMs)}, results write ${seconds(n.writeMs)}; rows ${c?.rowsRead ?? 0}, added ${c?.added ?? 0}, already ${c?.alreadyImported ?? 0}, rejected cells ${c?.rejectedCells ?? 0}`,
      );
      console.log(
        `  ${''.padEnd(58)} ${''.padStart(8)}  Sheets requests: ${readsOf(n)} read (get ${n.calls.get ?? 0}, batchGet ${n.calls.batchGet ?? 0}), ${writesOf(n)} write (clear ${n.calls.clear ?? 0}, update ${n.calls.update ?? 0})`,
      );
      const store = [...n.store.entries()].sort((a, b) => b[1].ms - a[1].ms);
      console.log(
        `  ${''.padEnd(58)} ${''.padStart(8)}  store: ${store.reduce((k, [, v]) => k + v.n, 0)} calls, ${seconds(store.reduce((k, [, v]) => k + v.ms, 0))} — ${store
          .map(([k, v]) => `${k} ×${v.n} ${(v.ms / 1000).toFixed(2)}`)
          .join(', ')}`,
      );
    }
    console.log(
      `  ${'first night rate'.padEnd(58)} ${''.padStart(8)}  ${rowsPerSecond.toFixed(0)} rows/s; of the import, parse alone ${seconds(parseMs)}; of the read, date-time normalising alone ${seconds(normaliseMs)} (${values.length} rows)`,
    );
    console.log('');
    const adapterMs = readLines[0]?.[1] ?? 1;
    for (const [name, ms, requests, bytes] of readLines)
      console.log(
        `  ${name.padEnd(58)} ${seconds(ms).padStart(8)}  ${requests} HTTP requests for ${size + APPENDED} rows, largest response ${(bytes / MB).toFixed(1)} MB, ×${(ms / adapterMs).toFixed(2)} the adapter (median of 3)`,
      );
    console.log('');
    console.log(
      `  quota (Google default, per user = the service account): ${QUOTA.readPerUser} reads/min, ${QUOTA.writePerUser} writes/min (per project ${QUOTA.readPerProject} / ${QUOTA.writePerProject})`,
    );
    for (const n of nights)
      console.log(
        `  ${n.name.padEnd(58)} ${''.padStart(8)}  ${readsOf(n)} reads + ${writesOf(n)} writes → ${linksPerMinute(n)} links of this size a minute within quota; Lambda 15 min: ${linksPerRun(n)} links a run at this rate`,
      );
    const busiest = Math.max(...nights.map((n) => n.ms));
    // Links run back to back: the reads a minute that pace sends, against the per-user quota,
    // and the longest the adapter waits on a 429 without Retry-After before the link fails.
    const pace = (n: Night) => (readsOf(n) * 60_000) / n.ms;
    let patience = 0;
    for (let retry = 1; retry < DEFAULT_RETRY_POLICY.maxAttempts; retry++)
      patience += backoffCeiling(retry, DEFAULT_RETRY_POLICY);
    console.log(
      `  ${'back to back at the measured pace'.padEnd(58)} ${''.padStart(8)}  quiet nights ${pace(quiet).toFixed(0)} reads/min, first nights ${pace(firstNight).toFixed(0)} reads/min vs quota ${QUOTA.readPerUser}: ${pace(quiet) > QUOTA.readPerUser ? `unpaced it would be over after ~${linksPerMinute(quiet)} links in a minute (a 429 without Retry-After is given up after at most ${seconds(patience)} of back-off, ${DEFAULT_RETRY_POLICY.maxAttempts} tries); the gateway paces itself at 55 reads and 55 writes a minute` : 'within quota'}`,
    );
    console.log(
      `  ${'15-minute Lambda, links one after another'.padEnd(58)} ${''.padStart(8)}  first nights: ${linksPerRun(firstNight)}; quiet nights: ${linksPerRun(quiet)}; quota-bound: ${Math.min(linksPerMinute(quiet) * 15, linksPerRun(quiet))} quiet links in 15 min (slowest night ${seconds(busiest)})`,
    );
    console.log(
      `  peak RSS ${(nightsPeak / MB).toFixed(0)} MB during the nights (the bench's own copies of the sheet and the stand-in's included), ${(peak / MB).toFixed(0)} MB with the baselines`,
    );
    console.log(
      `${firstNight.ms < 60_000 ? 'met   ' : 'MISSED'} first night of ${size} rows under 60 s: ${seconds(firstNight.ms)}`,
    );
    console.log(
      `${quiet.ms < 10_000 ? 'met   ' : 'MISSED'} a night with nothing new under 10 s: ${seconds(quiet.ms)}`,
    );
  } finally {
    clearInterval(sampler);
    await fake.close();
    await dynamo.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
