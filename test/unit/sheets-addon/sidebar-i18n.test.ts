import { en, label, lt } from '../../../sheets-addon/src/sidebar/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the sidebar's label catalogue", () => {
  it('has every label in both languages, non-empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(lt).sort());
    for (const key of Object.keys(lt) as (keyof typeof lt)[]) {
      expect([key, lt[key].trim() !== '', en[key].trim() !== '']).toEqual([key, true, true]);
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(lt[key])]);
    }
  });

  it('says the resolve buttons as the issue names them', () => {
    expect([label('lt', 'conflict.keepMine'), label('lt', 'conflict.takeServer')]).toEqual([
      'Palikti mano',
      'Imti iš Ciklo',
    ]);
    expect([label('en', 'conflict.keepMine'), label('en', 'conflict.takeServer')]).toEqual([
      'Keep mine',
      "Take Ciklas's",
    ]);
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(label('lt', 'progress.count', { done: 40, total: 120 })).toBe('40 iš 120');
    expect(label('en', 'progress.count', { done: 40, total: 120 })).toBe('40 of 120');
    expect(label('en', 'row.number')).toBe('Row {row}');
  });
});
