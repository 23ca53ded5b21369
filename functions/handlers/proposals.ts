import type { AreaOperations } from '../adapters/http/http-handler';
import type { PROPOSAL_ROUTES } from '../contracts/proposals-routes';

/** Proposals, suggestions and complaints: each route's operation. */
export const proposalsOperations: AreaOperations<typeof PROPOSAL_ROUTES> = {};
