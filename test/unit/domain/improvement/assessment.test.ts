import {
  assessChange,
  changeBetween,
  targetMet,
} from '../../../../functions/domain/improvement/assessment';

describe('assessChange', () => {
  it.each([
    ['up', 80, 88, 'better'],
    ['up', 88, 80, 'worse'],
    ['down', 12, 7, 'better'],
    ['down', 7, 12, 'worse'],
    ['up', 5, 5, 'same'],
    ['down', 5, 5, 'same'],
  ] as const)('judges %s from %p to %p as %p', (direction, previous, current, expected) => {
    expect(assessChange(direction, previous, current)).toBe(expected);
  });

  it('says there is no data when either year is missing', () => {
    expect(assessChange('up', null, 3)).toBe('noData');
    expect(assessChange('down', 3, undefined)).toBe('noData');
    expect(assessChange('up', undefined, null)).toBe('noData');
  });

  it('judges a move away from a zero baseline by direction', () => {
    expect(assessChange('up', 0, 2)).toBe('better');
    expect(assessChange('down', 0, 2)).toBe('worse');
    expect(assessChange('down', 3, 0)).toBe('better');
  });

  it('does not call float noise a change', () => {
    expect(assessChange('up', 0.1 + 0.2, 0.3)).toBe('same');
  });
});

describe('changeBetween', () => {
  it('gives the absolute and relative change', () => {
    expect(changeBetween(40, 30)).toEqual({ absolute: -10, relativePercent: -25 });
    expect(changeBetween(3, 4)).toEqual({ absolute: 1, relativePercent: 33.3 });
  });

  it('leaves out the relative change from a zero or negative base', () => {
    expect(changeBetween(0, 5)).toEqual({ absolute: 5, relativePercent: null });
    expect(changeBetween(-200, 100)).toEqual({ absolute: 300, relativePercent: null });
  });

  it('reads a percentage’s change in points only', () => {
    expect(changeBetween(80, 88, { isPercentage: true })).toEqual({
      absolute: 8,
      relativePercent: null,
    });
  });

  it('has no change without both values', () => {
    expect(changeBetween(null, 5)).toBeNull();
    expect(changeBetween(5, undefined)).toBeNull();
  });

  it('rounds away float noise', () => {
    expect(changeBetween(0.1, 0.3)?.absolute).toBe(0.2);
  });
});

describe('targetMet', () => {
  it('meets an upward target at or above it and a downward one at or below it', () => {
    expect(targetMet('up', 90, 90)).toBe(true);
    expect(targetMet('up', 90, 89.5)).toBe(false);
    expect(targetMet('down', 5, 5)).toBe(true);
    expect(targetMet('down', 5, 6)).toBe(false);
  });

  it('is unknown without a target or a value', () => {
    expect(targetMet('up', null, 90)).toBeNull();
    expect(targetMet('up', 90, null)).toBeNull();
  });
});
