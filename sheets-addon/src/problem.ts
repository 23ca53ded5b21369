/** An API error answer as a message in the user's language (pure; see api.ts). */
import { t } from './i18n';
import type { Lang } from './sidebar-contract';

interface Problem {
  title?: string;
  detail?: string;
  errors?: { field?: string; message?: string }[];
  message?: string;
}

const parse = (text: string): Problem | null => {
  try {
    return JSON.parse(text) as Problem;
  } catch {
    return null;
  }
};

export const problemMessage = (status: number, text: string, lang: Lang, url: string): string => {
  if (status === 401) return t(lang, 'error.unauthorized');
  const body = parse(text);
  if (body && typeof body === 'object' && status < 500) {
    const parts: string[] = [];
    if (typeof body.detail === 'string') parts.push(body.detail);
    else if (typeof body.title === 'string') parts.push(body.title);
    for (const e of Array.isArray(body.errors) ? body.errors : []) {
      if (typeof e?.message === 'string' && !parts.some((p) => p.includes(e.message as string)))
        parts.push(e.field ? `${e.field}: ${e.message}` : e.message);
    }
    if (parts.length) return parts.join('\n');
  }
  if (status === 0) return t(lang, 'error.network', { url });
  return t(lang, 'error.server', { status });
};
