/** The add-on's exports (src/main.ts) that the build turns into top-level Apps Script functions. */
export const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'menuConnect',
  'menuInsertSheet',
  'menuPull',
  'menuPush',
  'menuImportSurvey',
  'showSidebar',
  'sidebarState',
  'sidebarPull',
  'sidebarPush',
  'sidebarResolve',
  'sidebarProgress',
  'sidebarSetLanguage',
] as const;

/** The global the bundle's IIFE assigns its exports to. */
export const BUNDLE_GLOBAL = 'Ciklas';
