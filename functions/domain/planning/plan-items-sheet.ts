import type { MessageKey } from '../../i18n';
import type { WorkbookEntity } from '../spreadsheets/workbook-entity';
import type { SheetDef } from '../spreadsheets/sheet';
import { PLAN_ITEM_STATUSES, PLAN_PERIODS, type PlanItem } from './plan-item';
import { listPlanItems, prepareCreate, prepareUpdate, type PlanItemInput } from './plan-items';

export const PLAN_ITEMS_SHEET: SheetDef = {
  id: 'planItems',
  title: 'planning.sheet.planItems',
  columns: [
    { key: 'id', header: 'sheet.col.id', kind: 'id', width: 22 },
    { key: 'version', header: 'sheet.col.version', kind: 'version', width: 10 },
    { key: 'unitId', header: 'planning.col.unit', kind: 'unit', required: true, width: 24 },
    {
      key: 'period',
      header: 'planning.col.period',
      kind: 'enum',
      values: PLAN_PERIODS,
      labelKey: (c) => `planning.period.${c}` as MessageKey,
      required: true,
      width: 14,
    },
    {
      key: 'goal',
      header: 'planning.col.goal',
      kind: 'text',
      required: true,
      maxLength: 1000,
      width: 40,
    },
    {
      key: 'activity',
      header: 'planning.col.activity',
      kind: 'text',
      required: true,
      maxLength: 2000,
      width: 40,
    },
    {
      key: 'responsible',
      header: 'planning.col.responsible',
      kind: 'text',
      required: true,
      maxLength: 200,
      width: 22,
    },
    { key: 'startOn', header: 'planning.col.startOn', kind: 'date', width: 12 },
    { key: 'dueOn', header: 'planning.col.dueOn', kind: 'date', width: 12 },
    {
      key: 'indicator',
      header: 'planning.col.indicator',
      kind: 'text',
      maxLength: 1000,
      width: 30,
    },
    {
      key: 'targetValue',
      header: 'planning.col.targetValue',
      kind: 'text',
      maxLength: 200,
      width: 16,
    },
    {
      key: 'status',
      header: 'planning.col.status',
      kind: 'enum',
      values: PLAN_ITEM_STATUSES,
      labelKey: (c) => `planning.status.${c}` as MessageKey,
      width: 18,
    },
    {
      key: 'statusComment',
      header: 'planning.col.statusComment',
      kind: 'text',
      maxLength: 2000,
      width: 30,
    },
  ],
};

/** Unit plan items as the workbook's first sheet; links (origin, goal, indicator) stay as they are. */
export const planItemsSheet: WorkbookEntity<PlanItem, PlanItemInput> = {
  sheet: PLAN_ITEMS_SHEET,
  list: async (ctx, year, deps) =>
    (await listPlanItems(ctx, year, {}, deps)).sort(
      (a, b) =>
        a.unitId.localeCompare(b.unitId) ||
        a.period.localeCompare(b.period) ||
        a.createdAt.localeCompare(b.createdAt),
    ),
  toValues: (item) => ({ ...item }),
  prepareCreate: (ctx, year, input, deps) => prepareCreate(ctx, year, input, deps),
  prepareUpdate: (ctx, year, current, input, version, deps) =>
    prepareUpdate(
      ctx,
      year,
      current,
      {
        ...input,
        origin: current.origin,
        indicatorId: current.indicatorId,
        strategyGoalId: current.strategyGoalId,
      },
      version,
      deps,
    ),
};
