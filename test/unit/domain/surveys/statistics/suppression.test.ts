import {
  isSuppressed,
  suppressFreeText,
  suppressGroups,
  suppressSmallGroup,
} from '../../../../../functions/domain/surveys/statistics/suppression';

const group = (name: string, n: number) => ({ name, n, topTwoBox: 0.8 });

describe('suppressSmallGroup', () => {
  it('shows a group of five or more respondents unchanged', () => {
    const figures = group('Day centre', 5);
    expect(suppressSmallGroup(figures)).toBe(figures);
  });

  it('hides a group below the minimum without revealing its n', () => {
    const hidden = suppressSmallGroup(group('Foster care', 4));
    expect(hidden).toEqual({ suppressed: true, reason: 'belowMinimumN', minimumN: 5 });
    expect(isSuppressed(hidden)).toBe(true);
    expect(JSON.stringify(hidden)).not.toContain('Foster');
  });

  it('takes another minimum, e.g. 10 for benchmarking', () => {
    expect(isSuppressed(suppressSmallGroup(group('A', 9), 10))).toBe(true);
    expect(isSuppressed(suppressSmallGroup(group('A', 10), 10))).toBe(false);
  });

  it('rejects a minimum below 1 and a negative n', () => {
    expect(() => suppressSmallGroup(group('A', 3), 0)).toThrow(RangeError);
    expect(() => suppressSmallGroup(group('A', -1))).toThrow(RangeError);
  });
});

describe('suppressFreeText', () => {
  const answers = (count: number) => Array.from({ length: count }, (_, i) => ` comment ${i} `);

  it('shows ten or more non-blank answers, trimmed', () => {
    const shown = suppressFreeText([...answers(10), '  ', '']);
    expect(shown).toHaveLength(10);
    expect((shown as string[])[0]).toBe('comment 0');
  });

  it('hides fewer than ten non-blank answers', () => {
    expect(suppressFreeText([...answers(9), ' ', ' '])).toEqual({
      suppressed: true,
      reason: 'freeTextBelowMinimum',
      minimumN: 10,
    });
    expect(isSuppressed(suppressFreeText([]))).toBe(true);
  });
});

describe('suppressGroups', () => {
  it('shows every group when all reach the minimum', () => {
    const groups = [group('A', 12), group('B', 5)];
    expect(suppressGroups(groups)).toEqual({ groups, totalSuppressed: false });
  });

  it('hides the next smallest group too when exactly one is below the minimum', () => {
    // Total 40 shown: without the second marker, C = 40 − 20 − 9 − 8 = 3 by subtraction.
    const result = suppressGroups([group('A', 20), group('B', 9), group('C', 3), group('D', 8)]);
    expect(result.groups.map((g) => (isSuppressed(g) ? g.reason : g.name))).toEqual([
      'A',
      'B',
      'belowMinimumN',
      'complementary',
    ]);
    expect(result.totalSuppressed).toBe(false);
  });

  it('picks the first of equally small partners', () => {
    const result = suppressGroups([group('A', 6), group('B', 2), group('C', 6)]);
    expect(result.groups.map((g) => (isSuppressed(g) ? g.reason : g.name))).toEqual([
      'complementary',
      'belowMinimumN',
      'C',
    ]);
  });

  it('needs no secondary suppression when two or more groups are already hidden', () => {
    const result = suppressGroups([group('A', 20), group('B', 2), group('C', 4)]);
    expect(result.groups.map((g) => (isSuppressed(g) ? g.reason : g.name))).toEqual([
      'A',
      'belowMinimumN',
      'belowMinimumN',
    ]);
  });

  it('needs no secondary suppression when no total is shown', () => {
    const result = suppressGroups([group('A', 20), group('B', 2)], { totalShown: false });
    expect(result.groups.map((g) => (isSuppressed(g) ? g.reason : g.name))).toEqual([
      'A',
      'belowMinimumN',
    ]);
  });

  it('hides the total when it is small or equals the one hidden group', () => {
    expect(suppressGroups([group('A', 2), group('B', 1)]).totalSuppressed).toBe(true);
    expect(suppressGroups([group('A', 3)]).totalSuppressed).toBe(true);
  });

  it('handles no groups at all', () => {
    expect(suppressGroups([])).toEqual({ groups: [], totalSuppressed: false });
  });
});
