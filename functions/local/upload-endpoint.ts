import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  LOCAL_UPLOAD_PATH,
  type PutOutcome,
  type ReceivedPut,
} from '../adapters/uploads/local-upload-store';

/** What takes a pre-signed PUT: `LocalUploadStore.receive`. */
export type ReceiveUpload = (token: string, put: ReceivedPut) => Promise<PutOutcome>;

/** The bucket's CORS rule (infra/stacks): PUT from any origin, Content-Type, ETag readable. */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag',
} as const;

const xmlEscape = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Whether the gateway should hand this request to `serveUpload`. */
export const isUploadRequest = (method: string, path: string): boolean =>
  (method === 'PUT' || method === 'OPTIONS') && path.startsWith(LOCAL_UPLOAD_PATH);

/**
 * `PUT /uploads/{token}` answered as S3 answers a pre-signed PUT: 200 with an ETag and an empty
 * body, or an XML `<Error>` with S3's code (403 signature or expiry, 400 length, 411 no length).
 * No API Gateway body limit here: the token's size is the limit.
 */
export const serveUpload = async (
  receive: ReceiveUpload,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> => {
  if (req.method === 'OPTIONS') {
    res.writeHead(200, {
      ...CORS,
      'access-control-allow-methods': 'PUT',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '3000',
      'content-length': '0',
    });
    return void res.end();
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const token = url.pathname.slice(LOCAL_UPLOAD_PATH.length);
  const header = req.headers['content-length'];
  const contentLength = header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
  const outcome = await receive(token, {
    contentLength,
    contentType: req.headers['content-type'],
    body: req,
  });
  if (outcome.status === 200) {
    res.writeHead(200, { ...CORS, etag: outcome.etag, 'content-length': '0' });
    return void res.end();
  }
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${outcome.code}</Code><Message>${xmlEscape(outcome.message)}</Message></Error>`;
  res.writeHead(outcome.status, {
    ...CORS,
    'content-type': 'application/xml',
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(body);
  // Like S3, answer before the body is in; node reads and drops the rest (keep-alive).
  req.resume();
};
