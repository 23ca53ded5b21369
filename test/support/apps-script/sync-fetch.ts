import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';

/**
 * A synchronous HTTP client, as Apps Script's UrlFetchApp is: a worker thread makes the real
 * request with fetch while this thread waits on a SharedArrayBuffer (Atomics.wait), then takes
 * the answer from a MessagePort without needing the event loop.
 */
export interface SyncRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}
export type SyncResponse = { status: number; text: string } | { error: string };

const WORKER = `
const { parentPort } = require('node:worker_threads');
let port;
let signal;
parentPort.on('message', async (msg) => {
  if (msg.init) {
    port = msg.port;
    signal = msg.signal;
    return;
  }
  const { request } = msg;
  let out;
  try {
    const res = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
    });
    out = { status: res.status, text: await res.text() };
  } catch (e) {
    out = { error: String(e && e.message ? e.message : e) };
  }
  port.postMessage(out);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

export class SyncHttp {
  private readonly worker = new Worker(WORKER, { eval: true });
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly mine: MessagePort;
  private readonly theirs: MessagePort;

  constructor(private readonly timeoutMs = 30_000) {
    const channel = new MessageChannel();
    this.mine = channel.port1;
    this.theirs = channel.port2;
    this.worker.postMessage({ init: true, port: this.theirs, signal: this.signal }, [this.theirs]);
    this.worker.unref();
  }

  request(request: SyncRequest): SyncResponse {
    Atomics.store(this.signal, 0, 0);
    this.worker.postMessage({ request });
    const waited = Atomics.wait(this.signal, 0, 0, this.timeoutMs);
    if (waited === 'timed-out') return { error: `timed out after ${this.timeoutMs} ms` };
    const msg = receiveMessageOnPort(this.mine);
    return (msg?.message as SyncResponse | undefined) ?? { error: 'no answer' };
  }

  close(): Promise<number> {
    this.mine.close();
    return this.worker.terminate();
  }
}
