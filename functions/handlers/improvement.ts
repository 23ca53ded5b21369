import type { AreaOperations } from '../adapters/http/http-handler';
import type { IMPROVEMENT_ROUTES } from '../contracts/improvement-routes';

/** Strategy goals, indicators, improvement actions, projects register: each route's operation. */
export const improvementOperations: AreaOperations<typeof IMPROVEMENT_ROUTES> = {};
