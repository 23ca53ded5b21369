import { type RouteSpec } from './route-spec';

/** Unit plan items, progress, the annual activity plan and its approval: the routes. */
export const PLANNING_ROUTES = {} as const satisfies Record<string, RouteSpec>;
