import { loadConfig } from '../shared/config';
import { createApi } from '../shared/composition';

/** The Lambda behind every API route. */
export const handler = createApi(loadConfig());
