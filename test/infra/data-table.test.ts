import type { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { INDEXES, TABLE_KEYS } from '../../functions/adapters/dynamodb/table-definition';
import { DataTable } from '../../infra/constructs/data-table';
import { checkedStack, cleanUp, describeFindings, nagFindings } from './support';

type Statement = { Action: string | string[]; Resource: unknown };

describe('DataTable', () => {
  let app: App;
  let stack: Stack;
  let dataTable: DataTable;
  let template: Template;

  beforeAll(() => {
    ({ app, stack } = checkedStack());
    dataTable = new DataTable(stack, 'Data');
    const reader = new iam.Role(stack, 'Reader', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    });
    dataTable.grantStoreAccess(reader);
    template = Template.fromStack(stack);
  });

  afterAll(() => cleanUp(app));

  it('takes its key schema and indexes from the shared table definition', () => {
    const indexes = Object.values(INDEXES);

    const [table] = Object.values(template.findResources('AWS::DynamoDB::Table'));

    expect(table?.Properties.KeySchema).toEqual([
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table?.Properties.GlobalSecondaryIndexes).toEqual(
      indexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    const keyNames = [
      TABLE_KEYS.partitionKey,
      TABLE_KEYS.sortKey,
      ...indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
    ];
    expect(table?.Properties.AttributeDefinitions).toEqual(
      keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    );
  });

  it('defaults to on-demand billing, 35 days of PITR, deletion protection, KMS encryption and Retain', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: {
          PointInTimeRecoveryEnabled: true,
          RecoveryPeriodInDays: 35,
        },
        DeletionProtectionEnabled: true,
        // SSEEnabled without a key ARN: the AWS managed key alias/aws/dynamodb.
        SSESpecification: { SSEEnabled: true },
      },
    });
  });

  it('grants the store only its item actions on the table and Query on each named index', () => {
    const tableId = stack.getLogicalId(dataTable.table.node.defaultChild as never);
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (p) => p.Properties.PolicyDocument.Statement as Statement[],
    );

    const grants = statements.flatMap((s) =>
      [s.Action].flat().map((action) => ({ action, resource: JSON.stringify(s.Resource) })),
    );

    const tableArn = JSON.stringify({ 'Fn::GetAtt': [tableId, 'Arn'] });
    const indexArn = (name: string) =>
      JSON.stringify({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [tableId, 'Arn'] }, `/index/${name}`]] });
    expect(grants).toEqual(
      expect.arrayContaining([
        ...['GetItem', 'Query', 'PutItem', 'DeleteItem', 'BatchWriteItem'].map((a) => ({
          action: `dynamodb:${a}`,
          resource: tableArn,
        })),
        ...Object.values(INDEXES).map((i) => ({
          action: 'dynamodb:Query',
          resource: indexArn(i.indexName),
        })),
      ]),
    );
    expect(grants).toHaveLength(5 + Object.values(INDEXES).length);
  });

  it('passes the AwsSolutions checks as configured', () => {
    expect(describeFindings(nagFindings(app))).toEqual([]);
  });

  it('is reported by cdk-nag (AwsSolutions-DDB3) when point-in-time recovery is switched off', () => {
    const { app: unsafeApp, stack: unsafeStack } = checkedStack();
    try {
      new DataTable(unsafeStack, 'Unsafe', { pointInTimeRecovery: false });

      const findings = describeFindings(nagFindings(unsafeApp));

      expect(findings).toEqual(['AwsSolutions-DDB3 (warning) @ Test/Unsafe/Table/Resource']);
      expect(() => unsafeApp.synth()).toThrow(/AwsSolutions-DDB3/);
    } finally {
      cleanUp(unsafeApp);
    }
  });
});
