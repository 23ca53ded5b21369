import { en, langFromLocale, lt, t } from '../../../sheets-addon/src/i18n';
import { problemMessage } from '../../../sheets-addon/src/problem';

describe('the add-on’s words', () => {
  it('has every message in Lithuanian and English with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(lt).sort());
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(lt) as (keyof typeof lt)[]) {
      expect([key, names(en[key])]).toEqual([key, names(lt[key])]);
      expect(en[key]).not.toBe('');
    }
  });

  it('speaks Lithuanian to lt locales and English to the rest', () => {
    expect(langFromLocale('lt')).toBe('lt');
    expect(langFromLocale('lt_LT')).toBe('lt');
    expect(langFromLocale('en_GB')).toBe('en');
    expect(langFromLocale('')).toBe('en');
    expect(t('lt', 'connect.ok', { user: 'ona@demo', organisation: 'demo' })).toBe(
      'Prisijungta: ona@demo (demo).',
    );
  });

  it('shows the API’s problem detail and field messages, its own words for 401, 5xx and non-JSON', () => {
    const body = JSON.stringify({
      title: 'Bad Request',
      detail: 'Netinkama užklausa.',
      errors: [{ field: 'rows.0.values.dueOn', message: 'Ne data' }],
    });
    expect(problemMessage(400, body, 'lt', 'https://api')).toBe(
      'Netinkama užklausa.\nrows.0.values.dueOn: Ne data',
    );
    expect(problemMessage(401, '{"message":"Unauthorized"}', 'en', 'https://api')).toBe(
      en['error.unauthorized'],
    );
    expect(problemMessage(500, '{"requestId":"x"}', 'lt', 'https://api')).toBe(
      t('lt', 'error.server', { status: 500 }),
    );
    expect(problemMessage(502, '<html>', 'en', 'https://api')).toBe(
      'Ciklas answered with an error (502). Try again later.',
    );
  });
});
