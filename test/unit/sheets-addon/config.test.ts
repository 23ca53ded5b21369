import { SHEET_ROW_ENTITIES } from '../../../functions/contracts/sheet-rows';
import { ENTITIES } from '../../../sheets-addon/src/config';
import { t } from '../../../sheets-addon/src/i18n';

describe('the add-on’s entities', () => {
  it('are the sheet rows API’s, in its order', () => {
    expect([...ENTITIES]).toEqual([...SHEET_ROW_ENTITIES]);
  });

  it('each have a name in lt and en', () => {
    for (const entity of ENTITIES)
      for (const lang of ['lt', 'en'] as const) {
        const name = t(lang, `entity.${entity}`);
        expect(name).not.toBe(`entity.${entity}`);
        expect(name.length).toBeGreaterThan(3);
      }
  });
});
