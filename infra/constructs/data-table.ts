import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { INDEXES, TABLE_KEYS } from '../../functions/adapters/dynamodb/table-definition';

export interface DataTableProps {
  /**
   * The physical table name.
   * @default - CloudFormation generates a unique name (functions get it as `TABLE_NAME`)
   */
  readonly tableName?: string;
  /**
   * Whether point-in-time recovery is on. Turn it off only in throwaway test stacks.
   * @default true
   */
  readonly pointInTimeRecovery?: boolean;
  /**
   * How many days back point-in-time recovery reaches (1–35).
   * @default 35
   */
  readonly recoveryPeriodInDays?: number;
  /**
   * Whether DynamoDB refuses `DeleteTable` until this is switched off.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * What happens to the table when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * Ciklas's one DynamoDB table, shaped by the same definition DynamoDB Local's table is created
 * from (`functions/adapters/dynamodb/table-definition.ts`), so the two cannot drift apart.
 */
export class DataTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: DataTableProps = {}) {
    super(scope, id);
    const pointInTimeRecovery = props.pointInTimeRecovery ?? true;
    this.table = new dynamodb.Table(this, 'Table', {
      ...(props.tableName ? { tableName: props.tableName } : {}),
      // Key attributes are strings, as in ensure-table.ts.
      partitionKey: { name: TABLE_KEYS.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: pointInTimeRecovery
        ? {
            pointInTimeRecoveryEnabled: true,
            recoveryPeriodInDays: props.recoveryPeriodInDays ?? 35,
          }
        : { pointInTimeRecoveryEnabled: false },
      deletionProtection: props.deletionProtection ?? true,
      // An AWS managed KMS key: key use shows in CloudTrail, without a key policy to look after.
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    for (const index of Object.values(INDEXES)) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }

  get tableName(): string {
    return this.table.tableName;
  }

  /**
   * Grants exactly what `DynamoStore` calls: `GetItem` and `Query` to read; `PutItem` and
   * `DeleteItem` for the items of a `TransactWriteItems` (a transaction is authorised per item
   * action, not as an action of its own); `Query` on each named index. No `Scan`, no `*`.
   */
  grantStoreAccess(grantee: iam.IGrantable): iam.Grant {
    const tableArn = this.table.tableArn;
    const onTable = iam.Grant.addToPrincipal({
      grantee,
      // BatchWriteItem is authorised as its own action: Store.putBulk/removeBulk (survey chunks,
      // report snapshots) use it; transactions need only the item actions they contain.
      actions: [
        'dynamodb:GetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:DeleteItem',
        'dynamodb:BatchWriteItem',
      ],
      resourceArns: [tableArn],
    });
    const onIndexes = iam.Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:Query'],
      resourceArns: Object.values(INDEXES).map((index) => `${tableArn}/index/${index.indexName}`),
    });
    return onTable.combine(onIndexes);
  }
}
