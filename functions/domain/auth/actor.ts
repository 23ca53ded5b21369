export const ROLES = ['staff', 'unitHead', 'deputy', 'director', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);

/** Who is acting: always taken from a verified token, never from the request body. */
export interface Actor {
  userId: string;
  orgId: string;
  roles: Role[];
  email?: string;
  /** How the request was authenticated: a sign-in (Cognito JWT) or a personal access token. */
  authMethod?: 'jwt' | 'pat';
}

export const hasAnyRole = (actor: Actor, allowed: readonly Role[]): boolean =>
  actor.roles.some((r) => allowed.includes(r));

/** Organisation ids are slugs; they become key prefixes, so they never hold `#`. */
export const ORG_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;
