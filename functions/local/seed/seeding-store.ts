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
/** Bulk items carry bytes (survey chunks, report snapshots), which JSON would not keep. */
const cloneBytes = <T>(value: T): T => structuredClone(value);

/** One write of an item in the story: when it happened (ms; set-up: -Infinity) and what it left. */
interface Version {
  at: number;
  item: Stored<object> | null;
  copy: <T>(value: T) => T;
}

/**
 * The store as the seed sees it. The seed is the demo organisation's only writer while it runs
 * (before the API listens), into an organisation that does not exist yet, so what it has written
 * is all there is: reads are answered from those writes and only the writes go to the store, each
 * through the domain service that validates it and with its audit entry. A write that meets
 * something unexpected in the store still fails there, on its version.
 *
 * The story's strands run side by side, not in the order of their days, so each write is kept
 * with its step's day (`at`); a view `asOf` a day reads the store as it stood then, for a step
 * (the annual report's submission) that must not see what other strands wrote for later days.
 */
export class SeedingStore implements Store {
  constructor(
    private readonly store: Store,
    private readonly versions = new Map<string, Version[]>(),
    /** When this view's writes happen in the story. */
    private readonly stamp = -Infinity,
    /** Reads see only writes up to this instant; null: everything written. */
    private readonly asOfTime: number | null = null,
  ) {}

  /** The store for a step on `instant`: its writes kept with that day, its reads up to it if `asOf`. */
  at(instant: Date, options: { asOf: boolean } = { asOf: false }): SeedingStore {
    const time = instant.getTime();
    return new SeedingStore(this.store, this.versions, time, options.asOf ? time : null);
  }

  private key(
    ctx: RequestContext,
    ref: { type: EntityType; id: string; cycle?: number | undefined },
  ): string {
    return `${ctx.actor.orgId}|${ref.cycle ?? ''}|${ref.type}#${ref.id}`;
  }

  private remember(
    ctx: RequestContext,
    ref: EntityRef,
    item: Stored<object> | null,
    copy: <T>(value: T) => T = clone,
  ): void {
    const key = this.key(ctx, ref);
    const list = this.versions.get(key) ?? [];
    list.push({ at: this.stamp, item: item ? copy(item) : null, copy });
    this.versions.set(key, list);
  }

  /** A copy of the item as this view sees it: the latest write, or the latest up to its day. */
  private read<T extends object>(key: string): Stored<T> | null {
    const list = this.versions.get(key);
    if (!list) return null;
    let found: Version | undefined = list[list.length - 1];
    if (this.asOfTime !== null) {
      found = undefined;
      for (const v of list) if (v.at <= this.asOfTime && (!found || v.at >= found.at)) found = v;
    }
    return found?.item ? found.copy(found.item as Stored<T>) : null;
  }

  get<T extends object>(ctx: RequestContext, ref: EntityRef): Promise<Stored<T> | undefined> {
    return Promise.resolve(this.read<T>(this.key(ctx, ref)) ?? undefined);
  }

  /** In the store's order: by type and id. */
  list<T extends object>(
    ctx: RequestContext,
    type: EntityType,
    options: ListOptions = {},
  ): Promise<Stored<T>[]> {
    const prefix = this.key(ctx, { type, id: options.idPrefix ?? '', cycle: options.cycle });
    const items = [...this.versions.keys()]
      .filter((key) => key.startsWith(prefix))
      .sort()
      .flatMap((key) => {
        const item = this.read<T>(key);
        return item ? [item] : [];
      });
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
    for (const { ref } of items)
      this.remember(ctx, ref, (await this.store.get(ctx, ref)) ?? null, cloneBytes);
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
