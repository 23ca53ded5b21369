import { Duration, RemovalPolicy, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { LogLevel } from '../../functions/shared/logger';
import { ApiFunction } from './api-function';
import type { DataTable } from './data-table';

export interface LinkedSheetsSyncProps {
  /** The table the surveys live in; the job reads and writes it as the API's survey import does. */
  readonly dataTable: DataTable;
  /**
   * When the job runs (EventBridge Scheduler, so the time zone's daylight saving is followed).
   * @default 01:30 every night, Europe/Vilnius
   */
  readonly schedule?: scheduler.ScheduleExpression;
  /**
   * The secret holding the Google service account's JSON key, when it already exists.
   * @default - a new, retained secret with a generated placeholder (docs/linked-sheets.md says how to put the key in)
   */
  readonly credentialsSecret?: secretsmanager.ISecret;
  /**
   * The `LOG_LEVEL` of the job.
   * @default 'info'
   */
  readonly logLevel?: LogLevel;
}

/**
 * The nightly Google Sheets sync (docs/linked-sheets.md): a Lambda function started by an
 * EventBridge Scheduler schedule, reading the Google key from its own Secrets Manager secret.
 * Its role may read that one secret and call on the table only what the survey import calls.
 */
export class LinkedSheetsSync extends Construct {
  readonly function: ApiFunction;
  readonly credentialsSecret: secretsmanager.ISecret | secretsmanager.Secret;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: LinkedSheetsSyncProps) {
    super(scope, id);

    if (props.credentialsSecret) {
      this.credentialsSecret = props.credentialsSecret;
    } else {
      const secret = new secretsmanager.Secret(this, 'GoogleCredentials', {
        description:
          'Ciklas: the Google service account JSON key of the nightly Sheets sync ' +
          '(docs/linked-sheets.md). Created with a placeholder: put the key in with ' +
          '`aws secretsmanager put-secret-value --secret-string file://key.json`.',
        // A random placeholder, never a real key: the job reports "not configured" until then.
        generateSecretString: { passwordLength: 32, excludePunctuation: true },
        // The key lives on after the stack: a redeploy must not lose it.
        removalPolicy: RemovalPolicy.RETAIN,
      });
      Validations.of(secret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason:
          'A Google service account key cannot be rotated by a Lambda in this account: a new ' +
          'key is made in Google Cloud (IAM → service account → keys) and put in with ' +
          'put-secret-value, then the old key is deleted there (docs/linked-sheets.md).',
      });
      this.credentialsSecret = secret;
    }

    this.function = new ApiFunction(this, 'Function', {
      entry: 'functions/handlers/linked-sheets-sync.ts',
      handler: 'handler',
      description: 'Ciklas: nightly sync of linked Google Sheets',
      // Links run one after another (Sheets quotas are per minute); a 100,000-row sheet parses
      // in a few seconds on one vCPU.
      memorySize: 1769,
      timeout: Duration.minutes(15),
      ...(props.logLevel ? { logLevel: props.logLevel } : {}),
      environment: {
        TABLE_NAME: props.dataTable.tableName,
        GOOGLE_CREDENTIALS_SECRET_ARN: this.credentialsSecret.secretArn,
      },
    });
    const fn = this.function.function;
    props.dataTable.grantStoreAccess(fn);
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['secretsmanager:GetSecretValue'],
        resources: [this.credentialsSecret.secretArn],
      }),
    );

    // The schedule's role may invoke this function and nothing else: the stock LambdaInvoke
    // target grants `<arn>:*` (every version and alias) too, which the job does not use.
    const schedulerRole = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'Ciklas: lets the nightly schedule start the linked-sheets sync',
    });
    schedulerRole.addToPolicy(
      new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }),
    );
    const target: scheduler.IScheduleTarget = {
      bind: () => ({
        arn: fn.functionArn,
        role: schedulerRole,
        // A failed night is not retried by the scheduler: the next night does it again, and
        // the job never loses or duplicates a row.
        retryPolicy: { maximumRetryAttempts: 0 },
      }),
    };

    this.schedule = new scheduler.Schedule(this, 'Nightly', {
      description: 'Ciklas: linked Google Sheets, every night',
      schedule:
        props.schedule ??
        scheduler.ScheduleExpression.cron({
          minute: '30',
          hour: '1',
          timeZone: TimeZone.EUROPE_VILNIUS,
        }),
      target,
    });
  }
}
