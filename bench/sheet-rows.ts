/**
 * `tsx bench/sheet-rows.ts`: what the Google Sheets add-on asks of the API, through the handler on
 * DynamoDB Local — pulling a sheet of 1,000 plan items, pushing 500 new rows in one request (beside
 * the baseline of one POST per row), pushing only the 50 edited rows (the add-on's diff) beside
 * pushing the whole sheet back, and a retried push (idempotent replay).
 *
 * BENCH_SHEET_ROWS (default 1000, a multiple of 500) sets the sheet's size.
 */
import { startDynamoLocal } from '../functions/local/dynamodb-local';
import { invoke as baseInvoke, localApi, seconds, time, type Api, type Call } from './invoke';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const ORG = 'bench-sheets';
const BATCH = 500;
const invoke = (api: Api, routeKey: string, call: Call = {}) =>
  baseInvoke(api, routeKey, call, { org: ORG });

interface PutResult {
  summary: Record<string, number>;
  rows: { status: string; id: string | null; version?: number }[];
}

const newRow = (i: number, tag: string) => ({
  clientRowId: `${tag}-${i}`,
  values: {
    unitId: i % 2 === 0 ? 'dienos-centras' : 'globos-namai',
    period: 'annual',
    goal: `Tikslas ${i}: daugiau savarankiškumo kasdienėje veikloje`,
    activity: `Užsiėmimai ${i}`,
    responsible: 'Ona Onaitė',
    dueOn: '2026-11-30',
  },
});

const main = async () => {
  const size = Number(process.env.BENCH_SHEET_ROWS ?? 1000);
  const dynamo = await startDynamoLocal();
  try {
    const { api } = await localApi(dynamo.endpoint, 'bench-sheets');
    const year = '2026';
    for (const [unitId, name] of [
      ['dienos-centras', 'Dienos centras'],
      ['globos-namai', 'Globos namai'],
    ] as const)
      await invoke(api, 'PUT /v1/org/units/{unitId}', {
        params: { unitId },
        body: { version: 0, name },
      });
    await invoke(api, 'PUT /v1/cycles/{year}', {
      params: { year },
      body: { version: 0, budgetApprovedOn: `${year}-02-10` },
    });
    const params = { year, entity: 'plan-items' };
    const put = async (rows: unknown[]) =>
      (await invoke(api, 'PUT /v1/cycles/{year}/sheets/{entity}', {
        params,
        body: { rows },
      })) as unknown as PutResult;
    const lines: [string, number, string][] = [];

    // Baseline first, on its own cycle's items: one POST per row, as without a bulk route.
    const baselineRows = Math.min(BATCH, size);
    const [, perRow] = await time(async () => {
      for (let i = 0; i < baselineRows; i++)
        await invoke(api, 'POST /v1/cycles/{year}/plan-items', {
          params: { year },
          body: newRow(i, 'base').values,
        });
    });

    // Push new rows: BATCH rows a request, as the add-on sends them.
    let created: PutResult['rows'] = [];
    let firstBatch: unknown[] = [];
    const [, createMs] = await time(async () => {
      for (let from = 0; from < size; from += BATCH) {
        const rows = Array.from({ length: Math.min(BATCH, size - from) }, (_, k) =>
          newRow(from + k, 'sheet'),
        );
        if (from === 0) firstBatch = rows;
        const out = await put(rows);
        created = created.concat(out.rows);
      }
    });
    const createdBatch = (createMs * Math.min(BATCH, size)) / size;
    lines.push([
      `push ${size} new rows (${Math.ceil(size / BATCH)} request(s) of ≤ ${BATCH})`,
      createMs,
      `${created.filter((r) => r.status === 'applied').length} applied, ${((size / createMs) * 1000).toFixed(0)} rows/s`,
    ]);
    lines.push([
      `baseline: ${baselineRows} rows one POST each`,
      perRow,
      `×${(perRow / createdBatch).toFixed(1)} the bulk push of as many rows`,
    ]);

    const [pulled, pullMs] = await time(
      () =>
        invoke(api, 'GET /v1/cycles/{year}/sheets/{entity}', { params }) as Promise<{
          rows: { id: string; version: number; values: Record<string, unknown> }[];
        }>,
    );
    lines.push([`pull the sheet (${pulled.rows.length} rows)`, pullMs, '']);

    // The add-on sends only the edited rows; the baseline sends the whole sheet back.
    const edited = new Set(pulled.rows.slice(0, 50).map((r) => r.id));
    const asSent = (r: (typeof pulled.rows)[number], i: number) => ({
      clientRowId: `edit-${i}`,
      id: r.id,
      version: r.version,
      values: edited.has(r.id) ? { ...r.values, responsible: 'Jonas Jonaitis' } : r.values,
    });
    const all = pulled.rows.map(asSent);
    const [diffOut, diffMs] = await time(() => put(all.filter((r) => edited.has(r.id))));
    const wholeRows = pulled.rows.map((r, i) => ({
      ...asSent(r, i),
      version: edited.has(r.id) ? r.version + 1 : r.version,
      values: edited.has(r.id) ? { ...r.values, responsible: 'Petras Petraitis' } : r.values,
    }));
    const [wholeSummary, wholeMs] = await time(async () => {
      const summary: Record<string, number> = {};
      for (let from = 0; from < wholeRows.length; from += BATCH)
        for (const [k, v] of Object.entries(
          (await put(wholeRows.slice(from, from + BATCH))).summary,
        ))
          summary[k] = (summary[k] ?? 0) + v;
      return summary;
    });
    lines.push([
      'push only the 50 edited rows (the add-on’s diff)',
      diffMs,
      `applied ${diffOut.summary.applied}`,
    ]);
    lines.push([
      `baseline: push the whole sheet back (${wholeRows.length} rows)`,
      wholeMs,
      `applied ${wholeSummary.applied}, unchanged ${wholeSummary.unchanged} → ×${(wholeMs / diffMs).toFixed(1)} the diff`,
    ]);

    const [replay, replayMs] = await time(() => put(firstBatch));
    lines.push([
      `retry of the first push (${firstBatch.length} rows, answer lost)`,
      replayMs,
      `${replay.rows.filter((r) => r.status === 'applied' || r.status === 'unchanged').length} answered, nothing created twice`,
    ]);
    const after = (await invoke(api, 'GET /v1/cycles/{year}/sheets/{entity}', { params })) as {
      rows: unknown[];
    };
    if (after.rows.length !== pulled.rows.length)
      throw new Error(`a retried push created rows: ${after.rows.length} ≠ ${pulled.rows.length}`);

    console.log(
      `Sheet rows API (the Sheets add-on's pull and push), plan items, handler on DynamoDB Local, node ${process.version}\n`,
    );
    for (const [name, ms, note] of lines)
      console.log(`  ${name.padEnd(58)} ${seconds(ms).padStart(8)}  ${note}`);
  } finally {
    await dynamo.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
