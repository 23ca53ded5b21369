import { type RouteSpec } from './route-spec';

/** Proposals, suggestions and complaints: the routes. */
export const PROPOSAL_ROUTES = {} as const satisfies Record<string, RouteSpec>;
