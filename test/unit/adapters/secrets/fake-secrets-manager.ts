import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A secret as the fake keeps it: a string value, or (to test refusals) a binary one. */
export interface FakeSecret {
  name: string;
  arn: string;
  secretString?: string;
  secretBinary?: Buffer;
  versionId: string;
}

/** An error the fake answers with, as Secrets Manager names it (`__type`). */
export interface FakeError {
  status: number;
  type: string;
  message: string;
}

export interface ReceivedRequest {
  target: string | undefined;
  contentType: string | undefined;
  /** The SigV4 credential scope's service (`…/eu-central-1/secretsmanager/aws4_request`). */
  signedService: string | undefined;
  body: Record<string, unknown>;
}

const JSON_11 = 'application/x-amz-json-1.1';

export const ACCESS_DENIED: FakeError = {
  status: 400,
  type: 'AccessDeniedException',
  message:
    'User: arn:aws:sts::123456789012:assumed-role/api is not authorized to perform: secretsmanager:GetSecretValue',
};

/**
 * A stand-in for AWS Secrets Manager at the HTTP boundary: the AWS JSON 1.1 protocol (`POST /`,
 * `Content-Type: application/x-amz-json-1.1`, the operation in `X-Amz-Target`), only
 * `secretsmanager.GetSecretValue`. A secret is found by its ARN or name; an unknown one answers
 * `ResourceNotFoundException`, another target `UnknownOperationException`, an unsigned request
 * `MissingAuthenticationTokenException` — each as a 400 with `__type` and `message`, as the
 * service does. `failNext` queues errors for the next requests; `requests` records what came.
 */
export class FakeSecretsManager {
  readonly requests: ReceivedRequest[] = [];
  private readonly secrets: FakeSecret[] = [];
  private readonly failures: FakeError[] = [];
  private server: Server | undefined;
  endpoint = '';

  put(secret: Omit<FakeSecret, 'versionId'> & { versionId?: string }): FakeSecret {
    const stored = { versionId: randomUUID(), ...secret };
    const at = this.secrets.findIndex((s) => s.arn === secret.arn);
    if (at >= 0) this.secrets.splice(at, 1, stored);
    else this.secrets.push(stored);
    return stored;
  }

  failNext(...errors: FakeError[]): void {
    this.failures.push(...errors);
  }

  /** How many GetSecretValue calls arrived. */
  get reads(): number {
    return this.requests.filter((r) => r.target === 'secretsmanager.GetSecretValue').length;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.endpoint;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const target = req.headers['x-amz-target'] as string | undefined;
    const contentType = req.headers['content-type'];
    const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(
      req.headers.authorization ?? '',
    );
    let body: Record<string, unknown>;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      return this.error(res, { status: 400, type: 'SerializationException', message: 'bad JSON' });
    }
    this.requests.push({ target, contentType, signedService: scope?.[1], body });

    if (req.method !== 'POST' || req.url !== '/' || contentType !== JSON_11) {
      return this.error(res, {
        status: 400,
        type: 'UnknownOperationException',
        message: 'Expected POST / with application/x-amz-json-1.1',
      });
    }
    if (!scope || scope[1] !== 'secretsmanager') {
      return this.error(res, {
        status: 400,
        type: 'MissingAuthenticationTokenException',
        message: 'Missing or foreign SigV4 credential scope',
      });
    }
    if (target !== 'secretsmanager.GetSecretValue') {
      return this.error(res, {
        status: 400,
        type: 'UnknownOperationException',
        message: `The fake knows GetSecretValue only, not ${target ?? '(no X-Amz-Target)'}`,
      });
    }
    const failure = this.failures.shift();
    if (failure) return this.error(res, failure);
    const id = body.SecretId;
    const secret = this.secrets.find((s) => s.arn === id || s.name === id);
    if (!secret) {
      return this.error(res, {
        status: 400,
        type: 'ResourceNotFoundException',
        message: "Secrets Manager can't find the specified secret.",
      });
    }
    this.send(res, 200, {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: secret.versionId,
      ...(secret.secretString !== undefined ? { SecretString: secret.secretString } : {}),
      ...(secret.secretBinary ? { SecretBinary: secret.secretBinary.toString('base64') } : {}),
      VersionStages: ['AWSCURRENT'],
      CreatedDate: Math.floor(Date.now() / 1000),
    });
  }

  private error(res: ServerResponse, { status, type, message }: FakeError): void {
    this.send(res, status, { __type: type, message });
  }

  private send(res: ServerResponse, status: number, payload: unknown): void {
    const body = JSON.stringify(payload);
    res.writeHead(status, {
      'content-type': JSON_11,
      'content-length': Buffer.byteLength(body),
      'x-amzn-requestid': randomUUID(),
    });
    res.end(body);
  }
}
