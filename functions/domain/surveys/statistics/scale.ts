/**
 * A rating scale: the whole-number points `min`…`max`, higher meaning more favourable
 * (reverse-keyed items are recoded before they reach the statistics).
 */
export interface Scale {
  min: number;
  max: number;
}

export const LIKERT_5: Scale = { min: 1, max: 5 };
export const LIKERT_7: Scale = { min: 1, max: 7 };
/** The 0–10 likelihood-to-recommend scale of the Net Promoter Score. */
export const NPS_SCALE: Scale = { min: 0, max: 10 };

export const assertScale = (scale: Scale): void => {
  if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.min >= scale.max) {
    throw new RangeError(
      `a scale needs whole-number points min < max, got ${scale.min}–${scale.max}`,
    );
  }
};

/** Every point of the scale, lowest first: [1, 2, 3, 4, 5] for LIKERT_5. */
export const scalePoints = (scale: Scale): number[] => {
  assertScale(scale);
  return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
};

/** Throws when a value is not one of the scale's points, naming its position. */
export const assertOnScale = (values: readonly number[], scale: Scale): void => {
  assertScale(scale);
  const bad = values.findIndex((v) => !Number.isInteger(v) || v < scale.min || v > scale.max);
  if (bad >= 0) {
    throw new RangeError(
      `value ${values[bad]} at position ${bad} is not a point of the ${scale.min}–${scale.max} scale`,
    );
  }
};
