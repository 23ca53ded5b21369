import type {
  APIGatewayRequestAuthorizerEventV2,
  APIGatewaySimpleAuthorizerWithContextResult,
} from 'aws-lambda';
import { DynamoAccessTokenRepository } from '../adapters/dynamodb/access-token-repository';
import { createDocumentClient } from '../adapters/dynamodb/client';
import {
  bearerToken,
  cognitoJwtVerifier,
  createAuthenticator,
  type Authenticate,
} from '../adapters/http/authenticate';
import type { ContextValue } from '../adapters/http/claims';
import { UnauthenticatedError } from '../domain/errors';
import type { Clock } from '../domain/ports';
import { loadConfig, type Config } from '../shared/config';
import { createLogger, type Logger } from '../shared/logger';

export type AuthorizerResult = APIGatewaySimpleAuthorizerWithContextResult<
  Record<string, ContextValue>
>;

/**
 * The HTTP API's Lambda authorizer (payload 2.0, simple responses): Cognito ID tokens and
 * personal access tokens alike. Its context reaches the API as `requestContext.authorizer.lambda`.
 * A refusal is `isAuthorized: false` (API Gateway answers 401); a failure to decide (DynamoDB
 * unreachable) throws, which API Gateway answers with 500 instead of caching a wrong refusal.
 */
export const createAuthorizerHandler =
  (authenticate: Authenticate, logger: Logger) =>
  async (event: APIGatewayRequestAuthorizerEventV2): Promise<AuthorizerResult> => {
    const requestId = event.requestContext.requestId;
    const token = bearerToken(event.headers?.authorization ?? event.identitySource?.[0]);
    if (!token) return { isAuthorized: false, context: {} };
    try {
      return { isAuthorized: true, context: await authenticate(token) };
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) {
        logger.error('authorizer failed', { error, requestId });
        throw error;
      }
      logger.info('refused', { reason: error.message, requestId });
      return { isAuthorized: false, context: {} };
    }
  };

/**
 * The authenticator from the environment: Cognito ID tokens of `USER_POOL_ID` for
 * `USER_POOL_CLIENT_ID`, personal access tokens by their lookup in `TABLE_NAME`. Wired here and
 * not in the composition root, so the authorizer's bundle holds no API code (a quick cold start).
 */
export const authenticatorFromConfig = (
  config: Config,
  clock: Clock = { now: () => new Date() },
): Authenticate => {
  if (!config.userPoolId || !config.userPoolClientId)
    throw new Error('USER_POOL_ID and USER_POOL_CLIENT_ID must be set for the authorizer');
  const doc = createDocumentClient({
    region: config.region,
    ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
  });
  return createAuthenticator({
    verifyJwt: cognitoJwtVerifier({
      region: config.region,
      userPoolId: config.userPoolId,
      clientId: config.userPoolClientId,
      ...(config.jwksUrl ? { jwksUrl: config.jwksUrl } : {}),
    }),
    accessTokens: new DynamoAccessTokenRepository(doc, config.tableName, clock),
    clock,
  });
};

let built: ReturnType<typeof createAuthorizerHandler> | undefined;

/** The Lambda entry, wired on the first call (the environment is read once per cold start). */
export const handler = (event: APIGatewayRequestAuthorizerEventV2): Promise<AuthorizerResult> => {
  if (!built) {
    const config = loadConfig();
    built = createAuthorizerHandler(authenticatorFromConfig(config), createLogger(config.logLevel));
  }
  return built(event);
};
