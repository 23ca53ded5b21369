/** Build-time settings (esbuild `define`) and the entities the add-on offers. */
declare const CIKLAS_API_URLS: string;

/** API base URLs this build may call (the manifest's urlFetchWhitelist says the same to Google). */
export const allowedApiUrls = (): string[] => {
  try {
    const urls = JSON.parse(CIKLAS_API_URLS) as unknown;
    return Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string') : [];
  } catch {
    return [];
  }
};

/**
 * The sheet rows API's entities (docs/sheet-rows.md): the planning workbook's, in its order, then
 * support-plan goals. The API's own list (`SHEET_ROW_ENTITIES`) is not imported, as it would bring
 * zod into the bundle; a unit test keeps the two equal.
 */
export const ENTITIES = [
  'plan-items',
  'proposals',
  'needs',
  'training',
  'actions',
  'projects',
  'support-goals',
] as const;

/** The API's limit of rows per PUT. */
export const MAX_ROWS_PER_PUSH = 500;

/** Apps Script keeps at most 9 KB per property value; stay below it. */
export const MAX_PROPERTY_CHARS = 8_500;
