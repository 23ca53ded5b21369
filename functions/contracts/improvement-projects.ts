import { z } from 'zod';
import {
  PROJECT_KINDS,
  PROJECT_STATUSES,
  joinPartners,
  splitPartners,
} from '../domain/improvement/projects/project';
import { IsoDate, ItemMeta, Slug, Version } from './common';
import { CycleParams } from './cycle';
import { GoalLinkView } from './improvement';

export const ProjectParams = CycleParams.extend({ projectId: Slug });

export const ListProjectsQuery = z.strictObject({
  kind: z.enum(PROJECT_KINDS).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
});

const Partners = z.array(z.string().trim().min(2).max(200)).max(50);

const ProjectFields = z.strictObject({
  kind: z.enum(PROJECT_KINDS),
  title: z.string().trim().min(3).max(300),
  description: z.string().trim().max(4000).default(''),
  partners: Partners.default([]).meta({ description: 'Names of the partner organisations.' }),
  fundedBy: z.string().trim().min(2).max(300).nullable().default(null),
  from: IsoDate,
  to: IsoDate.nullable().default(null).meta({ description: 'null: open-ended.' }),
  status: z.enum(PROJECT_STATUSES).default('planned'),
  result: z.string().trim().max(4000).default(''),
  unitId: Slug.nullable().default(null),
  goalId: Slug.nullable().default(null),
});

export const CreateProjectRequest = ProjectFields.meta({ id: 'CreateProjectRequest' });
export const UpdateProjectRequest = ProjectFields.extend({ version: Version }).meta({
  id: 'UpdateProjectRequest',
});

/**
 * A row of the planning workbook's projects sheet: the same fields and rules as a request but the
 * description (not on the sheet); partners in one cell, separated by `;`, given back in the form
 * the sheet shows them (`Utenos kolegija; VšĮ „Saulė“`).
 */
export const ProjectSheetRow = ProjectFields.omit({ description: true, partners: true }).extend({
  partners: z.string().transform(splitPartners).pipe(Partners).transform(joinPartners).default(''),
});

export const ProjectView = z
  .object({
    id: z.string(),
    year: z.number().int(),
    kind: z.enum(PROJECT_KINDS),
    kindLabel: z.string(),
    title: z.string(),
    description: z.string(),
    partners: z.array(z.string()),
    fundedBy: z.string().nullable(),
    from: IsoDate,
    to: IsoDate.nullable(),
    status: z.enum(PROJECT_STATUSES),
    statusLabel: z.string(),
    result: z.string(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    goalId: z.string().nullable(),
    goal: GoalLinkView.nullable(),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'Project' });
export type ProjectView = z.infer<typeof ProjectView>;

const Count = z.number().int();

export const ProjectList = z.object({
  items: z.array(ProjectView),
  counts: z
    .object({ project: Count, partnership: Count, innovation: Count, socialResponsibility: Count })
    .meta({ description: 'By kind, over the whole year’s register.' }),
});
