/** Proposals, suggestions and complaints: words users see. */
export const lt = {} as const;

export const en: Record<keyof typeof lt, string> = {};
