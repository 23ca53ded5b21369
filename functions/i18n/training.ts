/** Competence needs and the training plan: words users see. */
export const lt = {} as const;

export const en: Record<keyof typeof lt, string> = {};
