import type {
  AuditDetail,
  AuditQuery,
  BulkItem,
  Change,
  EntityRef,
  EntityType,
  ListOptions,
  Page,
  AuditEntry,
  RequestContext,
  Store,
  Stored,
} from '../../domain/ports';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The store as the seed sees it. The seed is the demo organisation's only writer while it runs
 * (before the API listens), into an organisation that does not exist yet, so what it has written
 * is all there is: reads are answered from those writes and only the writes go to the store, each
 * through the domain service that validates it and with its audit entry. A write that meets
 * something unexpected in the store still fails there, on its version.
 */
export class SeedingStore implements Store {
  private readonly written = new Map<string, Stored<object>>();

  constructor(private readonly store: Store) {}

  private key(
    ctx: RequestContext,
    ref: { type: EntityType; id: string; cycle?: number | undefined },
  ): string {
    return `${ctx.actor.orgId}|${ref.cycle ?? ''}|${ref.type}#${ref.id}`;
  }

  private remember(ctx: RequestContext, ref: EntityRef, item: Stored<object> | null): void {
    if (item) this.written.set(this.key(ctx, ref), clone(item));
    else this.written.delete(this.key(ctx, ref));
  }

  get<T extends object>(ctx: RequestContext, ref: EntityRef): Promise<Stored<T> | undefined> {
    const item = this.written.get(this.key(ctx, ref));
    return Promise.resolve(item ? clone(item as Stored<T>) : undefined);
  }

  /** In the store's order: by type and id. */
  list<T extends object>(
    ctx: RequestContext,
    type: EntityType,
    options: ListOptions = {},
  ): Promise<Stored<T>[]> {
    const prefix = this.key(ctx, { type, id: options.idPrefix ?? '', cycle: options.cycle });
    const items = [...this.written]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, item]) => clone(item as Stored<T>));
    return Promise.resolve(items);
  }

  async save<T extends object>(
    ctx: RequestContext,
    ref: EntityRef,
    data: T,
    expectedVersion: number,
  ): Promise<Stored<T>> {
    const saved = await this.store.save(ctx, ref, data, expectedVersion);
    this.remember(ctx, ref, saved);
    return saved;
  }

  async remove(ctx: RequestContext, ref: EntityRef, expectedVersion: number): Promise<void> {
    await this.store.remove(ctx, ref, expectedVersion);
    this.remember(ctx, ref, null);
  }

  async apply(ctx: RequestContext, changes: Change[]): Promise<(Stored<object> | null)[]> {
    const results = await this.store.apply(ctx, changes);
    changes.forEach((change, i) => this.remember(ctx, change.ref, results[i] ?? null));
    return results;
  }

  /** Remembers what the store wrote, read back so the metadata is the store's own. */
  async putBulk(ctx: RequestContext, items: BulkItem[]): Promise<void> {
    await this.store.putBulk(ctx, items);
    for (const { ref } of items) this.remember(ctx, ref, (await this.store.get(ctx, ref)) ?? null);
  }

  async removeBulk(ctx: RequestContext, refs: EntityRef[]): Promise<void> {
    await this.store.removeBulk(ctx, refs);
    for (const ref of refs) this.remember(ctx, ref, null);
  }

  audit(ctx: RequestContext, query: AuditQuery): Promise<Page<AuditEntry>> {
    return this.store.audit(ctx, query);
  }

  recordRead(ctx: RequestContext, refs: EntityRef[], detail?: AuditDetail): Promise<void> {
    return this.store.recordRead(ctx, refs, detail);
  }

  redactAudit(ctx: RequestContext, ref: EntityRef, marker: object): Promise<number> {
    return this.store.redactAudit(ctx, ref, marker);
  }
}
