import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import {
  lookupOf,
  withoutHash,
  type AccessToken,
  type AccessTokenLookup,
} from '../../domain/access-tokens/access-token';
import type { AccessTokenRepository } from '../../domain/access-tokens/repository';
import { ConflictError } from '../../domain/errors';
import type {
  AuditAction,
  AuditEntry,
  Clock,
  EntityRef,
  ItemMeta,
  RequestContext,
  Stored,
} from '../../domain/ports';
import {
  ACCESS_TOKEN_SORT_KEY,
  accessTokenPartition,
  auditPartition,
  entityHistoryPartition,
  itemPartition,
  itemSortKey,
} from './keys';

/** The organisation's item, in the shape `DynamoStore` reads (`get`/`list` of `accessToken`). */
interface TokenRecord extends ItemMeta {
  pk: string;
  sk: string;
  entity: 'accessToken';
  data: AccessToken;
}

/** The lookup item: its own partition per hash, nothing else in it. */
interface LookupRecord extends AccessTokenLookup {
  pk: string;
  sk: string;
  entity: 'accessTokenLookup';
  /** Bumped when the record's shape changes. */
  entityVersion: 1;
}

type Actions = NonNullable<TransactWriteCommandInput['TransactItems']>;

const toStored = (record: TokenRecord): Stored<AccessToken> => ({
  ...record.data,
  version: record.version,
  createdAt: record.createdAt,
  createdBy: record.createdBy,
  updatedAt: record.updatedAt,
  updatedBy: record.updatedBy,
});

/** A copy for an audit entry: the item as the store shows it, without the hash. */
const auditCopy = (stored: Stored<AccessToken>) => withoutHash(stored);

/**
 * Personal access tokens on the one table (docs/access-tokens.md): the organisation's item, the
 * hash lookup (`ACCESSTOKEN#<sha256>`) and the audit entry go in one transaction, so a token
 * exists for the authorizer exactly when the organisation lists it, and every change is audited.
 * The item and audit records follow `DynamoStore`'s shapes (test/integration reads them back
 * through the store), but audit copies leave the hash out.
 */
export class DynamoAccessTokenRepository implements AccessTokenRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async create(ctx: RequestContext, token: AccessToken): Promise<Stored<AccessToken>> {
    const at = this.clock.now().toISOString();
    const record = this.tokenRecord(ctx, token, 1, at, at, ctx.actor.userId);
    const after = toStored(record);
    await this.write(ctx, [
      {
        Put: {
          TableName: this.tableName,
          Item: record,
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: this.lookupRecord(ctx.actor.orgId, token),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      this.auditPut(ctx, token.tokenId, at, 'create', null, auditCopy(after)),
    ]);
    return after;
  }

  async update(
    ctx: RequestContext,
    current: Stored<AccessToken>,
    next: AccessToken,
  ): Promise<Stored<AccessToken>> {
    if (next.hash !== current.hash || next.tokenId !== current.tokenId)
      throw new TypeError('A token keeps its id and hash');
    const at = this.clock.now().toISOString();
    const record = this.tokenRecord(
      ctx,
      next,
      current.version + 1,
      at,
      current.createdAt,
      current.createdBy,
    );
    const after = toStored(record);
    await this.write(ctx, [
      {
        Put: {
          TableName: this.tableName,
          Item: record,
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': current.version },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: this.lookupRecord(ctx.actor.orgId, next),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      this.auditPut(ctx, next.tokenId, at, 'update', auditCopy(current), auditCopy(after)),
    ]);
    return after;
  }

  async find(sha256Hex: string): Promise<AccessTokenLookup | undefined> {
    if (!/^[0-9a-f]{64}$/.test(sha256Hex)) return undefined;
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: accessTokenPartition(sha256Hex), sk: ACCESS_TOKEN_SORT_KEY },
      }),
    );
    const item = out.Item as LookupRecord | undefined;
    if (!item) return undefined;
    return {
      orgId: item.orgId,
      userId: item.userId,
      ...(item.email === undefined ? {} : { email: item.email }),
      roles: item.roles,
      tokenId: item.tokenId,
      expiresAt: item.expiresAt,
      ...(item.revokedAt === undefined ? {} : { revokedAt: item.revokedAt }),
    };
  }

  private async write(ctx: RequestContext, actions: Actions): Promise<void> {
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: actions }));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      if (error.CancellationReasons?.[0]?.Code !== 'ConditionalCheckFailed') throw error;
      const key = (actions[0]!.Put!.Item as TokenRecord).sk;
      const now = await this.doc.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: itemPartition(ctx.actor.orgId), sk: key },
          ConsistentRead: true,
        }),
      );
      const item = now.Item as TokenRecord | undefined;
      throw new ConflictError(item ? auditCopy(toStored(item)) : null, { cause: error });
    }
  }

  private ref(tokenId: string): EntityRef {
    return { type: 'accessToken', id: tokenId };
  }

  private tokenRecord(
    ctx: RequestContext,
    token: AccessToken,
    version: number,
    at: string,
    createdAt: string,
    createdBy: string,
  ): TokenRecord {
    return {
      pk: itemPartition(ctx.actor.orgId),
      sk: itemSortKey(this.ref(token.tokenId)),
      entity: 'accessToken',
      data: token,
      version,
      createdAt,
      createdBy,
      updatedAt: at,
      updatedBy: ctx.actor.userId,
    };
  }

  private lookupRecord(orgId: string, token: AccessToken): LookupRecord {
    return {
      pk: accessTokenPartition(token.hash),
      sk: ACCESS_TOKEN_SORT_KEY,
      entity: 'accessTokenLookup',
      entityVersion: 1,
      ...lookupOf(orgId, token),
    };
  }

  private auditPut(
    ctx: RequestContext,
    tokenId: string,
    at: string,
    action: AuditAction,
    before: unknown,
    after: unknown,
  ): Actions[number] {
    const orgId = ctx.actor.orgId;
    const ref = this.ref(tokenId);
    const id = randomUUID();
    const entry: AuditEntry = {
      id,
      at,
      action,
      entity: ref,
      actor: { userId: ctx.actor.userId, roles: [...ctx.actor.roles] },
      ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
      before,
      after,
    };
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          pk: auditPartition(orgId),
          sk: `${at}#${id}`,
          gsi1pk: entityHistoryPartition(orgId, ref),
          gsi1sk: `${at}#${id}`,
          entity: 'audit',
          entry,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }
}
