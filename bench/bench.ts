/**
 * `npm run bench`: figures for the foundation's hot paths, each beside a baseline run in the same
 * process on the same DynamoDB Local, so ratios mean something on any machine.
 */
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocumentClient } from '../functions/adapters/dynamodb/client';
import { ensureTable } from '../functions/adapters/dynamodb/ensure-table';
import { DynamoStore } from '../functions/adapters/dynamodb/dynamo-store';
import { getCycle } from '../functions/domain/cycle/cycle-service';
import type { Clock, RequestContext } from '../functions/domain/ports';
import { startDynamoLocal } from '../functions/local/dynamodb-local';
import { createGatewayServer } from '../functions/local/gateway';
import { loadOrCreateKeys, signLocalToken, verifyLocalToken } from '../functions/local/jwt';
import { DEMO_ORG_ID, seedDemo } from '../functions/local/seed';
import { createApi } from '../functions/shared/composition';
import { createLogger } from '../functions/shared/logger';
import { newId } from '../functions/shared/ids';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import ExcelJS from 'exceljs';
import { readWorkbook, writeWorkbook } from '../functions/adapters/excel/workbook';
import { CreatePlanItemRequest } from '../functions/contracts/planning';
import { saveCycle } from '../functions/domain/cycle/cycle-service';
import { planItemsSheet } from '../functions/domain/planning/plan-items-sheet';
import { prepareCreate } from '../functions/domain/planning/plan-items';
import { reviewWorkbook, workbookModel } from '../functions/domain/spreadsheets/workbook';
import { sheet } from '../functions/handlers/workbook-sheet';
import { LOCALES, t } from '../functions/i18n';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

interface Figure {
  name: string;
  n: number;
  opsPerSec: number;
  p50: number;
  p95: number;
}

const measure = async (
  name: string,
  n: number,
  op: (i: number) => Promise<unknown>,
): Promise<Figure> => {
  for (let i = 0; i < Math.min(20, n); i++) await op(-1 - i); // warm-up
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await op(i);
    times.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, n, opsPerSec: (n / total) * 1000, p50: at(0.5), p95: at(0.95) };
};

const row = (f: Figure, baseline?: Figure) =>
  `${f.name.padEnd(52)} ${String(f.n).padStart(5)} ${f.opsPerSec.toFixed(0).padStart(8)}/s  p50 ${f.p50.toFixed(2).padStart(6)} ms  p95 ${f.p95.toFixed(2).padStart(6)} ms${baseline ? `  ×${(baseline.opsPerSec / f.opsPerSec).toFixed(2)} the time of "${baseline.name}"` : ''}`;

const main = async () => {
  const N = Number(process.env.BENCH_N ?? 300);
  const dynamo = await startDynamoLocal();
  const dataDir = mkdtempSync(join(tmpdir(), 'ciklas-bench-'));
  try {
    const doc = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
    const tableName = 'bench';
    await ensureTable(doc, tableName);
    const clock: Clock = { now: () => new Date() };
    const store = new DynamoStore(doc, tableName, clock);
    const deps = { store, clock, newId };
    const ctx: RequestContext = {
      actor: { userId: 'bench', orgId: 'bench-org', roles: ['director'] },
    };
    await seedDemo(deps);
    const demo: RequestContext = {
      actor: { userId: 'bench', orgId: DEMO_ORG_ID, roles: ['director'] },
    };
    const year = Number(new Date().toISOString().slice(0, 4));

    const figures: string[] = [];
    const rawPut = await measure('DynamoDB PutItem (baseline)', N, (i) =>
      doc.send(
        new PutCommand({
          TableName: tableName,
          Item: { pk: 'RAW', sk: `x#${i}`, data: { text: 'Dienos centras' } },
        }),
      ),
    );
    const versions = new Map<number, number>();
    const save = await measure('store.save: read + transact(item, audit)', N, async (i) => {
      const v = versions.get(i % 50) ?? 0;
      await store.save(
        ctx,
        { type: 'unit', id: `u${i % 50}` },
        { name: 'Dienos centras', active: true },
        v,
      );
      versions.set(i % 50, v + 1);
    });
    figures.push(row(rawPut), row(save, rawPut));

    const rawGet = await measure('DynamoDB GetItem (baseline)', N, (i) =>
      doc.send(
        new GetCommand({ TableName: tableName, Key: { pk: 'RAW', sk: `x#${Math.abs(i) % N}` } }),
      ),
    );
    const get = await measure('store.get', N, (i) =>
      store.get(ctx, { type: 'unit', id: `u${Math.abs(i) % 50}` }),
    );
    const cycle = await measure('getCycle (2 reads + phase + deadlines)', N, () =>
      getCycle(demo, year, deps),
    );
    figures.push(row(rawGet), row(get, rawGet), row(cycle, rawGet));

    const keys = await loadOrCreateKeys(dataDir);
    const token = await signLocalToken(keys, { orgId: DEMO_ORG_ID, roles: ['director'] });
    const verify = await measure('JWT verify (ES256)', N, () => verifyLocalToken(keys, token));
    figures.push(row(verify));

    const api = createApi(
      { tableName, region: 'local', dynamodbEndpoint: dynamo.endpoint, logLevel: 'silent' },
      createLogger('silent'),
    );
    const direct = await measure('handler invoked directly (GET cycle)', N, () =>
      api({
        version: '2.0',
        routeKey: 'GET /v1/cycles/{year}',
        rawPath: `/v1/cycles/${year}`,
        rawQueryString: '',
        headers: {},
        isBase64Encoded: false,
        pathParameters: { year: String(year) },
        requestContext: {
          accountId: 'bench',
          apiId: 'bench',
          authorizer: {
            jwt: {
              claims: { sub: 'bench', 'custom:org': DEMO_ORG_ID, 'cognito:groups': '[director]' },
              scopes: null,
            },
          },
          domainName: 'localhost',
          domainPrefix: 'localhost',
          http: {
            method: 'GET',
            path: `/v1/cycles/${year}`,
            protocol: 'HTTP/1.1',
            sourceIp: '127.0.0.1',
            userAgent: 'bench',
          },
          requestId: 'bench',
          routeKey: 'GET /v1/cycles/{year}',
          stage: '$default',
          time: '',
          timeEpoch: 0,
        },
      }),
    );
    const server = createGatewayServer(
      api,
      (t) => verifyLocalToken(keys, t),
      () => undefined,
    );
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/cycles/${year}`;
    const http = await measure('HTTP GET cycle via local gateway (JWT + event)', N, async () => {
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      await res.arrayBuffer();
    });
    server.close();
    figures.push(row(direct, cycle), row(http, direct));
    doc.destroy();

    // Planning workbook: 200 unit plan items written with our sheet set-up (dropdowns, locked ids,
    // date cells) beside a plain exceljs sheet of the same cells, then read back and reviewed.
    const planCtx: RequestContext = {
      actor: { userId: 'bench', orgId: 'bench-plan', roles: ['director'] },
    };
    await store.save(
      planCtx,
      { type: 'unit', id: 'dienos-centras' },
      { id: 'dienos-centras', name: 'Dienos centras', active: true },
      0,
    );
    await saveCycle(
      planCtx,
      year,
      { budgetApprovedOn: `${year}-02-10`, milestones: {}, notes: '' },
      0,
      deps,
    );
    for (let i = 0; i < 200; i += 50) {
      const changes = await Promise.all(
        Array.from({ length: 50 }, (_, k) =>
          prepareCreate(
            planCtx,
            year,
            {
              unitId: 'dienos-centras',
              period: 'annual',
              goal: `Tikslas ${i + k}`,
              activity: 'Grupiniai užsiėmimai vaikams kas savaitę',
              responsible: 'Ona Onaitė',
              startOn: `${year}-02-01`,
              dueOn: `${year}-06-30`,
              indicator: 'Dalyvių skaičius',
              targetValue: '20',
              indicatorId: null,
              strategyGoalId: null,
              origin: [],
              statusComment: '',
            },
            deps,
          ),
        ),
      );
      await store.apply(planCtx, changes);
    }
    const sheets = [sheet(planItemsSheet, CreatePlanItemRequest)].map(({ entity }) => ({
      entity,
      validate: (v: Record<string, unknown>) => {
        const r = CreatePlanItemRequest.safeParse(v);
        return r.success
          ? { ok: true as const, value: r.data as unknown }
          : { ok: false as const, issues: [] };
      },
    }));
    const model = await workbookModel(planCtx, year, sheets, 'lt', deps);
    const plain = await measure('exceljs: plain sheet, 200×13 cells (baseline)', 20, async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('x');
      for (const r of model[0]!.rows) ws.addRow(r);
      await wb.xlsx.writeBuffer();
    });
    let bytes: Buffer = Buffer.alloc(0);
    const ours = await measure('planning workbook: write 200 items', 20, async () => {
      bytes = await writeWorkbook(model, { title: 'bench', organisation: 'bench', locale: 'lt' });
    });
    const read = await measure(
      'planning workbook: read + review 200 unchanged rows',
      20,
      async () =>
        reviewWorkbook(
          planCtx,
          year,
          await readWorkbook(bytes),
          sheets,
          { locale: 'lt', locales: LOCALES, t },
          deps,
        ),
    );
    figures.push(row(plain), row(ours, plain), row(read, plain));

    console.log(
      `Ciklas bench — Node ${process.version}, DynamoDB Local in memory, N=${N} sequential operations each`,
    );
    console.log(figures.join('\n'));
  } finally {
    await dynamo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
