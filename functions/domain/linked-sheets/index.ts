/** Google Sheets linked to surveys: links, their status, the nightly sync and its results block. */
export * from './decision';
export * from './link';
export * from './link-service';
export * from './ports';
export * from './results-block';
export * from './status';
export * from './sync-service';
