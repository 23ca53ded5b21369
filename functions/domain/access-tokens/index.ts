export * from './access-token';
export * from './access-token-service';
export type { AccessTokenRepository } from './repository';
export * from './token';
