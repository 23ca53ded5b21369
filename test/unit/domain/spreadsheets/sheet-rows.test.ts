import { SHEET_ROW_ENTITIES } from '../../../../functions/contracts/sheet-rows';
import { PLANNING_WORKBOOK_SHEETS } from '../../../../functions/handlers/planning-workbook';
import { SHEET_DELETES, SHEET_IDS, sheetFor } from '../../../../functions/handlers/sheet-rows';
import { deletePlanItem } from '../../../../functions/domain/planning/plan-items';
import { deleteNeed } from '../../../../functions/domain/training/needs-service';
import { deleteTraining } from '../../../../functions/domain/training/training-service';

describe('the sheet rows API’s entities', () => {
  it('are the planning workbook’s sheets, each once, in its order, then support-plan goals', () => {
    expect(SHEET_ROW_ENTITIES.map((e) => SHEET_IDS[e])).toEqual([
      ...PLANNING_WORKBOOK_SHEETS.map((s) => s.entity.sheet.id),
      'supportGoals',
    ]);
    expect(SHEET_ROW_ENTITIES.map((e) => sheetFor(e, 'lt').entity.sheet.id)).toEqual(
      SHEET_ROW_ENTITIES.map((e) => SHEET_IDS[e]),
    );
  });

  it('delete through the area’s own delete where it has one', () => {
    expect(SHEET_DELETES).toEqual({
      'plan-items': deletePlanItem,
      proposals: null,
      needs: deleteNeed,
      training: deleteTraining,
      actions: null,
      projects: null,
      'support-goals': null,
    });
  });

  it('check a row with the sheet’s own request contract, in the user’s language', () => {
    const lt = sheetFor('plan-items', 'lt').validate({ unitId: 'dienos-centras', goal: 'ab' });
    const en = sheetFor('plan-items', 'en').validate({ unitId: 'dienos-centras', goal: 'ab' });
    expect(lt.ok).toBe(false);
    expect(en.ok).toBe(false);
    if (lt.ok || en.ok) return;
    expect(lt.issues.map((i) => i.path[0])).toEqual(en.issues.map((i) => i.path[0]));
    expect(lt.issues[0]?.message).not.toBe(en.issues[0]?.message);
  });
});
