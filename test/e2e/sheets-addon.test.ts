import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { localDate } from '../../functions/domain/time';
import { loadOrCreateKeys, signLocalToken } from '../../functions/local/jwt';
import { buildAddon, type BuildResult } from '../../sheets-addon/build';
import { ENTRY_POINTS } from '../../sheets-addon/src/entry-points';
import type { SidebarState } from '../../sheets-addon/src/sidebar-contract';
import {
  createAppsScript,
  loadBundle,
  PropertiesStore,
  type AppsScriptSession,
} from '../support/apps-script/services';
import { FakeSpreadsheet, zonedDate, type FakeSheet } from '../support/apps-script/spreadsheet';
import { SyncHttp } from '../support/apps-script/sync-fetch';
import { startLocalServer, type LocalServer } from '../support/local-server';

/**
 * The built add-on (dist/Code.js) in a node:vm context holding only ECMAScript's built-ins and
 * fakes of the Apps Script services, against the real local server: menu, Connect, Insert
 * sheet, Pull, Push of only the changed rows, a second user's conflicting push, both ways of
 * resolving it, a rejected cell by A1, survey responses from a Forms sheet, and deletes only
 * after a yes. What the add-on reports is checked against the server through the API.
 */
describe('the Google Sheets add-on bundle against the local server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ciklas-addon-'));
  const outDir = mkdtempSync(join(tmpdir(), 'ciklas-addon-dist-'));
  const year = Number(localDate(new Date()).slice(0, 4));
  let server: LocalServer;
  let built: BuildResult;
  let http: SyncHttp;
  let deputyToken: string;
  let a: AppsScriptSession;
  let b: AppsScriptSession;
  let sheetName: string;
  let formulaId: string;
  let newRowId: string;

  const api = async (method: string, path: string, body?: unknown, token = server.token) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as any) : {} };
  };
  const serverRows = async () =>
    (await api('GET', `/v1/cycles/${year}/sheets/plan-items`)).json.rows as {
      id: string;
      version: number;
      values: Record<string, unknown>;
    }[];
  const serverRow = async (id: string) => (await serverRows()).find((r) => r.id === id);

  const session = (name: string, locale = 'lt', user = new PropertiesStore()) => {
    const s = createAppsScript({
      spreadsheet: new FakeSpreadsheet(name),
      userProperties: user,
      htmlDir: outDir,
      locale,
      http,
    });
    loadBundle(s, built.codeFile);
    return s;
  };
  const connect = (s: AppsScriptSession, token: string) => {
    s.answers.push({ kind: 'prompt', text: server.url }, { kind: 'prompt', text: token });
    s.run('menuConnect');
  };
  const insertPlanItems = (s: AppsScriptSession): FakeSheet => {
    s.answers.push({ kind: 'prompt', text: '1' }, { kind: 'prompt', text: String(year) });
    s.run('menuInsertSheet');
    return s.spreadsheet.getActiveSheet();
  };
  const col = (sheet: FakeSheet, header: string) => {
    const i = (sheet.getRange(1, 1, 1, 14).getValues()[0] ?? []).indexOf(header);
    if (i < 0) throw new Error(`no column ${header}`);
    return i + 1;
  };
  const rowOf = (sheet: FakeSheet, id: string) => {
    const ids = sheet
      .getRange(1, 1, sheet.getLastRow(), 1)
      .getValues()
      .map((r) => r[0]);
    const i = ids.indexOf(id);
    if (i < 0) throw new Error(`no row with id ${id}`);
    return i + 1;
  };
  /** What a user typing into a cell does (Sheets parses it as input). */
  const type = (sheet: FakeSheet, row: number, column: number, text: string) =>
    sheet.book.enter(sheet.cell(row, column), text);
  const puts = (s: AppsScriptSession) => s.fetches.filter((f) => f.method === 'PUT');

  beforeAll(async () => {
    server = await startLocalServer(dataDir);
    built = await buildAddon({ outDir, apiUrls: [server.url] });
    http = new SyncHttp();
    deputyToken = await signLocalToken(await loadOrCreateKeys(dataDir), {
      orgId: 'demo',
      roles: ['deputy'],
      userId: 'pavaduotoja@demo',
    });
    const created = await api('PUT', `/v1/cycles/${year}/sheets/plan-items`, {
      rows: [
        {
          clientRowId: 'seed-formula',
          values: {
            unitId: 'Globos centras',
            period: 'II pusmetis',
            goal: '=1+1 ir kiti tikslai',
            activity: '@visi darbuotojai',
            responsible: '-Jonas',
            dueOn: `${year}-12-15`,
          },
        },
      ],
    });
    expect(created.json.rows[0].status).toBe('applied');
    formulaId = created.json.rows[0].id;
    a = session('Ciklas planas');
  }, 120_000);

  // Every scripted answer was asked for: no dialog the test expected went missing.
  afterEach(() => {
    for (const s of [a, b]) if (s) expect(s.answers).toEqual([]);
  });

  afterAll(async () => {
    await http?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it('runs with ECMAScript only: no require, process, Buffer, setTimeout, fetch, URL or TextEncoder', () => {
    const reach = vm.runInContext(
      '[typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof fetch, typeof URL, typeof TextEncoder, typeof module, typeof globalThis.Ciklas]',
      a.context,
    ) as string[];
    expect(reach).toEqual([...Array(8).fill('undefined'), 'object']);
    for (const name of ENTRY_POINTS) expect(typeof a.context[name]).toBe('function');
  });

  it('onOpen builds the Ciklas menu in the user’s language, every item a top-level function', () => {
    a.run('onOpen', { authMode: 'LIMITED' });
    expect(a.menus).toHaveLength(1);
    expect(a.menus[0]!.items.map((i) => i.caption)).toEqual([
      'Prisijungti',
      'Įterpti lapą',
      'Atsisiųsti (Pull)',
      'Išsiųsti pakeitimus (Push)',
      'Importuoti apklausos atsakymus',
      'Atverti šoninį skydelį',
    ]);
    for (const item of a.menus[0]!.items)
      expect(typeof a.context[item.functionName]).toBe('function');
  });

  it('Connect refuses an address outside the whitelist and a bad token in Lithuanian, then keeps a good one in user properties only', () => {
    a.answers.push({ kind: 'prompt', text: 'https://evil.example.com' });
    a.run('menuConnect');
    expect(a.lastMessage()).toBe(
      `Adresas „https://evil.example.com“ neleidžiamas. Leidžiami: ${server.url}.`,
    );
    a.answers.push(
      { kind: 'prompt', text: server.url },
      { kind: 'prompt', text: 'ckl_not-a-token' },
    );
    a.run('menuConnect');
    expect(a.lastMessage()).toBe(
      'Prieigos raktas netinka arba nebegalioja. Susikurkite naują ir prisijunkite iš naujo.',
    );
    expect(a.userProperties.getProperty('ciklas.token')).toBeNull();
    connect(a, server.token);
    expect(a.lastMessage()).toBe('Prisijungta: direktorius@demo (demo).');
    expect(a.userProperties.getProperty('ciklas.token')).toBe(server.token);
    expect(a.fetches.at(-1)!.headers).toMatchObject({
      Authorization: `Bearer ${server.token}`,
      'Accept-Language': 'lt',
    });
    expect(a.answers).toEqual([]);
  });

  it('Insert sheet writes headers, dropdowns of units and statuses, date validation, text format, hidden warning-only protected columns and the rows', async () => {
    const sheet = insertPlanItems(a);
    sheetName = sheet.name;
    expect(sheetName).toBe(`Skyrių planai ${year}`);
    const view = (await api('GET', `/v1/cycles/${year}/sheets/plan-items`)).json;
    expect(sheet.getRange(1, 1, 1, 14).getValues()[0]).toEqual([
      ...view.headers,
      'Ciklas (nekeisti)',
    ]);
    expect(sheet.frozenRows).toBe(1);
    expect([...sheet.hiddenColumns].sort((x, y) => x - y)).toEqual([1, 2, 14]);
    expect(sheet.protections.filter((p) => p.warningOnly).map((p) => p.range)).toEqual(
      expect.arrayContaining(['A1:A1000', 'B1:B1000', 'N1:N1000']),
    );
    const units = (await api('GET', '/v1/org/units')).json.items
      .filter((u: { active: boolean }) => u.active)
      .map((u: { name: string }) => u.name)
      .sort();
    const unitRule = sheet.getRange(2, col(sheet, 'Skyrius')).getDataValidations()[0]![0]!;
    expect(unitRule.criteria).toBe('VALUE_IN_LIST');
    expect([...(unitRule.values[0] as string[])].sort()).toEqual(units);
    const statusRule = sheet.getRange(50, col(sheet, 'Būsena')).getDataValidations()[0]![0]!;
    expect(statusRule.values[0]).toEqual([
      'Suplanuota',
      'Vykdoma',
      'Įvykdyta',
      'Įvykdyta iš dalies',
      'Neįvykdyta',
      'Atšaukta',
    ]);
    expect(
      sheet.getRange(2, col(sheet, 'Įvykdymo terminas')).getDataValidations()[0]![0]!.criteria,
    ).toBe('DATE_IS_VALID_DATE');
    expect(sheet.getRange(2, col(sheet, 'Tikslas')).getNumberFormats()[0]![0]).toBe('@');
    expect(sheet.getLastRow()).toBe(view.rows.length + 1);
  });

  it('Pull writes the server’s values; text starting with =, @ or - stays text, dates are dates', async () => {
    const other = await api('PUT', `/v1/cycles/${year}/sheets/plan-items`, {
      rows: [
        {
          clientRowId: 'seed-plus',
          values: {
            unitId: 'Globos centras',
            period: 'II pusmetis',
            goal: '+370 skambučių linija',
            activity: 'Budėjimas',
            responsible: 'Rūta',
            dueOn: `${year}-12-01`,
          },
        },
      ],
    });
    a.run('menuPull');
    const sheet = a.spreadsheet.sheet(sheetName);
    const row = rowOf(sheet, formulaId);
    const goal = sheet.cell(row, col(sheet, 'Tikslas'));
    expect(goal.value).toBe('=1+1 ir kiti tikslai');
    expect(goal.formula).toBeNull();
    expect(sheet.cell(row, col(sheet, 'Veikla (priemonė)')).value).toBe('@visi darbuotojai');
    expect(sheet.cell(row, col(sheet, 'Atsakingas')).value).toBe('-Jonas');
    const plus = rowOf(sheet, other.json.rows[0].id);
    expect(sheet.cell(plus, col(sheet, 'Tikslas')).value).toBe('+370 skambučių linija');
    const due = sheet.cell(row, col(sheet, 'Įvykdymo terminas')).value as Date;
    expect(Object.prototype.toString.call(due)).toBe('[object Date]');
    expect(due.toISOString()).toBe(zonedDate('Europe/Vilnius', year, 12, 15).toISOString());
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    expect(a.spreadsheet.toasts.at(-1)).toContain('Atsisiųsta');
  });

  it('Push sends only the edited and new rows; the server has them and the new row gets its id', async () => {
    const sheet = a.spreadsheet.sheet(sheetName);
    const row = rowOf(sheet, formulaId);
    type(sheet, row, col(sheet, 'Siektina reikšmė'), '3 seminarai');
    // A user typing a leading apostrophe keeps "=…" as text, as Sheets does.
    sheet.book.enter(sheet.cell(row, col(sheet, 'Pastabos')), "'=SUM(A1) turi likti tekstu");
    const fresh = sheet.getLastRow() + 1;
    type(sheet, fresh, col(sheet, 'Skyrius'), 'Globos centras');
    type(sheet, fresh, col(sheet, 'Laikotarpis'), 'II pusmetis');
    type(sheet, fresh, col(sheet, 'Tikslas'), 'Naujas tikslas iš Sheets');
    type(sheet, fresh, col(sheet, 'Veikla (priemonė)'), 'Mokymai');
    type(sheet, fresh, col(sheet, 'Atsakingas'), 'Eglė');
    type(sheet, fresh, col(sheet, 'Įvykdymo terminas'), `${year}-12-20`);
    const before = puts(a).length;
    a.run('menuPush');
    const sent = puts(a).slice(before);
    expect(sent).toHaveLength(1);
    const body = sent[0]!.body as { rows: { id?: string; values: Record<string, unknown> }[] };
    expect(body.rows).toHaveLength(2);
    expect(body.rows[0]).toMatchObject({
      id: formulaId,
      version: 1,
      values: { targetValue: '3 seminarai', statusComment: '=SUM(A1) turi likti tekstu' },
    });
    expect(body.rows[1]!.id).toBeUndefined();
    expect(body.rows[1]!.values).toMatchObject({
      goal: 'Naujas tikslas iš Sheets',
      dueOn: `${year}-12-20`,
    });
    expect(a.lastMessage()).toBe(
      'Išsiųsta: pritaikyta 2, nepakeista 0, konfliktų 0, atmesta 0, ištrinta 0.',
    );
    const stored = await serverRow(formulaId);
    expect(stored).toMatchObject({
      version: 2,
      values: {
        targetValue: '3 seminarai',
        statusComment: '=SUM(A1) turi likti tekstu',
        goal: '=1+1 ir kiti tikslai',
      },
    });
    newRowId = String(sheet.cell(fresh, 1).value);
    expect(newRowId).toMatch(/^\w{6,}$/);
    expect(await serverRow(newRowId)).toMatchObject({
      version: 1,
      values: { goal: 'Naujas tikslas iš Sheets' },
    });
    expect(sheet.cell(row, 2).value).toBe(2);
    expect(sheet.cell(row, col(sheet, 'Pastabos')).formula).toBeNull();

    a.run('menuPush');
    expect(puts(a).length).toBe(before + 1);
    expect(a.lastMessage()).toContain('Nėra ką siųsti');
  });

  it('a second user’s earlier push makes this push a conflict: highlighted, noted, reported, nothing lost; “server” takes theirs', async () => {
    b = session('Pavaduotojos kopija');
    connect(b, deputyToken);
    const bSheet = insertPlanItems(b);
    const bRow = rowOf(bSheet, formulaId);
    type(bSheet, bRow, col(bSheet, 'Siektina reikšmė'), '4 seminarai');
    b.run('menuPush');
    expect(b.lastMessage()).toContain('pritaikyta 1');

    const sheet = a.spreadsheet.sheet(sheetName);
    const row = rowOf(sheet, formulaId);
    const target = col(sheet, 'Siektina reikšmė');
    type(sheet, row, target, '5 seminarai');
    type(sheet, row, col(sheet, 'Pradžia'), `${year}-10-01`);
    a.run('menuPush');
    expect(a.lastMessage()).toContain('konfliktų 1');
    expect(a.lastMessage()).toContain(`'${sheetName}'!K${row}: Siektina reikšmė`);
    const cell = sheet.cell(row, target);
    expect(cell.background).toBe('#f4cccc');
    expect(cell.note).toContain('Ciklas sistemoje: 4 seminarai');
    expect(cell.value).toBe('5 seminarai');
    expect((await serverRow(formulaId))!.values.targetValue).toBe('4 seminarai');

    const state = a.run<SidebarState>('sidebarState');
    expect(state.lastPush!.summary).toEqual({ applied: 0, unchanged: 0, conflict: 1, rejected: 0 });
    expect(state.lastPush!.rows[0]).toMatchObject({
      rowNumber: row,
      status: 'conflict',
      conflict: [
        {
          key: 'targetValue',
          a1: `'${sheetName}'!K${row}`,
          mine: '5 seminarai',
          server: '4 seminarai',
        },
      ],
    });

    expect(sheet.cell(row, col(sheet, 'Pradžia')).background).toBeNull();
    const after = a.run<SidebarState>('sidebarResolve', sheetName, row, 'server');
    // Theirs for the cell both changed; the user's other edit of the row is not lost.
    expect((await serverRow(formulaId))!.values).toMatchObject({
      targetValue: '4 seminarai',
      startOn: `${year}-10-01`,
    });
    expect(sheet.cell(row, target)).toMatchObject({
      value: '4 seminarai',
      background: null,
      note: '',
    });
    expect(after.lastPush!.rows.filter((r) => r.status === 'conflict')).toEqual([]);
    expect(after.sheet!.changedRows).toBe(0);
  });

  it('“mine” pushes the user’s values again at the server’s version', async () => {
    const bSheet = b.spreadsheet.sheet(sheetName);
    type(bSheet, rowOf(bSheet, formulaId), col(bSheet, 'Atsakingas'), 'Pavaduotoja');
    b.run('menuPush');
    const sheet = a.spreadsheet.sheet(sheetName);
    const row = rowOf(sheet, formulaId);
    type(sheet, row, col(sheet, 'Atsakingas'), 'Direktorius');
    a.run('menuPush');
    expect(a.lastMessage()).toContain('konfliktų 1');
    const serverVersion = (await serverRow(formulaId))!.version;
    a.run('sidebarResolve', sheetName, row, 'mine');
    const stored = await serverRow(formulaId);
    expect(stored).toMatchObject({
      version: serverVersion + 1,
      values: { responsible: 'Direktorius', targetValue: '4 seminarai' },
    });
    expect(sheet.cell(row, 2).value).toBe(serverVersion + 1);
    expect(sheet.cell(row, col(sheet, 'Atsakingas')).background).toBeNull();
  });

  it('merges a colleague’s edit of another cell of the same row: no conflict, both kept', async () => {
    const bSheet = b.spreadsheet.sheet(sheetName);
    b.run('menuPull');
    type(bSheet, rowOf(bSheet, formulaId), col(bSheet, 'Pastabos'), 'Pavaduotojos pastaba');
    b.run('menuPush');
    expect(b.lastMessage()).toContain('pritaikyta 1');
    const sheet = a.spreadsheet.sheet(sheetName);
    const row = rowOf(sheet, formulaId);
    type(sheet, row, col(sheet, 'Vertinimo rodiklis'), 'Dalyvių skaičius');
    a.run('menuPush');
    expect(a.lastMessage()).toContain('pritaikyta 1, nepakeista 0, konfliktų 0');
    expect(puts(a).at(-1)!.body).toMatchObject({
      rows: [{ values: { indicator: 'Dalyvių skaičius' } }],
    });
    expect(Object.keys((puts(a).at(-1)!.body as any).rows[0].values)).toEqual(['indicator']);
    expect((await serverRow(formulaId))!.values).toMatchObject({
      indicator: 'Dalyvių skaičius',
      statusComment: 'Pavaduotojos pastaba',
      responsible: 'Direktorius',
    });
    expect(sheet.cell(row, col(sheet, 'Pastabos')).value).toBe('Pavaduotojos pastaba');
  });

  it('a rejected row shows the server’s message with the cell’s A1 address; fixed, it goes through', async () => {
    const sheet = a.spreadsheet.sheet(sheetName);
    const row = rowOf(sheet, newRowId);
    const due = col(sheet, 'Įvykdymo terminas');
    type(sheet, row, due, 'kitą savaitę');
    a.run('menuPush');
    expect(a.lastMessage()).toContain('atmesta 1');
    expect(a.lastMessage()).toContain(`'${sheetName}'!I${row}: Ne data`);
    expect(sheet.cell(row, due).note).toContain('Atmesta: Ne data');
    expect((await serverRow(newRowId))!.values.dueOn).toBe(`${year}-12-20`);
    type(sheet, row, due, `${year}-12-22`);
    a.run('menuPush');
    expect(a.lastMessage()).toContain('pritaikyta 1');
    expect(sheet.cell(row, due).note).toBe('');
    expect((await serverRow(newRowId))!.values.dueOn).toBe(`${year}-12-22`);
  });

  it('imports survey responses from a Forms responses sheet through the preview; twice adds nothing', async () => {
    const survey = await api('POST', `/v1/cycles/${year}/surveys`, {
      title: 'Sheets add-on apklausa',
      instrument: 'Paslaugų gavėjų pasitenkinimo apklausa',
      audience: 'recipients',
      period: { from: `${year}-03-01`, to: `${year}-03-31` },
    });
    expect(survey.status).toBe(201);
    const surveys = (await api('GET', `/v1/cycles/${year}/surveys`)).json.items as { id: string }[];
    const choice = surveys.findIndex((s) => s.id === survey.json.id) + 1;
    const forms = a.spreadsheet.insertSheet('Form responses 1');
    const answers = [
      'Labai patenkintas',
      'Patenkintas',
      'Nepatenkintas',
      'Patenkintas',
      'Labai patenkintas',
    ];
    forms
      .getRange(1, 1, 1, 3)
      .setValues([['Laiko žyma', 'Padalinys', 'Ar esate patenkinti gaunamomis paslaugomis?']]);
    forms
      .getRange(2, 1, answers.length, 3)
      .setValues(
        answers.map((ans, i) => [
          zonedDate('Europe/Vilnius', year, 3, 2 + i, 9, 15, i),
          'Dienos centras',
          ans,
        ]),
      );
    const importOnce = () => {
      a.answers.push(
        { kind: 'prompt', text: 'Form responses 1' },
        { kind: 'prompt', text: String(year) },
        { kind: 'prompt', text: String(choice) },
        { kind: 'alert', button: 'YES' },
      );
      a.run('menuImportSurvey');
    };
    importOnce();
    const preview = a.dialogs.filter((d) => d.kind === 'alert').at(-2)!;
    expect(preview.message).toContain('naujų atsakymų: 5');
    expect(a.lastMessage()).toBe('Importuota naujų atsakymų: 5; jau buvo: 0.');
    const sent = a.fetches.filter((f) => f.url.endsWith('/imports/rows')).at(-1)!.body as {
      rows: unknown[][];
      source: string;
    };
    expect(sent.rows[1]![0]).toBe(`${year}-03-02 09:15:00`);
    expect(sent.source).toBe('Ciklas planas');
    a.answers.push(
      { kind: 'prompt', text: 'Form responses 1' },
      { kind: 'prompt', text: String(year) },
      { kind: 'prompt', text: String(choice) },
    );
    a.run('menuImportSurvey');
    expect(a.answers).toEqual([]);
    expect(a.lastMessage()).toBe(
      'Naujų atsakymų nėra: visi 5 lapo „Form responses 1“ atsakymai jau importuoti į apklausą „Sheets add-on apklausa“.',
    );
    const stored = await api('GET', `/v1/cycles/${year}/surveys/${survey.json.id}`);
    expect(stored.json.responses).toBe(5);
    a.spreadsheet.sheet(sheetName).activate();
  });

  it('a row removed from the sheet is deleted on the server only after the user says yes', async () => {
    const sheet = a.spreadsheet.sheet(sheetName);
    sheet.deleteRows(rowOf(sheet, newRowId), 1);
    const before = puts(a).length;
    a.answers.push({ kind: 'alert', button: 'NO' });
    a.run('menuPush');
    expect(a.dialogs.at(-2)!.message).toContain('pašalintos 1 eilutės');
    expect(puts(a).length).toBe(before);
    expect(await serverRow(newRowId)).toBeDefined();

    a.answers.push({ kind: 'alert', button: 'YES' });
    a.run('menuPush');
    expect(puts(a).length).toBe(before + 1);
    expect(puts(a).at(-1)!.body).toMatchObject({
      rows: [],
      deletes: [{ id: newRowId, version: 2 }],
    });
    expect(a.lastMessage()).toContain('ištrinta 1');
    expect(await serverRow(newRowId)).toBeUndefined();
    a.run('menuPush');
    expect(a.lastMessage()).toContain('Nėra ką siųsti');
  });

  it('the sidebar: connection, cycle and deadlines, last pull, language; the page itself comes from the build', () => {
    a.run('showSidebar');
    expect(a.sidebars).toHaveLength(built.sidebar ? 1 : 0);
    const state = a.run<SidebarState>('sidebarSetLanguage', 'en');
    expect(state.lang).toBe('en');
    expect(state.connection).toMatchObject({
      connected: true,
      user: 'direktorius@demo',
      organisation: 'demo',
    });
    expect(state.sheet).toMatchObject({
      name: sheetName,
      entity: 'plan-items',
      year,
      changedRows: 0,
    });
    expect(state.cycle!.year).toBe(year);
    expect(state.cycle!.deadlines[0]!.label).toBe('Annual activity plan approved');
    expect(state.lastPull!.rows).toBeGreaterThan(5);
    expect(a.run('sidebarProgress')).toBeNull();
    a.run('sidebarSetLanguage', 'lt');
  });

  it('shows network failures and foreign sheets as messages in the user’s language, never raw exceptions', () => {
    // The same user (their language is lt now), another spreadsheet, an API that does not answer.
    const offline = session('Be ryšio', 'en', a.userProperties);
    offline.userProperties.setProperty('ciklas.apiUrl', 'http://127.0.0.1:9');
    offline.run('menuPull');
    expect(offline.lastMessage()).toBe(
      'Šis lapas nėra Ciklas lapas. Įterpkite jį: meniu Ciklas → Įterpti lapą.',
    );
    offline.answers.push({ kind: 'prompt', text: '1' }, { kind: 'prompt', text: String(year) });
    offline.run('menuInsertSheet');
    expect(offline.lastMessage()).toBe(
      'Nepavyko susisiekti su Ciklas (http://127.0.0.1:9). Patikrinkite interneto ryšį ir adresą.',
    );
    expect(() => offline.run('sidebarPull')).toThrow('Šis lapas nėra Ciklas lapas.');
    offline.userProperties.setProperty('ciklas.apiUrl', server.url);
  });
});
