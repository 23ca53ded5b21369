/** Words of planning: proposals, plans, training, the annual plan and improvement actions. */
export const lt = {
  'plan.frozen':
    '{year} m. metinis veiklos planas patvirtintas, todėl jo keisti negalima. Pradėkite plano pakeitimą.',
  'plan.underReview':
    '{year} m. metinis veiklos planas (ar jo pakeitimas) pateiktas direktoriui; kol jis nesprendžia, keisti negalima.',
} as const;

export const en: Record<keyof typeof lt, string> = {
  'plan.frozen':
    'The {year} annual activity plan is approved and cannot change. Open an amendment.',
  'plan.underReview':
    'The {year} annual activity plan (or its amendment) is with the director; it cannot change until decided.',
};
