import { Duration } from 'aws-cdk-lib';
import {
  HttpLambdaAuthorizer,
  HttpLambdaResponseType,
} from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { ACCESS_TOKEN_PARTITION_PREFIX } from '../../functions/adapters/dynamodb/keys';
import type { LogLevel } from '../../functions/shared/logger';
import { ApiFunction } from './api-function';

export interface ApiAuthorizerProps {
  /** The table holding the access-token lookups (`ACCESSTOKEN#<sha256>`). */
  readonly table: Pick<dynamodb.ITable, 'tableName' | 'tableArn'>;
  /** The user pool whose ID tokens are accepted. */
  readonly userPoolId: string;
  /** The app client those ID tokens name in `aud`. */
  readonly userPoolClientId: string;
  /**
   * How long API Gateway keeps an answer per `Authorization` header. A revoked personal token
   * keeps working at most this long; each cached answer saves a Lambda call and a GetItem.
   * @default Duration.minutes(5)
   */
  readonly resultsCacheTtl?: Duration;
  /**
   * The function's `LOG_LEVEL`.
   * @default 'info'
   */
  readonly logLevel?: LogLevel;
}

/**
 * The HTTP API's Lambda authorizer (functions/handlers/authorizer.ts): Cognito ID tokens and
 * personal access tokens. Simple responses, identity source the `Authorization` header, results
 * cached. Its role may do one thing on the table: `GetItem` on keys that start with
 * `ACCESSTOKEN#` (`dynamodb:LeadingKeys`), so it can read no organisation's data.
 */
export class ApiAuthorizer extends Construct {
  readonly function: ApiFunction;
  readonly authorizer: HttpLambdaAuthorizer;

  constructor(scope: Construct, id: string, props: ApiAuthorizerProps) {
    super(scope, id);
    this.function = new ApiFunction(this, 'Function', {
      entry: 'functions/handlers/authorizer.ts',
      handler: 'handler',
      description: 'Ciklas API authorizer: Cognito ID tokens and personal access tokens',
      // Verifying a signature and one GetItem: little memory, but enough CPU for a quick start.
      memorySize: 256,
      timeout: Duration.seconds(5),
      ...(props.logLevel ? { logLevel: props.logLevel } : {}),
      environment: {
        TABLE_NAME: props.table.tableName,
        USER_POOL_ID: props.userPoolId,
        USER_POOL_CLIENT_ID: props.userPoolClientId,
      },
    });
    this.function.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:GetItem'],
        resources: [props.table.tableArn],
        conditions: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': [`${ACCESS_TOKEN_PARTITION_PREFIX}*`],
          },
        },
      }),
    );
    this.authorizer = new HttpLambdaAuthorizer('CiklasAuthorizer', this.function.function, {
      authorizerName: 'ciklas-authorizer',
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      identitySource: ['$request.header.Authorization'],
      resultsCacheTtl: props.resultsCacheTtl ?? Duration.minutes(5),
    });
  }
}
