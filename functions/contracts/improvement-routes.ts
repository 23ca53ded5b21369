import { type RouteSpec } from './route-spec';

/** Strategy goals, indicators, improvement actions, projects register: the routes. */
export const IMPROVEMENT_ROUTES = {} as const satisfies Record<string, RouteSpec>;
