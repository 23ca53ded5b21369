import { CreateNeedRequest, CreateTrainingRequest } from '../../../../functions/contracts/training';
import { ForbiddenError, ValidationError } from '../../../../functions/domain/errors';
import type { Deps, Stored } from '../../../../functions/domain/ports';
import { issueAt } from '../../../../functions/domain/spreadsheets/rows';
import type { SheetDef } from '../../../../functions/domain/spreadsheets/sheet';
import { NEEDS_SHEET, needsSheet } from '../../../../functions/domain/training/needs-sheet';
import {
  checkTrainingInput,
  type Training,
  type TrainingInput,
} from '../../../../functions/domain/training/training';
import {
  completionFigures,
  TRAINING_SHEET,
  trainingSheet,
} from '../../../../functions/domain/training/training-sheet';
import { catalogues, LOCALES } from '../../../../functions/i18n';
import { aContext } from '../../../fixtures/builders';
import { aCompletion, aNeed, aTraining } from './builders';

/** Rules that refuse before any read need no store. */
const noStore = {} as Deps;

const stored = <T extends object>(item: T): Stored<T> => ({
  ...item,
  version: 3,
  createdAt: '2026-02-01T10:00:00Z',
  createdBy: 'vida@org-a',
  updatedAt: '2026-02-01T10:00:00Z',
  updatedBy: 'vida@org-a',
});

const editable = (sheet: SheetDef) =>
  sheet.columns.filter((c) => c.kind !== 'id' && c.kind !== 'version' && !c.readOnly);

describe('the training sheets', () => {
  it.each([
    ['needs', NEEDS_SHEET, CreateNeedRequest.shape],
    ['training plan', TRAINING_SHEET, CreateTrainingRequest.shape],
  ])(
    'gives the %s sheet a column for each field of its request contract and no other, headed in both languages',
    (_, sheet, shape) => {
      expect(
        editable(sheet)
          .map((c) => c.key)
          .sort(),
      ).toEqual(Object.keys(shape).sort());
      for (const locale of LOCALES) {
        const headers = sheet.columns.map((c) => catalogues[locale][c.header]);
        expect(new Set(headers).size).toBe(headers.length);
        // Excel's limit for a sheet's name.
        expect(catalogues[locale][sheet.title].length).toBeLessThanOrEqual(31);
      }
    },
  );

  it('shows a training item’s done hours, exact to 0.1 h, and its completions for reference', () => {
    const item = aTraining({
      participants: ['ona@org-a', 'petras@org-a', 'jonas@org-a'],
      completions: [
        aCompletion({ userId: 'ona@org-a', hours: 0.1 }),
        aCompletion({ userId: 'petras@org-a', hours: 0.2 }),
      ],
    });
    expect(completionFigures(item)).toEqual({ doneHours: 0.3, completionCount: 2 });
    expect(trainingSheet.toValues(stored(item))).toMatchObject({
      participants: ['ona@org-a', 'petras@org-a', 'jonas@org-a'],
      doneHours: 0.3,
      completionCount: 2,
    });
    expect(completionFigures(aTraining())).toEqual({ doneHours: 0, completionCount: 0 });
    expect(needsSheet.toValues(stored(aNeed()))).toMatchObject({
      employee: 'ona@org-a',
      employeeName: 'Ona Onaitė',
      unitId: 'dienos-centras',
    });
  });

  it('names a column of the training sheet for every rule a row can break', () => {
    const { id: _id, completions: _c, ...rest } = aTraining();
    const input: TrainingInput = {
      ...rest,
      plannedHours: 1,
      from: '2025-12-31',
      to: '2028-01-01',
      participants: ['ona@org-a', 'ona@org-a', 'nera@org-a'],
      needIds: ['n1', 'n1', 'nera'],
    };
    const current: Training = aTraining({
      participants: ['jonas@org-a'],
      completions: [aCompletion({ userId: 'jonas@org-a', hours: 16 })],
    });
    const issues = checkTrainingInput(2026, input, {
      members: new Map([['ona@org-a', { active: true }]]),
      needIds: new Set(['n1']),
      current,
    });
    expect(new Set(issues.map((i) => i.path[0]))).toEqual(
      new Set(['from', 'to', 'participants', 'plannedHours', 'needIds']),
    );
    const cells = issues.map((i) => issueAt(TRAINING_SHEET, 'Planas', 7, i).cell);
    expect(new Set(cells)).toEqual(
      new Set(['Planas!I7', 'Planas!J7', 'Planas!H7', 'Planas!G7', 'Planas!L7']),
    );
  });

  it('puts a refusal of someone else’s need to a member of staff on the employee cell', async () => {
    const staff = aContext({ roles: ['staff'], userId: 'ona@org-a' });
    const input = { area: 'legal', topic: 'BDAR', reason: '', source: 'staffRequest' } as const;
    const added = needsSheet.prepareCreate(
      staff,
      2026,
      { ...input, employee: 'petras@org-a' },
      noStore,
    );
    await expect(added).rejects.toBeInstanceOf(ValidationError);
    await expect(added).rejects.toMatchObject({
      issues: [{ path: ['employee'], key: 'training.ownNeedsOnly' }],
    });
    const petras = stored(aNeed({ employee: 'petras@org-a', employeeName: 'Petras Petraitis' }));
    await expect(
      needsSheet.prepareUpdate(staff, 2026, petras, input, 3, noStore),
    ).rejects.toMatchObject({ issues: [{ path: ['employee'], key: 'training.ownNeedsOnly' }] });
  });

  it('refuses the training plan to anyone but the deputy and the director, saying so', async () => {
    const head = aContext({ roles: ['unitHead'], userId: 'rasa@org-a' });
    const { id: _id, completions: _c, ...input } = aTraining();
    const create = trainingSheet.prepareCreate(head, 2026, input, noStore);
    await expect(create).rejects.toBeInstanceOf(ForbiddenError);
    await expect(create).rejects.toMatchObject({ key: 'training.plannersOnly' });
    await expect(
      trainingSheet.prepareUpdate(head, 2026, stored(aTraining()), input, 3, noStore),
    ).rejects.toMatchObject({ key: 'training.plannersOnly' });
  });
});
