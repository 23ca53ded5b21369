import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import * as path from 'node:path';
import { CHART_ASSET_DIR, CHART_ASSETS } from '../../functions/adapters/charts/assets';
import type { LogLevel } from '../../functions/shared/logger';

/** The repository root: the lock file, tsconfig and `functions/` live here. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface ApiFunctionProps {
  /** The handler module, absolute or relative to the repository root: `functions/handlers/api.ts`. */
  readonly entry: string;
  /**
   * The exported handler in `entry`.
   * @default 'handler'
   */
  readonly handler?: string;
  /**
   * What the function is for (shown in the Lambda console).
   * @default - no description
   */
  readonly description?: string;
  /**
   * Memory in MB; CPU grows with it, so 512 MB keeps zod parsing and cold starts quick.
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * API Gateway gives up after 30 s; a request that needs more belongs in a background job.
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;
  /**
   * The `LOG_LEVEL` the function's logger starts with.
   * @default 'info'
   */
  readonly logLevel?: LogLevel;
  /**
   * How long the function's log group keeps its lines (audit-minded sector: a year).
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;
  /**
   * More environment variables (`TABLE_NAME` and friends).
   * @default - only LOG_LEVEL and NODE_OPTIONS
   */
  readonly environment?: Record<string, string>;
}

/**
 * A Node.js Lambda function the Ciklas way: bundled by the local esbuild (never Docker), ARM64,
 * X-Ray active, its own log group with a retention, and a role that starts with nothing but
 * writing to that log group (no `AWSLambdaBasicExecutionRole`, whose `logs:*` reach every group).
 */
export class ApiFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      ...(props.description ? { description: props.description } : {}),
    });
    // The log group exists before the function, so Lambda never needs logs:CreateLogGroup.
    this.logGroup.grantWrite(this.role);

    this.function = new nodejs.NodejsFunction(this, 'Function', {
      entry: path.resolve(REPO_ROOT, props.entry),
      handler: props.handler ?? 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      ...(props.description ? { description: props.description } : {}),
      // The code targets Node 20 syntax (engines >=20) and runs unchanged on Lambda's Node 22.
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        ...props.environment,
        LOG_LEVEL: props.logLevel ?? 'info',
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        forceDockerBundling: false,
        target: 'node22',
        minify: true,
        sourceMap: true,
        // Stack traces need file names and lines, not our source text inside the asset.
        sourcesContent: false,
        // Bundle the SDK instead of using the runtime's copy: the function then runs the
        // exact @aws-sdk versions the tests ran (package-lock.json), not whatever the runtime
        // ships that month, and esbuild keeps only the DynamoDB client's code.
        bundleAwsSDK: true,
        externalModules: [],
        // Everything else is inlined too: vega and vega-lite are plain CommonJS, and charts draw
        // with resvg's WebAssembly build. Only what esbuild cannot inline travels beside index.js.
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir, outputDir) => copyChartAssets(outputDir),
        },
      },
    });

    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to nodejs22.x on purpose: the code is developed and tested on Node 20 (engines ' +
        '>=20), and 22 is the nearest Lambda runtime; nodejs24.x is two majors from what the ' +
        'tests run on. Revisit when local development and CI move to Node 24.',
    });
    const defaultPolicy = this.role.node.tryFindChild('DefaultPolicy');
    if (defaultPolicy) {
      Validations.of(defaultPolicy).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Only the X-Ray statement that Tracing.ACTIVE adds uses Resource "*": ' +
          'xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions. ' +
          'Every other statement of this role names its resource (test/infra checks this).',
      });
    }
  }
}

/**
 * Shell commands that copy the chart renderer's run-time files (resvg's `index_bg.wasm`, the two
 * DejaVu fonts) from this repository's node_modules into `<bundle>/assets/`, where
 * functions/adapters/charts/assets.ts looks first. Plain `mkdir -p` and `cp` (bash on Linux and
 * macOS; local bundling only, no Docker, no network), and the files are the same on every
 * architecture, so a Mac or x64 host builds what the ARM64 Lambda runs.
 */
export const copyChartAssets = (outputDir: string): string[] => {
  const target = path.join(outputDir, CHART_ASSET_DIR);
  return [
    `mkdir -p ${shellQuote(target)}`,
    ...Object.values(CHART_ASSETS).map(
      ({ file, module }) =>
        `cp ${shellQuote(require.resolve(module, { paths: [REPO_ROOT] }))} ${shellQuote(path.join(target, file))}`,
    ),
  ];
};

/** Single quotes keep spaces and `$` in a path literal for bash. */
const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;
