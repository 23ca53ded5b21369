import { ActionSheetRow } from '../../../../functions/contracts/improvement-actions';
import { ProjectSheetRow } from '../../../../functions/contracts/improvement-projects';
import { checkAction, type Action } from '../../../../functions/domain/improvement/actions/action';
import { measureEffect } from '../../../../functions/domain/improvement/actions/action-service';
import {
  ACTIONS_SHEET,
  actionInputOf,
  actionSheetValues,
  type ActionSheetInput,
  type ActionSheetItem,
} from '../../../../functions/domain/improvement/actions/actions-sheet';
import type { Indicator } from '../../../../functions/domain/improvement/indicators/indicator';
import {
  checkProject,
  joinPartners,
  splitPartners,
  type Project,
} from '../../../../functions/domain/improvement/projects/project';
import {
  PROJECTS_SHEET,
  projectInputOf,
  projectSheetValues,
} from '../../../../functions/domain/improvement/projects/projects-sheet';
import { onColumns } from '../../../../functions/domain/improvement/sheet-issues';
import { StateError, ValidationError } from '../../../../functions/domain/errors';
import type { Stored } from '../../../../functions/domain/ports';
import type { SheetDef } from '../../../../functions/domain/spreadsheets/sheet';
import { LOCALES, t } from '../../../../functions/i18n';

const meta = {
  version: 3,
  createdAt: '2026-01-10T08:00:00.000Z',
  createdBy: 'director@org-a',
  updatedAt: '2026-02-01T08:00:00.000Z',
  updatedBy: 'director@org-a',
};

const anAction = (overrides: Partial<Action> = {}): Action => ({
  id: 'a1',
  cycle: 2025,
  finding: { kind: 'survey', reference: 'Q7', text: 'Tėvai mažai žino apie užsiėmimus' },
  title: 'Informuoti tėvus apie užsiėmimus',
  description: 'Lankstinukai ir susirinkimas',
  ownerUserId: 'ona@org-a',
  ownerName: 'Ona Onaitė',
  unitId: 'dienos-centras',
  dueOn: '2026-03-31',
  status: 'open',
  doneOn: null,
  cancelReason: '',
  progress: '',
  goalId: null,
  indicatorId: null,
  ...overrides,
});

const aRow = (overrides: Partial<ActionSheetInput> = {}): ActionSheetInput => ({
  findingKind: 'complaint',
  findingReference: 'S-11',
  findingText: 'Vėluojama atsakyti į skundus',
  title: 'Atsakyti per 10 darbo dienų',
  description: '',
  ownerUserId: 'jonas@org-a',
  unitId: null,
  dueOn: '2026-03-31',
  status: 'open',
  doneOn: null,
  cancelReason: '',
  progress: '',
  goalId: null,
  indicatorId: 'r1',
  ...overrides,
});

const aProject = (overrides: Partial<Project> = {}): Stored<Project> => ({
  id: 'p1',
  cycle: 2025,
  kind: 'partnership',
  title: 'Savanorystė su Utenos kolegija',
  description: 'Studentai savanoriauja',
  partners: ['Utenos kolegija', 'VšĮ „Saulė“, Utena'],
  fundedBy: null,
  from: '2025-02-01',
  to: null,
  status: 'ongoing',
  result: '',
  unitId: 'dienos-centras',
  goalId: null,
  ...meta,
  ...overrides,
});

const editableKeys = (sheet: SheetDef) =>
  sheet.columns
    .filter((c) => c.kind !== 'id' && c.kind !== 'version' && !c.readOnly)
    .map((c) => c.key);

describe('the actions sheet', () => {
  it('gives the API’s nested input from a flat row, leaving the owner’s name to the rules', () => {
    expect(actionInputOf(aRow())).toEqual({
      finding: { kind: 'complaint', reference: 'S-11', text: 'Vėluojama atsakyti į skundus' },
      title: 'Atsakyti per 10 darbo dienų',
      description: '',
      ownerUserId: 'jonas@org-a',
      ownerName: null,
      unitId: null,
      dueOn: '2026-03-31',
      status: 'open',
      doneOn: null,
      cancelReason: '',
      progress: '',
      goalId: null,
      indicatorId: 'r1',
    });
  });

  it('shows an action flat, with whether it is overdue and its indicator’s two years', () => {
    const indicator: Stored<Indicator> = {
      id: 'r1',
      code: 'R1',
      name: { lt: 'Skundų skaičius', en: null },
      unit: 'count',
      direction: 'down',
      target: null,
      goalId: null,
      values: {
        '2025': { value: 12, note: '', recordedBy: 'x', recordedOn: '2026-01-05' },
        '2026': { value: 7, note: '', recordedBy: 'x', recordedOn: '2026-02-05' },
      },
      ...meta,
    };
    const item: Stored<ActionSheetItem> = {
      ...anAction({ indicatorId: 'r1' }),
      ...meta,
      overdue: true,
      effect: measureEffect(2025, indicator),
    };
    expect(actionSheetValues(item)).toEqual({
      findingKind: 'survey',
      findingReference: 'Q7',
      findingText: 'Tėvai mažai žino apie užsiėmimus',
      title: 'Informuoti tėvus apie užsiėmimus',
      description: 'Lankstinukai ir susirinkimas',
      ownerUserId: 'ona@org-a',
      ownerName: 'Ona Onaitė',
      unitId: 'dienos-centras',
      dueOn: '2026-03-31',
      overdue: 'yes',
      status: 'open',
      doneOn: null,
      cancelReason: '',
      progress: '',
      goalId: null,
      indicatorId: 'r1',
      indicatorBaseline: 12,
      indicatorEffect: 7,
      effectAssessment: 'better',
    });
    const plain = actionSheetValues({ ...anAction(), ...meta, overdue: false, effect: null });
    expect(plain).toMatchObject({
      overdue: 'no',
      indicatorBaseline: null,
      indicatorEffect: null,
      effectAssessment: null,
    });
  });

  it('reads back exactly the columns it shows, each an editable one, and places every rule on one', () => {
    const {
      id: _id,
      version: _v,
      ...values
    } = {
      id: 'a1',
      version: 1,
      ...actionSheetValues({ ...anAction(), ...meta, overdue: false, effect: null }),
    };
    const shown = ACTIONS_SHEET.columns.filter((c) => c.kind !== 'id' && c.kind !== 'version');
    expect(Object.keys(values).sort()).toEqual(shown.map((c) => c.key).sort());
    expect(Object.keys(aRow()).sort()).toEqual(editableKeys(ACTIONS_SHEET).sort());
    const issues = checkAction(
      2025,
      actionInputOf(aRow({ dueOn: '2024-01-01', status: 'cancelled', doneOn: '2026-01-01' })),
      '2026-02-15',
    );
    const keys = ACTIONS_SHEET.columns.map((c) => c.key);
    for (const issue of issues) expect(keys).toContain(issue.path[0]);
    for (const path of ['unitId', 'ownerUserId', 'goalId', 'indicatorId'])
      expect(keys).toContain(path);
  });
});

describe('the projects sheet', () => {
  it('lists partners in one cell by `;`, so names with commas stay whole', () => {
    expect(joinPartners(['Utenos kolegija', 'VšĮ „Saulė“, Utena'])).toBe(
      'Utenos kolegija; VšĮ „Saulė“, Utena',
    );
    expect(splitPartners(' Utenos kolegija;VšĮ „Saulė“, Utena ;; \nUtenos seniūnija\n')).toEqual([
      'Utenos kolegija',
      'VšĮ „Saulė“, Utena',
      'Utenos seniūnija',
    ]);
    expect(splitPartners('')).toEqual([]);
  });

  it('keeps the description it does not show and splits the partners', () => {
    const current = aProject();
    const row = {
      ...projectSheetValues(current),
      partners: 'Utenos kolegija; Utenos seniūnija',
    } as Parameters<typeof projectInputOf>[0];
    expect(projectInputOf(row, current)).toMatchObject({
      description: 'Studentai savanoriauja',
      partners: ['Utenos kolegija', 'Utenos seniūnija'],
      kind: 'partnership',
    });
    expect(projectInputOf(row, null).description).toBe('');
    expect(Object.keys(projectSheetValues(current)).sort()).toEqual(
      editableKeys(PROJECTS_SHEET).sort(),
    );
  });

  it('places every rule of an entry on one of its columns', () => {
    const keys = PROJECTS_SHEET.columns.map((c) => c.key);
    const issues = checkProject(2026, aProject({ from: '2027-05-01', to: '2027-04-01' }));
    expect(issues).toHaveLength(2);
    for (const issue of issues) expect(keys).toContain(issue.path[0]);
  });
});

describe('the sheets’ headers', () => {
  it.each([ACTIONS_SHEET, PROJECTS_SHEET])(
    'tell the columns of $id apart in every language',
    (sheet) => {
      const headers = sheet.columns.flatMap((c) =>
        LOCALES.map((l) => ({ key: c.key, text: t(l, c.header).toLocaleLowerCase('lt') })),
      );
      for (const { key, text } of headers) {
        expect(headers.filter((h) => h.text === text && h.key !== key)).toEqual([]);
      }
    },
  );
});

describe('sheet row contracts', () => {
  it('take a row’s flat action fields with the request’s defaults and rules', () => {
    const parsed = ActionSheetRow.safeParse({
      findingKind: 'survey',
      findingText: 'Tėvai mažai žino',
      title: 'Informuoti tėvus',
      ownerUserId: 'ona@org-a',
      dueOn: '2026-03-31',
    });
    expect(parsed.success && parsed.data).toMatchObject({
      findingReference: '',
      status: 'open',
      unitId: null,
      cancelReason: '',
    });
    const bad = ActionSheetRow.safeParse({
      findingKind: 'survey',
      findingText: 'x',
      ownerName: 'A',
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(['findingText', 'title', 'ownerUserId', 'dueOn']),
    );
  });

  it('give partners back as the sheet shows them and name a bad one by its column', () => {
    const row = { kind: 'project', title: 'Erasmus+ mainai', from: '2026-01-01' };
    const parsed = ProjectSheetRow.parse({
      ...row,
      partners: 'Utenos kolegija;VšĮ „Saulė“, Utena',
    });
    expect(parsed.partners).toBe('Utenos kolegija; VšĮ „Saulė“, Utena');
    expect(ProjectSheetRow.parse(row).partners).toBe('');
    const bad = ProjectSheetRow.safeParse({ ...row, partners: 'Utenos kolegija; X' });
    expect(bad.error!.issues[0]!.path).toEqual(['partners', 1]);
    expect(ProjectSheetRow.safeParse({ ...row, description: 'x' }).success).toBe(false);
  });
});

describe('onColumns', () => {
  it('names a nested field’s issue by its flat column', async () => {
    const failing = Promise.reject(
      new ValidationError([
        { path: ['finding', 'text'], key: 'sheet.required' },
        { path: ['dueOn'], key: 'sheet.notADate' },
      ]),
    );
    const error = await onColumns(failing, { 'finding.text': 'findingText' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual([
      ['findingText'],
      ['dueOn'],
    ]);
  });

  it('passes other errors and results through', async () => {
    const state = new StateError('planning.cancelled');
    await expect(onColumns(Promise.reject(state), {})).rejects.toBe(state);
    await expect(onColumns(Promise.resolve(5), {})).resolves.toBe(5);
  });
});
