import type { AreaOperations } from '../adapters/http/http-handler';
import type { TRAINING_ROUTES } from '../contracts/training-routes';

/** Competence needs and the training plan: each route's operation. */
export const trainingOperations: AreaOperations<typeof TRAINING_ROUTES> = {};
