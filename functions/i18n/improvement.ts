/** Strategy goals, indicators, improvement actions, projects register: words users see. */
export const lt = {} as const;

export const en: Record<keyof typeof lt, string> = {};
