import type { AreaOperations } from '../adapters/http/http-handler';
import type { PLANNING_ROUTES } from '../contracts/planning-routes';

/** Unit plan items, progress, the annual activity plan and its approval: each route's operation. */
export const planningOperations: AreaOperations<typeof PLANNING_ROUTES> = {};
