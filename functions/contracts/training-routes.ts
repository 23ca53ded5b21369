import { type RouteSpec } from './route-spec';

/** Competence needs and the training plan: the routes. */
export const TRAINING_ROUTES = {} as const satisfies Record<string, RouteSpec>;
