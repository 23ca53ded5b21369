/**
 * `tsx bench/survey-e2e.ts`: a 100,000-response × 30-question export through the API on
 * DynamoDB Local — preview, commit, the same file again (adds nothing), analysis read back from
 * the store — beside the baseline of storing responses one item each (PutItem per response,
 * measured on 2,000 and scaled). Goal: upload → preview → commit → analysis under 10 s.
 *
 * BENCH_SURVEY_ROWS (default 100000) sets the size; the file is shared with bench/xlsx-read.ts.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../functions/adapters/dynamodb/client';
import { startDynamoLocal } from '../functions/local/dynamodb-local';
import { invoke as baseInvoke, localApi, seconds, type Api, type Call } from './invoke';
import { surveyFile, writeSurvey } from './survey-export';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const invoke = (api: Api, routeKey: string, call: Call = {}) =>
  baseInvoke(api, routeKey, call, { org: 'bench-survey' });

const MB = 1024 * 1024;

const main = async () => {
  const rows = Number(process.env.BENCH_SURVEY_ROWS ?? 100_000);
  const file = surveyFile(rows);
  if (!existsSync(file)) {
    console.log(`writing ${rows} responses to ${file}…`);
    await writeSurvey(file, rows);
  }
  const bytes = await readFile(file);
  const dynamo = await startDynamoLocal();
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    const tableName = 'bench-survey';
    const { api } = await localApi(dynamo.endpoint, tableName);
    const doc = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
    const year = '2026';
    await invoke(api, 'PUT /v1/cycles/{year}', {
      params: { year },
      body: { version: 0, budgetApprovedOn: `${year}-02-10` },
    });
    const survey = await invoke(api, 'POST /v1/cycles/{year}/surveys', {
      params: { year },
      body: {
        title: 'Paslaugų gavėjų apklausa',
        instrument: 'Pasitenkinimo klausimynas',
        audience: 'recipients',
        period: { from: `${year}-01-01`, to: `${year}-12-31` },
      },
    });
    const params = { year, surveyId: String(survey.id) };
    const steps: [string, number, string][] = [];
    const step = async <T>(name: string, run: () => Promise<T>, note: (r: T) => string) => {
      const t0 = performance.now();
      const result = await run();
      steps.push([name, performance.now() - t0, note(result)]);
      return result;
    };
    const t0 = performance.now();
    await step(
      'preview (read, infer, score, identities)',
      () =>
        invoke(api, 'POST /v1/cycles/{year}/surveys/{surveyId}/imports/preview', {
          params,
          file: bytes,
        }),
      (r) =>
        `new ${(r.counts as { new: number }).new}, rejected ${(r.counts as { rejectedCells: number }).rejectedCells}`,
    );
    await step(
      'commit (read again, chunks + identities, transaction)',
      () =>
        invoke(api, 'POST /v1/cycles/{year}/surveys/{surveyId}/imports', { params, file: bytes }),
      (r) => `added ${String(r.added)}`,
    );
    await step(
      'analysis (chunks read back, every question)',
      () => invoke(api, 'GET /v1/cycles/{year}/surveys/{surveyId}/analysis', { params }),
      (r) => `responses ${String((r.analysis as { responses: number }).responses)}`,
    );
    const total = performance.now() - t0;
    await step(
      'the same file again (commit adds nothing)',
      () =>
        invoke(api, 'POST /v1/cycles/{year}/surveys/{surveyId}/imports', { params, file: bytes }),
      (r) => `added ${String(r.added)}, already ${String(r.alreadyImported)}`,
    );

    // Baseline: one item per response, as a naive design would store them.
    const sample = 2_000;
    const b0 = performance.now();
    for (let i = 0; i < sample; i += 25) {
      await doc.send(
        new BatchWriteCommand({
          RequestItems: {
            [tableName]: Array.from({ length: 25 }, (_, k) => ({
              PutRequest: {
                Item: {
                  pk: 'ORG#baseline#SURVEY',
                  sk: `response#${i + k}`,
                  answers: Array.from({ length: 30 }, (_, q) => (q * 7 + i + k) % 5),
                },
              },
            })),
          },
        }),
      );
    }
    const perResponse = (performance.now() - b0) / sample;
    doc.destroy();

    console.log(
      `Survey import end to end — ${rows} responses × 30 columns (${(bytes.length / MB).toFixed(1)} MB), handler on DynamoDB Local, node ${process.version}\n`,
    );
    for (const [name, ms, note] of steps)
      console.log(`  ${name.padEnd(56)} ${seconds(ms).padStart(8)}  ${note}`);
    console.log(
      `  ${'upload → preview → commit → analysis'.padEnd(56)} ${seconds(total).padStart(8)}`,
    );
    console.log(
      `  ${'baseline: one item per response (BatchWrite, 2,000 measured)'.padEnd(56)} ${seconds(perResponse * rows).padStart(8)}  ${(1000 / perResponse).toFixed(0)} responses/s → ×${((perResponse * rows) / (steps[1]?.[1] ?? 1)).toFixed(1)} our commit`,
    );
    console.log(`  peak RSS ${(peak / MB).toFixed(0)} MB`);
    console.log(
      `${total < 10_000 ? 'met   ' : 'MISSED'} upload → preview → commit → analysis under 10 s: ${seconds(total)}`,
    );
  } finally {
    clearInterval(sampler);
    await dynamo.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
