import { z } from 'zod';

/** RFC 9457 problem details, the body of every error response. */
export const FieldProblem = z.object({
  field: z
    .string()
    .meta({ description: 'Dotted path of the field, e.g. `milestones.planApprovedOn`.' }),
  in: z.enum(['path', 'query', 'body']),
  message: z.string(),
});

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z.array(FieldProblem).optional(),
    current: z.unknown().optional().meta({ description: '409 only: the item as stored now.' }),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
