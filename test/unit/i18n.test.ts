import { catalogues, negotiateLocale, t } from '../../functions/i18n';

const { lt, en } = catalogues;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has every key in both languages with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(lt).sort());
    for (const key of Object.keys(lt) as (keyof typeof lt)[]) {
      expect(en[key].trim()).not.toBe('');
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(lt[key])]);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('lt', 'validation.dateInFuture', { today: '2026-11-24' })).toBe(
      'Data negali būti vėlesnė nei šiandien (2026-11-24).',
    );
    expect(t('en', 'validation.dateInFuture')).toContain('{today}');
  });
});

describe('choosing the language from Accept-Language', () => {
  it.each([
    [undefined, 'lt'],
    ['', 'lt'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['lt-LT,lt;q=0.9,en;q=0.8', 'lt'],
    ['de-DE,en;q=0.5', 'en'],
    ['en;q=0.2,lt;q=0.8', 'lt'],
    ['fr, *;q=0.1', 'lt'],
    ['en;q=0', 'lt'],
  ])('%p → %p', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
