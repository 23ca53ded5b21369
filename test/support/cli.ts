import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** The `ciklas` command as the package's bin runs it. */
export const CLI = join(ROOT, 'cli', 'ciklas.cjs');

export interface CliResult {
  args: string[];
  /** null when the process was killed (see `signal`, `timedOut`). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

export interface RunCliOptions {
  /** Added to the environment; `undefined` removes a variable. `CIKLAS_LANG` is unset unless given. */
  env?: Record<string, string | undefined>;
  /** @default 30 s */
  timeoutMs?: number;
}

/**
 * Runs `node cli/ciklas.cjs ...args` from the repository root and resolves with its exit code and
 * output; it never rejects for a failing command, only when the process cannot be started.
 */
export const runCli = (args: string[], options: RunCliOptions = {}): Promise<CliResult> =>
  new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.CIKLAS_LANG;
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 30_000);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        args,
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        ms: Date.now() - started,
      });
    });
  });

/**
 * The CLI runs of one test file, planned while its suites are declared and started together
 * (at most `concurrency` at a time) the first time any result is asked for, so that suites
 * waiting in turn do not wait for each other's processes. `args` may be a function, called at
 * start, that prepares the files a run needs.
 */
export class PlannedCliRuns {
  private readonly planned: Array<{
    args: string[] | (() => string[]);
    options: RunCliOptions;
    result?: Promise<CliResult>;
  }> = [];
  private started = false;

  constructor(private readonly concurrency = 4) {}

  plan(args: string[] | (() => string[]), options: RunCliOptions = {}): () => Promise<CliResult> {
    const entry: (typeof this.planned)[number] = { args, options };
    this.planned.push(entry);
    return () => {
      this.start();
      if (!entry.result) throw new Error('planned after the runs started');
      return entry.result;
    };
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    let next = 0;
    const resolvers: Array<(r: Promise<CliResult>) => void> = [];
    for (const entry of this.planned) {
      entry.result = new Promise<CliResult>((resolve) => resolvers.push(resolve));
      // Awaited later by the suite that planned it; a failure to start is reported there.
      entry.result.catch(() => undefined);
    }
    const worker = async () => {
      while (next < this.planned.length) {
        const i = next++;
        const entry = this.planned[i];
        const resolve = resolvers[i];
        if (!entry || !resolve) continue;
        const run = (async () =>
          runCli(typeof entry.args === 'function' ? entry.args() : entry.args, entry.options))();
        resolve(run);
        await run.catch(() => undefined);
      }
    };
    for (let w = 0; w < Math.min(this.concurrency, this.planned.length); w++) void worker();
  }
}

/** What a failed command said, for an assertion message. */
export const describeRun = (r: CliResult): string =>
  `ciklas ${r.args.join(' ')} → exit ${r.code}${r.signal ? ` (${r.signal})` : ''}${
    r.timedOut ? ' (timed out)' : ''
  }\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr.slice(0, 2000)}`;

/** stdout parsed as the one JSON document `--json` prints; throws with the run's output if not. */
export const jsonOf = <T>(r: CliResult): T => {
  if (r.code !== 0) throw new Error(`expected exit 0\n${describeRun(r)}`);
  try {
    return JSON.parse(r.stdout) as T;
  } catch (e) {
    throw new Error(`stdout is not one JSON document (${String(e)})\n${describeRun(r)}`, {
      cause: e,
    });
  }
};
