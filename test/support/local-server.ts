import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface LocalServer {
  url: string;
  token: string;
  output: () => string;
  /** Sends SIGINT (Ctrl-C) and resolves with the exit code. */
  stop: () => Promise<number | null>;
  startedInMs: number;
}

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Starts `npm start`'s program as a separate process, on a free port and its own data folder. */
export const startLocalServer = (
  dataDir: string,
  env: Record<string, string> = {},
): Promise<LocalServer> =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const child: ChildProcess = spawn(TSX, ['functions/local/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time:\n${out}`));
    }, 90_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /is running: (http:\/\/\S+)/.exec(out)?.[1];
      const token = /^TOKEN=(\S+)$/m.exec(out)?.[1];
      if (url && token) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
        resolve({
          url,
          token,
          output: () => out,
          startedInMs: Date.now() - started,
          stop: async () => {
            child.kill('SIGINT');
            return exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${out}`));
    });
  });
