import { en as enCore } from './en';
import { lt as ltCore } from './lt';
import * as accessTokens from './access-tokens';
import * as benchmark from './benchmark';
import * as improvement from './improvement';
import * as linkedSheets from './linked-sheets';
import * as planning from './planning';
import * as proposals from './proposals';
import * as reports from './reports';
import * as reportWorkbook from './report-workbook';
import * as sheetRows from './sheet-rows';
import * as spreadsheets from './spreadsheets';
import * as supportPlans from './support-plans';
import * as surveys from './surveys';
import * as training from './training';
import * as uploads from './uploads';

/** The core catalogue and each area's (`<area>.ts` exports its own `lt` and `en`). */
const lt = {
  ...ltCore,
  ...spreadsheets.lt,
  ...planning.lt,
  ...proposals.lt,
  ...training.lt,
  ...improvement.lt,
  ...surveys.lt,
  ...supportPlans.lt,
  ...uploads.lt,
  ...reports.lt,
  ...reportWorkbook.lt,
  ...benchmark.lt,
  ...sheetRows.lt,
  ...accessTokens.lt,
  ...linkedSheets.lt,
};
const en: Record<keyof typeof lt, string> = {
  ...enCore,
  ...spreadsheets.en,
  ...planning.en,
  ...proposals.en,
  ...training.en,
  ...improvement.en,
  ...surveys.en,
  ...supportPlans.en,
  ...uploads.en,
  ...reports.en,
  ...reportWorkbook.en,
  ...benchmark.en,
  ...sheetRows.en,
  ...accessTokens.en,
  ...linkedSheets.en,
};

export const LOCALES = ['lt', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'lt';
export type MessageKey = keyof typeof lt;

export const catalogues: Record<Locale, Record<MessageKey, string>> = { lt, en };

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export const t = (
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string =>
  catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );

export const isMessageKey = (value: string): value is MessageKey => value in lt;

/**
 * Picks `lt` or `en` from an Accept-Language header (RFC 9110 §12.5.4: q-values, `*`),
 * defaulting to Lithuanian.
 */
export const negotiateLocale = (header: string | undefined): Locale => {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attrs] = part.trim().split(';');
      const q = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (primary === 'lt' || primary === 'en') return primary;
    if (tag === '*') return DEFAULT_LOCALE;
  }
  return DEFAULT_LOCALE;
};
