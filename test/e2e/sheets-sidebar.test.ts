import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildSidebarHtml } from '../../sheets-addon/src/sidebar/build-sidebar';
import type { Lang, PushedRow, SidebarState } from '../../sheets-addon/src/sidebar-contract';

/**
 * The add-on's sidebar page (dist/Sidebar.html) in a real headless Chromium, with
 * `google.script.run` replaced by a stub that records calls and answers fixture states.
 * The page is loaded with setContent and every network request is blocked and recorded:
 * HtmlService gives the page nothing from outside, so it must need nothing.
 * `UPDATE_SCREENSHOTS=1` rewrites docs/images/sheets-sidebar-{lt,en}.png (300 px wide, @2x).
 */

// Callbacks of page.evaluate run in the page; the root tsconfig has no DOM lib, so name what they use.
declare const window: any;
declare const document: any;
declare function getComputedStyle(el: unknown): { fontWeight: string };

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'images');
const XSS = '<img src=x onerror="window.__xss=1">';

const ROWS = (lang: Lang, conflictResolved: boolean): PushedRow[] => {
  const w = (lt: string, en: string) => (lang === 'lt' ? lt : en);
  return [
    { rowNumber: 5, status: 'applied', changed: [w('Veikla', 'Activity')] },
    conflictResolved
      ? { rowNumber: 7, status: 'applied', changed: [w('Terminas', 'Due date')] }
      : {
          rowNumber: 7,
          status: 'conflict',
          changed: [w('Terminas', 'Due date'), w('Atsakingas', 'Responsible')],
          conflict: [
            {
              key: 'dueOn',
              header: w('Terminas', 'Due date'),
              a1: 'Skyrių planai!F7',
              mine: '2026-06-30',
              server: '2026-09-30',
            },
            {
              key: 'responsible',
              header: w('Atsakingas', 'Responsible'),
              a1: 'Skyrių planai!G7',
              mine: 'Ona',
              server: null,
            },
          ],
        },
    {
      rowNumber: 9,
      status: 'rejected',
      changed: [w('Siekiama reikšmė', 'Target')],
      errors: [
        {
          column: 'target',
          header: w('Siekiama reikšmė', 'Target'),
          a1: 'Skyrių planai!I9',
          message: w('Turi būti skaičius, o ne „daug“.', 'Must be a number, not "daug".'),
        },
      ],
    },
    { rowNumber: 12, status: 'applied', changed: [w('Būsena', 'Status')] },
  ];
};

/** A connected user on a unit-plan sheet of the 2026 cycle; `overrides` replace whole parts. */
const aState = (lang: Lang, overrides: Partial<SidebarState> = {}): SidebarState => {
  const w = (lt: string, en: string) => (lang === 'lt' ? lt : en);
  return {
    lang,
    connection: {
      connected: true,
      apiUrl: 'https://ciklas-api.example.lt/v1',
      user: 'ona@demo',
      organisation: 'Saulėtekio šeimos ir vaiko gerovės centras',
      error: null,
    },
    sheet: {
      name: 'Skyrių planai',
      entity: 'planItem',
      entityLabel: w('Skyrių planų priemonės', 'Unit plan items'),
      year: 2026,
      changedRows: 3,
    },
    cycle: {
      year: 2026,
      phase: 'implementation',
      phaseLabel: w('Įgyvendinimas', 'Implementation'),
      deadlines: [
        {
          key: 'annualPlanApproved',
          label: w('Metinis veiklos planas patvirtintas', 'Annual activity plan approved'),
          dueOn: '2026-04-10',
          status: 'done',
          statusLabel: w('Įvykdyta', 'Done'),
        },
        {
          key: 'founderAgreement',
          label: w('Planas suderintas su steigėju', 'Plan agreed with the founder'),
          dueOn: '2026-04-10',
          status: 'doneLate',
          statusLabel: w('Įvykdyta pavėluotai', 'Done late'),
        },
        {
          key: 'halfYearReport',
          label: w('Pusmečio ataskaita direktoriui', 'Half-year report to the director'),
          dueOn: '2026-07-31',
          status: 'overdue',
          statusLabel: w('Vėluoja', 'Overdue'),
        },
        {
          key: 'annualReport',
          label: w('Metinė ataskaita patvirtinta', 'Annual report approved'),
          dueOn: '2027-04-30',
          status: 'upcoming',
          statusLabel: w('Laukiama', 'Upcoming'),
        },
      ],
    },
    lastPull: { at: '2026-11-24T07:15:00.000Z', rows: 42 },
    lastPush: {
      at: '2026-11-24T07:32:00.000Z',
      summary: { applied: 2, unchanged: 37, conflict: 1, rejected: 1 },
      rows: ROWS(lang, false),
    },
    progress: null,
    ...overrides,
  };
};

const both = (make: (lang: Lang) => SidebarState) => ({ lt: make('lt'), en: make('en') });

interface Scenario {
  /** States by stage, then language. */
  states: Record<string, Record<Lang, SidebarState>>;
  stage: string;
  /** The stage a state-answering call moves to. */
  after?: Partial<Record<string, string>>;
  progress?: Record<Lang, SidebarState['progress']>;
  /** Calls that fail, with the raw exception text Apps Script would pass. */
  fail?: Partial<Record<string, string>>;
}

const withConflict: Scenario = {
  stage: 'pushed',
  states: {
    pushed: both((lang) => aState(lang)),
    resolved: both((lang) =>
      aState(lang, {
        lastPush: {
          at: '2026-11-24T07:40:00.000Z',
          summary: { applied: 3, unchanged: 37, conflict: 0, rejected: 1 },
          rows: ROWS(lang, true),
        },
      }),
    ),
  },
  after: { sidebarResolve: 'resolved' },
};

/**
 * `google.script.run` as HtmlService shapes it (`withSuccessHandler(…).withFailureHandler(…).fn(…)`,
 * answers asynchronously), as plain browser JavaScript so it runs before the page's own script.
 */
const STUB = `(function (scenario) {
  var lang = 'lt', stage = scenario.stage, calls = [], holding = {}, held = [];
  function answer(name, args) {
    if (scenario.fail && scenario.fail[name]) throw new Error(scenario.fail[name]);
    if (name === 'sidebarProgress') return scenario.progress ? scenario.progress[lang] : null;
    if (name === 'sidebarSetLanguage') lang = args[0];
    else if (scenario.after && scenario.after[name]) stage = scenario.after[name];
    return scenario.states[stage][lang];
  }
  function runner(ok, fail) {
    return new Proxy({}, { get: function (_, prop) {
      if (prop === 'withSuccessHandler') return function (f) { return runner(f, fail); };
      if (prop === 'withFailureHandler') return function (f) { return runner(ok, f); };
      return function () {
        var args = Array.prototype.slice.call(arguments);
        calls.push({ name: String(prop), args: JSON.parse(JSON.stringify(args)) });
        function go() {
          var value, error = null;
          try { value = JSON.parse(JSON.stringify(answer(String(prop), args))); } catch (e) { error = e; }
          if (error) { if (fail) fail(error); } else if (ok) ok(value);
        }
        if (holding[prop]) held.push({ name: String(prop), go: go }); else setTimeout(go, 5);
      };
    } });
  }
  window.__stub = {
    calls: calls,
    hold: function (name) { holding[name] = true; },
    release: function (name) {
      holding[name] = false;
      held.filter(function (h) { return h.name === name; }).forEach(function (h) { h.go(); });
    },
  };
  window.google = { script: { run: runner(null, null) } };
})`;

interface Session {
  page: Page;
  problems: string[];
  requests: string[];
  calls(): Promise<{ name: string; args: unknown[] }[]>;
}

describe('the Sheets add-on sidebar in headless Chromium', () => {
  let browser: Browser;
  let html = '';
  const sessions: Session[] = [];

  beforeAll(async () => {
    html = await buildSidebarHtml();
    try {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
    } catch (cause) {
      throw new Error(
        `Chromium did not start from ${CHROMIUM} (Debian package \`chromium\`; .ci/run installs it): ${String(cause)}`,
        { cause },
      );
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh context with the stub installed and the sidebar loaded, its first state rendered. */
  const open = async (scenario: Scenario): Promise<Session> => {
    const context = await browser.newContext({
      viewport: { width: 300, height: 640 },
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    const session: Session = {
      page,
      problems: [],
      requests: [],
      calls: () => page.evaluate(() => (window as any).__stub.calls),
    };
    sessions.push(session);
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') session.problems.push(m.text());
    });
    page.on('pageerror', (e) => session.problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => session.requests.push(r.url()));
    await context.route('**/*', (route) => route.abort());
    const data = JSON.stringify(scenario).replace(/</g, '\\u003c');
    await page.setContent(html.replace('<head>', () => `<head><script>${STUB}(${data});</script>`));
    await page.locator('#connection-h').filter({ hasText: /\S/ }).waitFor();
    await page.waitForFunction(
      () => document.getElementById('app')?.getAttribute('aria-busy') === 'false',
    );
    return session;
  };

  const text = (page: Page) => page.locator('#app').innerText();

  afterEach(async () => {
    const done = sessions.splice(0);
    for (const s of done) {
      // Nothing went to the network (not even a favicon) and the page logged no error.
      expect(s.requests).toEqual([]);
      expect(s.problems).toEqual([]);
      await s.page.context().close();
    }
  });

  it('renders the state in Lithuanian: connection, sheet, cycle deadlines, last pull and the push list', async () => {
    const { page } = await open(withConflict);

    expect(await page.evaluate(() => document.documentElement.lang)).toBe('lt');
    const all = await text(page);
    for (const words of [
      'Ryšys su Ciklu',
      'Prisijungta',
      'ona@demo',
      'Saulėtekio šeimos ir vaiko gerovės centras',
      'ciklas-api.example.lt',
      'Gauti iš Ciklo',
      'Siųsti į Ciklą',
      'Skyrių planų priemonės',
      '2026 m. ciklas',
      'Įgyvendinimas',
      'Paskutinis gavimas',
      '2026-11-24 09:15',
      'Eilučių: 42',
      'Paskutinis siuntimas',
      '2026-11-24 09:32',
    ])
      expect(all).toContain(words);
    expect(await page.locator('#sheet-h').innerText()).toMatch(/aktyvus lapas/i);

    // The overdue deadline is said in words, with its lt date, and set apart.
    const overdue = page.locator('.deadline.st-overdue');
    expect(await overdue.innerText()).toMatch(
      /Pusmečio ataskaita direktoriui\s+Vėluoja · 2026-07-31/,
    );
    expect(
      await overdue.locator('.deadline-status').evaluate((el) => getComputedStyle(el).fontWeight),
    ).toBe('600');
    expect(await page.locator('.deadline.st-upcoming').innerText()).toContain('2027-04-30');

    // Counts as words and numbers.
    expect((await page.locator('.summary').innerText()).replace(/\s+/g, ' ')).toBe(
      'Įrašyta 2 Nepakeista 37 Konfliktų 1 Atmesta 1',
    );

    // Problem rows first: the conflict with both values per cell, then the rejected row's A1 and message.
    const rows = page.locator('.rows > li');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-row')))).toEqual([
      '7',
      '9',
      '5',
      '12',
    ]);
    const conflict = page.locator('li[data-row="7"]');
    expect(await conflict.locator('.badge').innerText()).toBe('Konfliktas');
    expect(await conflict.locator('.row-columns').innerText()).toBe(
      'Skiriasi: Terminas, Atsakingas',
    );
    const cells = await conflict
      .locator('table.cells tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as any).innerText)));
    expect(cells).toEqual([
      ['Langelis', 'Mano', 'Cikle'],
      [expect.stringMatching(/^Terminas\s*F7$/), '2026-06-30', '2026-09-30'],
      [expect.stringMatching(/^Atsakingas\s*G7$/), 'Ona', '(tuščia)'],
    ]);
    expect(await conflict.getByRole('button', { name: 'Palikti mano' }).isEnabled()).toBe(true);
    expect(await conflict.getByRole('button', { name: 'Imti iš Ciklo' }).isEnabled()).toBe(true);

    const rejected = page.locator('li[data-row="9"]');
    expect(await rejected.locator('.badge').innerText()).toBe('Atmesta');
    expect((await rejected.locator('.errors li').innerText()).replace(/\s+/g, ' ')).toBe(
      'I9 Siekiama reikšmė: Turi būti skaičius, o ne „daug“.',
    );
    expect(await page.locator('li[data-row="5"]').innerText()).toMatch(
      /5 eil\.\s+Įrašyta\s+Pakeista: Veikla/,
    );

    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(SCREENSHOTS, 'sheets-sidebar-lt.png'), fullPage: true });
    }
  });

  it('"Palikti mano" resolves the conflicting row with sidebarResolve(sheet, row, "mine") and shows the answer', async () => {
    const s = await open(withConflict);

    await s.page.locator('li[data-row="7"]').getByRole('button', { name: 'Palikti mano' }).click();
    await s.page
      .locator('.summary')
      .filter({ hasText: /Įrašyta\s+3/ })
      .waitFor();

    const calls = await s.calls();
    expect(calls.filter((c) => c.name === 'sidebarResolve')).toEqual([
      { name: 'sidebarResolve', args: ['Skyrių planai', 7, 'mine'] },
    ]);
    expect(await s.page.locator('li[data-row="7"] .badge').innerText()).toBe('Įrašyta');
    expect(await s.page.locator('table.cells').count()).toBe(0);
  });

  it('switches to English through sidebarSetLanguage("en"): labels, dates and the resolve buttons', async () => {
    const s = await open(withConflict);
    const { page } = s;

    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#connection-h', { hasText: 'Connection to Ciklas' }).waitFor();

    expect((await s.calls()).filter((c) => c.name === 'sidebarSetLanguage')).toEqual([
      { name: 'sidebarSetLanguage', args: ['en'] },
    ]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const all = await text(page);
    for (const words of [
      'Connected',
      'Pull from Ciklas',
      'Push to Ciklas',
      'Unit plan items',
      'Cycle 2026',
      'Implementation',
      '24 Nov 2026, 09:15',
      'Rows: 42',
      'Overdue · 31 Jul 2026',
      'Upcoming · 30 Apr 2027',
      'Differs: Due date, Responsible',
    ])
      expect(all).toContain(words);
    for (const lithuanian of ['Prisijungta', 'Paskutinis', 'Palikti mano', 'tuščia', 'eil.'])
      expect(all).not.toContain(lithuanian);
    expect((await page.locator('.summary').innerText()).replace(/\s+/g, ' ')).toBe(
      'Applied 2 Unchanged 37 Conflicts 1 Rejected 1',
    );
    const conflict = page.locator('li[data-row="7"]');
    expect(await conflict.getByRole('button', { name: 'Keep mine' }).isVisible()).toBe(true);
    expect(await conflict.locator('td.server').last().innerText()).toBe('(empty)');

    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(SCREENSHOTS, 'sheets-sidebar-en.png'), fullPage: true });
    }

    await conflict.getByRole('button', { name: "Take Ciklas's" }).click();
    await page
      .locator('.summary')
      .filter({ hasText: /Applied\s+3/ })
      .waitFor();
    expect((await s.calls()).filter((c) => c.name === 'sidebarResolve')).toEqual([
      { name: 'sidebarResolve', args: ['Skyrių planai', 7, 'server'] },
    ]);
  });

  it('shows a progress bar fed by sidebarProgress while a push runs, then the push result', async () => {
    const s = await open({
      stage: 'fresh',
      states: {
        fresh: both((lang) => aState(lang, { lastPush: null })),
        pushed: withConflict.states.pushed!,
      },
      after: { sidebarPush: 'pushed' },
      progress: {
        lt: { label: 'Siunčiamos eilutės', done: 40, total: 120 },
        en: { label: 'Sending rows', done: 40, total: 120 },
      },
    });
    const { page } = s;
    expect(await text(page)).toContain('Dar nesiųsta.');
    expect(await page.locator('#progress').isHidden()).toBe(true);

    await page.evaluate(() => (window as any).__stub.hold('sidebarPush'));
    await page.getByRole('button', { name: 'Siųsti į Ciklą' }).click();

    const progress = page.locator('#progress');
    await progress.filter({ hasText: 'Siunčiamos eilutės' }).waitFor();
    expect(await progress.getAttribute('aria-live')).toBe('polite');
    expect((await progress.innerText()).replace(/\s+/g, ' ')).toBe('Siunčiamos eilutės 40 iš 120');
    const bar = progress.locator('progress');
    expect(await bar.evaluate((el: any) => [el.value, el.max])).toEqual([40, 120]);
    expect(await page.getByRole('button', { name: 'Siųsti į Ciklą' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Gauti iš Ciklo' }).isDisabled()).toBe(true);
    // It keeps polling (about every 700 ms) while the push is pending.
    await page.waitForFunction(
      () =>
        (window as any).__stub.calls.filter((c: any) => c.name === 'sidebarProgress').length >= 2,
    );
    const pushes = (await s.calls()).filter((c) => c.name === 'sidebarPush');
    expect(pushes).toEqual([{ name: 'sidebarPush', args: [] }]);

    await page.evaluate(() => (window as any).__stub.release('sidebarPush'));
    await page.locator('.summary').waitFor();
    expect(await progress.isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Siųsti į Ciklą' }).isEnabled()).toBe(true);
    const polls = (await s.calls()).filter((c) => c.name === 'sidebarProgress').length;
    await page.waitForTimeout(1000);
    expect((await s.calls()).filter((c) => c.name === 'sidebarProgress').length).toBe(polls);
  });

  it('shows why it is not connected and how to sign in, with Pull and Push disabled', async () => {
    const disconnected = (lang: Lang) =>
      aState(lang, {
        connection: {
          connected: false,
          apiUrl: null,
          user: null,
          organisation: null,
          error:
            lang === 'lt'
              ? 'Prisijungimas nebegalioja. Prisijunkite iš naujo.'
              : 'Your sign-in has expired. Please sign in again.',
        },
        lastPush: null,
      });
    const { page } = await open({ stage: 'off', states: { off: both(disconnected) } });

    const all = await text(page);
    expect(all).toContain('Neprisijungta');
    expect(all).toContain('Prisijungimas nebegalioja. Prisijunkite iš naujo.');
    expect(all).toContain('Ciklas → Prisijungti');
    expect(all).not.toContain('Prisijungta\n');
    expect(await page.getByRole('button', { name: 'Gauti iš Ciklo' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Siųsti į Ciklą' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#connection-h', { hasText: 'Connection to Ciklas' }).waitFor();
    expect(await text(page)).toContain('Your sign-in has expired. Please sign in again.');
    expect(await text(page)).toContain('Not connected');
  });

  it('shows server texts as text: markup in a message, a value or a name never becomes HTML', async () => {
    const hostile = (lang: Lang): SidebarState => {
      const base = aState(lang);
      return {
        ...base,
        connection: { ...base.connection, organisation: `Org ${XSS}` },
        sheet: { ...base.sheet!, entityLabel: '<b>bold</b>' },
        lastPush: {
          ...base.lastPush!,
          rows: base.lastPush!.rows.map((row) =>
            row.status === 'rejected'
              ? {
                  ...row,
                  errors: [{ column: null, header: null, a1: 'Skyrių planai!A9', message: XSS }],
                }
              : row.status === 'conflict'
                ? { ...row, conflict: row.conflict!.map((c) => ({ ...c, mine: XSS })) }
                : row,
          ),
        },
      };
    };
    const { page } = await open({ stage: 'x', states: { x: both(hostile) } });

    const all = await text(page);
    expect(all).toContain(`Org ${XSS}`);
    expect(all).toContain('<b>bold</b>');
    expect(await page.locator('li[data-row="9"] .errors li').innerText()).toMatch(
      /^A9\s*<img src=x onerror="window.__xss=1">$/,
    );
    expect(await page.locator('li[data-row="7"] td.mine').first().innerText()).toBe(XSS);
    expect(await page.locator('#app img, #app b').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
  });

  it("turns a failed call into a friendly message in the user's language, never the raw exception", async () => {
    const raw =
      'Exception: Request failed for https://ciklas-api.example.lt returned code 500. ' +
      'Truncated server response: {"stack":"TypeError: x is undefined at pull (Code:41)"}';
    const { page } = await open({ ...withConflict, fail: { sidebarPull: raw } });

    await page.getByRole('button', { name: 'Gauti iš Ciklo' }).click();
    const notice = page.getByRole('alert');
    await notice.filter({ hasText: 'Nepavyko' }).waitFor();
    expect(await notice.innerText()).toBe(
      'Nepavyko gauti duomenų iš Ciklo. Bandykite dar kartą. Jei vis nepavyksta, uždarykite ir vėl atverkite šį skydelį.',
    );
    const body = await page.locator('body').innerText();
    for (const leak of ['Exception', 'stack', 'TypeError', 'Code:41', 'code 500'])
      expect(body).not.toContain(leak);
    // The state shown before stays, and the buttons work again.
    expect(await page.getByRole('button', { name: 'Gauti iš Ciklo' }).isEnabled()).toBe(true);
    expect(await text(page)).toContain('2026-11-24 09:15');

    // The next call that works clears the message.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#connection-h', { hasText: 'Connection to Ciklas' }).waitFor();
    expect(await page.locator('#notice').isHidden()).toBe(true);
  });
});
