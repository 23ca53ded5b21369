import type { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { DataTable } from '../../infra/constructs/data-table';
import { LinkedSheetsSync } from '../../infra/constructs/linked-sheets-sync';
import {
  acknowledgements,
  checkedStack,
  cleanUp,
  describeFindings,
  nagFindings,
  SKIP_BUNDLING,
} from './support';

type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

describe('LinkedSheetsSync', () => {
  let app: App;
  let stack: Stack;
  let sync: LinkedSheetsSync;
  let data: DataTable;
  let template: Template;
  const idOf = (construct: { node: { defaultChild?: unknown } }) =>
    stack.getLogicalId(construct.node.defaultChild as never);

  beforeAll(() => {
    ({ app, stack } = checkedStack(SKIP_BUNDLING));
    data = new DataTable(stack, 'Data');
    sync = new LinkedSheetsSync(stack, 'LinkedSheetsSync', { dataTable: data });
    template = Template.fromStack(stack);
  });
  afterAll(() => cleanUp(app));

  /** The statements of the sync function's role. */
  const statements = (): Statement[] => {
    const roleId = stack.getLogicalId(sync.function.role.node.defaultChild as never);
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: roleId }] },
    });
    return Object.values(policies).flatMap(
      (p) =>
        (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties
          .PolicyDocument.Statement,
    );
  };
  const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

  it('runs nightly at 01:30 Vilnius time (EventBridge Scheduler follows daylight saving), invoking the function once', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(30 1 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Vilnius',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: { 'Fn::GetAtt': [idOf(sync.function.function), 'Arn'] },
        RoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('SchedulerRole'), 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 0 },
      },
    });
  });

  it('sizes the function for a long night: 15 minutes, 1,769 MB, and points it at the table and the secret', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Timeout: 900,
      MemorySize: 1769,
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: { Ref: idOf(data.table) },
          GOOGLE_CREDENTIALS_SECRET_ARN: { Ref: Match.stringLikeRegexp('GoogleCredentials') },
        }),
      },
    });
  });

  it('keeps the Google key in a retained secret the function may only read', () => {
    template.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    const secretId = Object.keys(template.findResources('AWS::SecretsManager::Secret'))[0]!;
    const onSecret = statements().filter((s) => JSON.stringify(s.Resource).includes(secretId));
    expect(onSecret).toEqual([
      { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: { Ref: secretId } },
    ]);
  });

  it('grants only named table actions on named resources: no wildcard action, no Scan', () => {
    const all = statements();
    const tableStatements = all.filter((s) => actions(s).some((a) => a.startsWith('dynamodb:')));
    const granted = new Set(tableStatements.flatMap(actions));
    expect([...granted].sort()).toEqual([
      'dynamodb:BatchWriteItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
    ]);
    for (const s of all) for (const a of actions(s)) expect(a).not.toMatch(/\*/);
    // Only X-Ray's two actions, which have no resource-level permissions, use Resource "*".
    const starred = all.filter((s) => s.Resource === '*').flatMap(actions);
    expect(starred.sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
  });

  it('passes cdk-nag, acknowledging only the secret’s rotation with a reason', () => {
    expect(describeFindings(nagFindings(stack))).toEqual([]);
    const smg4 = acknowledgements(stack).filter((a) => a.id === 'AwsSolutions-SMG4');
    expect(smg4).toEqual([
      expect.objectContaining({
        path: 'Test/LinkedSheetsSync/GoogleCredentials',
        reason: expect.stringContaining('put-secret-value'),
      }),
    ]);
  });
});
