import { createVerify, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the two Google endpoints the linked-sheets sync calls, speaking their JSON:
 * the OAuth 2.0 token endpoint (JWT bearer grant; the assertion's RS256 signature is checked with
 * the generated key's public half) and the Sheets API v4 calls the adapter uses —
 * `spreadsheets.get`, `values.batchGet`, `values.clear` and `values.update`. Access is as in
 * Google: a bearer token from the token endpoint, and the spreadsheet shared with the service
 * account (else 403 PERMISSION_DENIED; an unknown id 404). Faults can be queued per call.
 */

export type FakeCell = string | number | boolean | null;

export interface FakeSheet {
  title: string;
  rows: FakeCell[][];
  /** The last `values.update`'s `valueInputOption`. */
  lastInputOption: string | null;
  /** Cells Sheets would have parsed as formulas (USER_ENTERED text starting with `=`), A1. */
  formulas: string[];
  updates: number;
  clears: number;
}

interface FakeSpreadsheet {
  id: string;
  locale: string;
  sharedWith: Set<string>;
  sheets: Map<string, FakeSheet>;
}

export interface FakeFault {
  status: number;
  retryAfter?: string;
  /** Google's error JSON by default. */
  body?: unknown;
}

export interface FakeRequest {
  method: string;
  /** `token`, `get`, `batchGet`, `clear` or `update`. */
  call: string;
  path: string;
  query: URLSearchParams;
  status: number;
}

export interface FakeGoogleSheets {
  /** The Sheets API root (`rootUrl`). */
  rootUrl: string;
  tokenUri: string;
  serviceAccountEmail: string;
  /** A service account key file (JSON text) whose `token_uri` is this server's. */
  credentials: string;
  publicKey: KeyObject;
  addSpreadsheet(
    id: string,
    options: { locale?: string; shared?: boolean; sheets: Record<string, FakeCell[][]> },
  ): void;
  setRows(id: string, sheet: string, rows: FakeCell[][]): void;
  renameSheet(id: string, from: string, to: string): void;
  share(id: string, shared: boolean): void;
  sheet(id: string, sheet: string): FakeSheet;
  /** The next calls named `call` answer these faults, in order, before answering normally. */
  failNext(call: string, faults: FakeFault[]): void;
  /** Every call of that name after the first `after` fails with this fault until `heal`. */
  failAlways(call: string, fault: FakeFault, after?: number): void;
  heal(): void;
  requests: FakeRequest[];
  close(): Promise<void>;
}

const EMAIL = 'ciklas-sync@ciklas-test.iam.gserviceaccount.com';
const GOOGLE_TOKEN_AUD = 'https://oauth2.googleapis.com/token';
const GRID_ROWS = 1000;

const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
  res.end(JSON.stringify(body));
};

const googleError = (status: number, message: string, reason: string) => ({
  error: { code: status, message, status: reason },
});

const REASON: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'BAD_GATEWAY',
  503: 'UNAVAILABLE',
};

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((ok, fail) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => ok(text));
    req.on('error', fail);
  });

const columnLetter = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** `'It''s'!1:5000`, `Sheet1!A1` (from there on) or `'Sheet'` → the sheet's name and rows (1-based). */
const parseRange = (range: string): { sheet: string; from: number; to: number } | null => {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))(?:!(.+))?$/.exec(range);
  if (!m) return null;
  const sheet = (m[1] ?? m[2] ?? '').replace(/''/g, "'");
  if (m[3] === undefined) return { sheet, from: 1, to: Number.MAX_SAFE_INTEGER };
  const rows = /^([A-Z]*)(\d+)(?::([A-Z]*)(\d+))?$/.exec(m[3]);
  if (!rows) return null;
  const from = Number(rows[2]);
  const to = rows[4] !== undefined ? Number(rows[4]) : Number.MAX_SAFE_INTEGER;
  return { sheet, from, to };
};

const trimRow = (row: FakeCell[]): FakeCell[] => {
  const out = row.map((c) => (c === null ? '' : c));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};

const b64json = (part: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

export const startFakeGoogleSheets = async (): Promise<FakeGoogleSheets> => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const spreadsheets = new Map<string, FakeSpreadsheet>();
  const tokens = new Set<string>();
  const queued = new Map<string, FakeFault[]>();
  const always = new Map<string, { fault: FakeFault; after: number }>();
  const requests: FakeRequest[] = [];
  let tokenCount = 0;
  let tokenUri = '';

  const sheetOf = (id: string, title: string): FakeSheet => {
    const sheet = spreadsheets.get(id)?.sheets.get(title);
    if (!sheet) throw new Error(`fake: no sheet ${id}/${title}`);
    return sheet;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, log: FakeRequest) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    log.query = url.searchParams;
    log.path = url.pathname;
    if (req.method === 'POST' && url.pathname === '/token') {
      log.call = 'token';
      const form = new URLSearchParams(await readBody(req));
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer')
        return json(res, 400, { error: 'unsupported_grant_type' });
      const [h = '', c = '', s = ''] = (form.get('assertion') ?? '').split('.');
      const verified = createVerify('RSA-SHA256')
        .update(`${h}.${c}`)
        .verify(publicKey, Buffer.from(s, 'base64url'));
      if (!verified)
        return json(res, 400, {
          error: 'invalid_grant',
          error_description: 'Invalid JWT Signature.',
        });
      const header = b64json(h);
      const claims = b64json(c);
      const now = Math.floor(Date.now() / 1000);
      if (
        header.alg !== 'RS256' ||
        claims.iss !== EMAIL ||
        (claims.aud !== tokenUri && claims.aud !== GOOGLE_TOKEN_AUD) ||
        typeof claims.exp !== 'number' ||
        claims.exp < now ||
        typeof claims.scope !== 'string' ||
        !claims.scope.split(' ').includes('https://www.googleapis.com/auth/spreadsheets')
      )
        return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT claims.' });
      const token = `ya29.fake-${++tokenCount}`;
      tokens.add(token);
      return json(res, 200, { access_token: token, expires_in: 3599, token_type: 'Bearer' });
    }
    const m = /^\/v4\/spreadsheets\/([^/:]+)(?:\/values(?::batchGet|\/([^/]+?)(:clear)?))?$/.exec(
      url.pathname,
    );
    if (!m) return json(res, 404, googleError(404, 'Not found', 'NOT_FOUND'));
    const [, id = '', rangeText, clear] = m;
    log.call = url.pathname.endsWith(':batchGet')
      ? 'batchGet'
      : clear
        ? 'clear'
        : rangeText
          ? req.method === 'PUT'
            ? 'update'
            : 'values.get'
          : 'get';
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !tokens.has(bearer))
      return json(
        res,
        401,
        googleError(401, 'Request had invalid authentication credentials.', 'UNAUTHENTICATED'),
      );
    const book = spreadsheets.get(decodeURIComponent(id));
    if (!book)
      return json(res, 404, googleError(404, 'Requested entity was not found.', 'NOT_FOUND'));
    if (!book.sharedWith.has(EMAIL))
      return json(
        res,
        403,
        googleError(403, 'The caller does not have permission', 'PERMISSION_DENIED'),
      );
    if (log.call === 'get')
      return json(res, 200, {
        spreadsheetId: book.id,
        properties: { title: `Fake ${book.id}`, locale: book.locale, timeZone: 'Europe/Vilnius' },
        sheets: [...book.sheets.values()].map((s, i) => ({
          properties: {
            sheetId: i,
            title: s.title,
            index: i,
            sheetType: 'GRID',
            gridProperties: { rowCount: Math.max(GRID_ROWS, s.rows.length), columnCount: 26 },
          },
        })),
      });
    const rangeOf = (text: string) => {
      const parsed = parseRange(text);
      const sheet = parsed ? book.sheets.get(parsed.sheet) : undefined;
      return parsed && sheet ? { ...parsed, sheet } : null;
    };
    if (log.call === 'batchGet') {
      const ranges = url.searchParams.getAll('ranges');
      const out = [];
      for (const text of ranges) {
        const r = rangeOf(text);
        if (!r)
          return json(
            res,
            400,
            googleError(400, `Unable to parse range: ${text}`, 'INVALID_ARGUMENT'),
          );
        const grid = Math.max(GRID_ROWS, r.sheet.rows.length);
        if (r.to !== Number.MAX_SAFE_INTEGER && r.to > grid)
          return json(
            res,
            400,
            googleError(
              400,
              `Range (${text}) exceeds grid limits. Max rows: ${grid}, max columns: 26`,
              'INVALID_ARGUMENT',
            ),
          );
        const values = r.sheet.rows
          .slice(r.from - 1, Math.min(r.to, r.sheet.rows.length))
          .map(trimRow);
        while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
        out.push({
          range: text,
          majorDimension: 'ROWS',
          ...(values.length > 0 ? { values } : {}),
        });
      }
      return json(res, 200, { spreadsheetId: book.id, valueRanges: out });
    }
    const text = decodeURIComponent(rangeText ?? '');
    const r = rangeOf(text);
    if (!r)
      return json(res, 400, googleError(400, `Unable to parse range: ${text}`, 'INVALID_ARGUMENT'));
    if (log.call === 'values.get') {
      const values = r.sheet.rows
        .slice(r.from - 1, Math.min(r.to, r.sheet.rows.length))
        .map(trimRow);
      while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
      return json(res, 200, {
        range: text,
        majorDimension: 'ROWS',
        ...(values.length > 0 ? { values } : {}),
      });
    }
    if (log.call === 'clear') {
      await readBody(req);
      r.sheet.rows = [];
      r.sheet.formulas = [];
      r.sheet.clears++;
      return json(res, 200, { spreadsheetId: book.id, clearedRange: text });
    }
    if (log.call === 'update') {
      const body = JSON.parse(await readBody(req)) as { values?: FakeCell[][] };
      const option = url.searchParams.get('valueInputOption');
      if (option !== 'RAW' && option !== 'USER_ENTERED')
        return json(
          res,
          400,
          googleError(400, "'valueInputOption' is required", 'INVALID_ARGUMENT'),
        );
      const values = body.values ?? [];
      values.forEach((row, i) => {
        const target = (r.sheet.rows[r.from - 1 + i] ??= []);
        row.forEach((cell, j) => {
          target[j] = cell;
          if (option === 'USER_ENTERED' && typeof cell === 'string' && cell.startsWith('='))
            r.sheet.formulas.push(`${columnLetter(j)}${r.from + i}`);
        });
      });
      for (let k = 0; k < r.sheet.rows.length; k++) r.sheet.rows[k] ??= [];
      r.sheet.lastInputOption = option;
      r.sheet.updates++;
      return json(res, 200, {
        spreadsheetId: book.id,
        updatedRange: text,
        updatedRows: values.length,
        updatedColumns: Math.max(0, ...values.map((v) => v.length)),
        updatedCells: values.reduce((n, v) => n + v.length, 0),
      });
    }
    return json(res, 404, googleError(404, 'Not found', 'NOT_FOUND'));
  };

  const callName = (req: IncomingMessage): string => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    if (path === '/token') return 'token';
    if (path.endsWith(':batchGet')) return 'batchGet';
    if (path.endsWith(':clear')) return 'clear';
    if (path.includes('/values/')) return req.method === 'PUT' ? 'update' : 'values.get';
    return 'get';
  };

  const server = createServer((req, res) => {
    const log: FakeRequest = {
      method: req.method ?? '',
      call: callName(req),
      path: '',
      query: new URLSearchParams(),
      status: 0,
    };
    requests.push(log);
    res.on('finish', () => (log.status = res.statusCode));
    const persistent = always.get(log.call);
    const fault =
      queued.get(log.call)?.shift() ??
      (persistent && persistent.after-- <= 0 ? persistent.fault : undefined);
    if (fault) {
      log.path = new URL(req.url ?? '/', 'http://fake').pathname;
      req.resume();
      return json(
        res,
        fault.status,
        fault.body ??
          googleError(fault.status, 'Injected fault', REASON[fault.status] ?? 'UNKNOWN'),
        fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter },
      );
    }
    handle(req, res, log).catch((error: unknown) =>
      json(res, 500, googleError(500, String(error), 'INTERNAL')),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const rootUrl = `http://127.0.0.1:${port}/`;
  tokenUri = `${rootUrl}token`;
  const credentials = JSON.stringify({
    type: 'service_account',
    project_id: 'ciklas-test',
    private_key_id: 'fake-key-1',
    private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    client_email: EMAIL,
    client_id: '100000000000000000001',
    token_uri: tokenUri,
  });

  return {
    rootUrl,
    tokenUri,
    serviceAccountEmail: EMAIL,
    credentials,
    publicKey,
    addSpreadsheet: (id, { locale = 'lt_LT', shared = true, sheets }) => {
      spreadsheets.set(id, {
        id,
        locale,
        sharedWith: new Set(shared ? [EMAIL] : []),
        sheets: new Map(
          Object.entries(sheets).map(([title, rows]) => [
            title,
            {
              title,
              rows: rows.map((r) => [...r]),
              lastInputOption: null,
              formulas: [],
              updates: 0,
              clears: 0,
            },
          ]),
        ),
      });
    },
    setRows: (id, sheet, rows) => {
      sheetOf(id, sheet).rows = rows.map((r) => [...r]);
    },
    renameSheet: (id, from, to) => {
      const book = spreadsheets.get(id)!;
      const sheet = sheetOf(id, from);
      book.sheets.delete(from);
      sheet.title = to;
      book.sheets.set(to, sheet);
    },
    share: (id, shared) => {
      const book = spreadsheets.get(id)!;
      if (shared) book.sharedWith.add(EMAIL);
      else book.sharedWith.delete(EMAIL);
    },
    sheet: sheetOf,
    failNext: (call, faults) => queued.set(call, [...(queued.get(call) ?? []), ...faults]),
    failAlways: (call, fault, after = 0) => always.set(call, { fault, after }),
    heal: () => {
      queued.clear();
      always.clear();
    },
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
};
