import {
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  Validations,
  type StackProps,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { CLAIMS } from '../../functions/adapters/http/claims';
import { ROUTES } from '../../functions/contracts/routes';
import { ROLES } from '../../functions/domain/auth/actor';
import type { LogLevel } from '../../functions/shared/logger';
import { ApiAuthorizer } from '../constructs/api-authorizer';
import { ApiFunction } from '../constructs/api-function';
import { BenchmarkSecret } from '../constructs/benchmark-secret';
import { DataTable } from '../constructs/data-table';
import { LinkedSheetsSync } from '../constructs/linked-sheets-sync';
import { UploadBucket } from '../constructs/upload-bucket';

export interface CiklasStackProps extends StackProps {
  /**
   * The `LOG_LEVEL` of the API function.
   * @default 'info'
   */
  readonly logLevel?: LogLevel;
  /**
   * Cognito's Plus feature plan with threat protection enforced (compromised-credential and
   * risky sign-in detection). Plus is billed per monthly active user with no free tier.
   * @default true
   */
  readonly threatProtection?: boolean;
  /**
   * Throttling of the API's default stage, for all routes together.
   * @default { rateLimit: 50, burstLimit: 100 }
   */
  readonly apiThrottle?: apigwv2.ThrottleSettings;
  /**
   * Where alarms send notifications.
   * @default - alarms change state in CloudWatch only
   */
  readonly alarmTopic?: sns.ITopic;
}

/**
 * One JSON object per request. HTTP API `$context` variables (not REST API ones); the caller's
 * `sub` is a pseudonymous id; no query strings, no bodies.
 */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  method: '$context.httpMethod',
  path: '$context.path',
  protocol: '$context.protocol',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  // A Lambda authorizer's context key (functions/handlers/authorizer.ts sets `sub` for both kinds).
  sub: '$context.authorizer.sub',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
} as const;

/** The `custom:` prefix Cognito puts before a custom attribute's name in tokens. */
const customAttributeName = (claim: string): string => claim.replace(/^custom:/, '');

/**
 * Everything Ciklas runs on in one AWS account: the table, the user pool whose groups are the
 * roles, and the HTTP API whose routes come from `ROUTES`, all served by one Lambda function.
 */
export class CiklasStack extends Stack {
  readonly dataTable: DataTable;
  readonly uploadBucket: UploadBucket;
  readonly benchmarkSecret: BenchmarkSecret;
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;
  readonly apiFunction: ApiFunction;
  readonly linkedSheetsSync: LinkedSheetsSync;
  readonly apiAuthorizer: ApiAuthorizer;
  readonly httpApi: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;

  constructor(scope: Construct, id: string, props: CiklasStackProps = {}) {
    super(scope, id, props);

    this.dataTable = new DataTable(this, 'Data');
    this.uploadBucket = new UploadBucket(this, 'Uploads');
    this.benchmarkSecret = new BenchmarkSecret(this, 'BenchmarkSecret');

    // --- Identity: groups are roles, `custom:org` is the organisation ---------------------
    const threatProtection = props.threatProtection ?? true;
    const orgAttribute = customAttributeName(CLAIMS.org);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: {
        // Set once by an administrator; a user can never move to another organisation.
        // Lengths as ORG_ID_PATTERN (functions/domain/auth/actor.ts): 2–40 characters.
        [orgAttribute]: new cognito.StringAttribute({ minLen: 2, maxLen: 40, mutable: false }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: threatProtection ? cognito.FeaturePlan.PLUS : cognito.FeaturePlan.ESSENTIALS,
      ...(threatProtection
        ? { standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION }
        : {}),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (!threatProtection) {
      Validations.of(this.userPool).acknowledge({
        id: 'AwsSolutions-COG8',
        reason:
          'Threat protection needs the Plus plan, billed for every monthly active user with no ' +
          'free tier; this deployment chose Essentials. Sign-in is still admin-created accounts ' +
          'only, a 12-character password policy and required TOTP MFA.',
      });
    }

    for (const role of ROLES) {
      this.userPool.addGroup(`Group-${role}`, {
        groupName: role,
        description: `Ciklas role '${role}'; routes name the roles they admit (contracts/routes.ts)`,
      });
    }

    this.userPoolClient = this.userPool.addClient('ApiClient', {
      generateSecret: false,
      // SRP only: the password never leaves the client (CLI, add-on). No hosted UI, no OAuth.
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      // The ID token carries `custom:org` only if the client may read it.
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(orgAttribute),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    // --- The one function behind every route ----------------------------------------------
    this.apiFunction = new ApiFunction(this, 'ApiFunction', {
      entry: 'functions/handlers/api.ts',
      handler: 'handler',
      description: 'Ciklas API: every HTTP route',
      // A 100,000-response survey import reads a 16 MB export and packs it in memory (≈ 550 MB
      // peak measured) in about 9 s on one core: 1,769 MB is one full vCPU, and API Gateway
      // answers after 30 s at most.
      memorySize: 1769,
      timeout: Duration.seconds(29),
      ...(props.logLevel ? { logLevel: props.logLevel } : {}),
      environment: {
        TABLE_NAME: this.dataTable.tableName,
        UPLOAD_BUCKET: this.uploadBucket.bucketName,
        BENCHMARK_SECRET_ARN: this.benchmarkSecret.secretArn,
      },
    });
    this.dataTable.grantStoreAccess(this.apiFunction.function);
    this.uploadBucket.grantUploads(this.apiFunction.function);
    this.benchmarkSecret.grantRead(this.apiFunction.function);

    // --- The nightly Google Sheets sync (docs/linked-sheets.md) ----------------------------
    this.linkedSheetsSync = new LinkedSheetsSync(this, 'LinkedSheetsSync', {
      dataTable: this.dataTable,
      ...(props.logLevel ? { logLevel: props.logLevel } : {}),
    });

    // --- HTTP API: one route per ROUTES entry ---------------------------------------------
    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      description: 'Ciklas API',
      // The stage below replaces the default one so that logging and throttling stay typed L2.
      createDefaultStage: false,
    });

    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', {
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.apiThrottle ?? { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    // One authorizer for Cognito ID tokens and personal access tokens (docs/access-tokens.md).
    this.apiAuthorizer = new ApiAuthorizer(this, 'ApiAuthorizer', {
      table: this.dataTable.table,
      userPoolId: this.userPool.userPoolId,
      userPoolClientId: this.userPoolClient.userPoolClientId,
      ...(props.logLevel ? { logLevel: props.logLevel } : {}),
    });
    const noAuthorizer = new apigwv2.HttpNoneAuthorizer();
    const integration = new HttpLambdaIntegration('ApiIntegration', this.apiFunction.function);

    for (const route of Object.values(ROUTES)) {
      const isPublic = route.roles === 'public';
      const [httpRoute] = this.httpApi.addRoutes({
        path: route.path,
        methods: [apigwv2.HttpMethod[route.method]],
        integration,
        authorizer: isPublic ? noAuthorizer : this.apiAuthorizer.authorizer,
      });
      if (isPublic && httpRoute) {
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            `${route.method} ${route.path} ("${route.summary}") is public by contract ` +
            "(roles: 'public' in functions/contracts/routes.ts) and reads no organisation data; " +
            'every other route has the Lambda authorizer (Cognito ID tokens, personal access tokens).',
        });
      }
    }

    // --- Alarms ---------------------------------------------------------------------------
    const alarms = [
      new cloudwatch.Alarm(this, 'ApiFunctionErrors', {
        alarmDescription: 'The API function threw or timed out (any error in 5 minutes).',
        metric: this.apiFunction.function.metricErrors({
          period: Duration.minutes(5),
          statistic: cloudwatch.Stats.SUM,
        }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'Api5xx', {
        alarmDescription: 'The API answered 5xx (any in 5 minutes).',
        metric: this.httpApi.metricServerError({
          period: Duration.minutes(5),
          statistic: cloudwatch.Stats.SUM,
        }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    ];
    if (props.alarmTopic) {
      const action = new cloudwatchActions.SnsAction(props.alarmTopic);
      for (const alarm of alarms) {
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
      }
    }

    // --- Outputs --------------------------------------------------------------------------
    new CfnOutput(this, 'ApiUrl', { value: this.stage.url });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.dataTable.tableName });
    new CfnOutput(this, 'UploadBucketName', { value: this.uploadBucket.bucketName });
    new CfnOutput(this, 'BenchmarkSecretArn', { value: this.benchmarkSecret.secretArn });
    new CfnOutput(this, 'GoogleCredentialsSecretArn', {
      value: this.linkedSheetsSync.credentialsSecret.secretArn,
    });
  }
}
