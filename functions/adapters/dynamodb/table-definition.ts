/**
 * The one table's physical shape, imported by the store and by the CDK table construct, so the
 * table DynamoDB Local creates and the one AWS creates cannot drift apart. Never rename an index
 * once data exist.
 */
export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;

export const INDEXES = {
  /** An entity's change history: audit entries of one item, in time order. */
  byEntity: { indexName: 'byEntity', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
} as const;

export const DEFAULT_TABLE_NAME = 'ciklas';
