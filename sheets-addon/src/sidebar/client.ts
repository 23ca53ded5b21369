/**
 * The sidebar page's script (bundled into Sidebar.html by build-sidebar.ts). It asks the add-on's
 * server side for a `SidebarState` through `google.script.run`, renders it, and turns the buttons
 * into the calls of `SidebarApi`. While a pull or push runs it polls `sidebarProgress`.
 */
import type { Lang, SidebarApi, SidebarState } from '../sidebar-contract';
import { render, type Action, type Handlers, type Model } from './view';

/** How often the progress of a long call is asked for, in milliseconds. */
export const POLL_MS = 700;

type Calls = { [K in keyof SidebarApi]: (...args: Parameters<SidebarApi[K]>) => void };

/** `google.script.run` as HtmlService provides it: each `with…Handler` returns a runner to call on. */
interface ScriptRunner extends Calls {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

declare const google: { script: { run: ScriptRunner } } | undefined;

/** One server call as a promise (rejects when Apps Script reports a failure or is not there at all). */
const call = <K extends keyof SidebarApi>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> =>
  new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script || !google.script.run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarApi[K]>))
      .withFailureHandler(reject);
    (runner[name] as (...a: Parameters<SidebarApi[K]>) => void)(...args);
  });

const root = document.getElementById('app') ?? document.body;

let model: Model = { lang: 'lt', state: null, busy: null, progress: null, failed: null };

const update = (patch: Partial<Model>): void => {
  model = { ...model, ...patch };
  render(root, model, handlers);
};

/** Polling of `sidebarProgress`; `generation` drops answers that arrive after polling stopped. */
let pollTimer: ReturnType<typeof setInterval> | null = null;
let generation = 0;
let pollInFlight = false;

const stopPolling = (): void => {
  if (pollTimer !== null) clearInterval(pollTimer);
  pollTimer = null;
  generation++;
};

/** Polls while `model.busy` runs, or (`watch`) while work started elsewhere reports progress. */
const startPolling = (watch: boolean): void => {
  stopPolling();
  const mine = generation;
  pollTimer = setInterval(() => {
    if (pollInFlight) return;
    pollInFlight = true;
    call('sidebarProgress').then(
      (progress) => {
        pollInFlight = false;
        if (mine !== generation) return;
        update({ progress });
        if (watch && !progress) {
          stopPolling();
          void run('load', () => call('sidebarState'));
        }
      },
      () => {
        // Progress is only a hint: a failed poll leaves the last one shown until the call ends.
        pollInFlight = false;
      },
    );
  }, POLL_MS);
};

/** Runs one server call that answers a new state, with busy, progress and failure shown. */
const run = async (action: Action, request: () => Promise<SidebarState>): Promise<void> => {
  if (model.busy !== null) return;
  stopPolling();
  update({ busy: action, failed: null, progress: null });
  if (action === 'pull' || action === 'push') startPolling(false);
  try {
    const state = await request();
    stopPolling();
    update({ state, lang: state.lang, busy: null, progress: state.progress });
    if (state.progress) startPolling(true);
  } catch {
    // The server's exception (and its stack) is not for the user: they get the action and a next step.
    stopPolling();
    update({ busy: null, progress: null, failed: action });
  }
};

const handlers: Handlers = {
  pull: () => void run('pull', () => call('sidebarPull')),
  push: () => void run('push', () => call('sidebarPush')),
  refresh: () => void run('load', () => call('sidebarState')),
  language: (lang: Lang) => {
    if (lang === model.lang && model.state) return;
    void run('language', () => call('sidebarSetLanguage', lang));
  },
  resolve: (sheetName, rowNumber, choice) =>
    void run('resolve', () => call('sidebarResolve', sheetName, rowNumber, choice)),
};

void run('load', () => call('sidebarState'));
