import {
  checkDefinition,
  checkValue,
  compareYears,
  withValue,
  type Indicator,
} from '../../../../functions/domain/improvement/indicators/indicator';

const recorded = (value: number) => ({
  value,
  note: '',
  recordedBy: 'pavaduotojas@org-a',
  recordedOn: '2026-01-15',
});

const anIndicator = (overrides: Partial<Indicator> = {}): Indicator => ({
  id: 'r1',
  code: 'R1',
  name: { lt: 'Skundų skaičius', en: null },
  unit: 'count',
  direction: 'down',
  target: 5,
  goalId: null,
  values: { '2024': recorded(12), '2025': recorded(8) },
  ...overrides,
});

describe('indicator values', () => {
  it('keeps a share within 0–100 and amounts of things above zero', () => {
    expect(checkValue('percent', 101, ['value'])).toEqual([
      { path: ['value'], key: 'improvement.validation.percentRange' },
    ]);
    expect(checkValue('count', -1, ['value'])).toEqual([
      { path: ['value'], key: 'improvement.validation.negativeValue' },
    ]);
    expect(checkValue('eur', -250, ['value'])).toEqual([]);
    expect(checkValue('percent', 0, ['value'])).toEqual([]);
  });

  it('compares a year with the one before by the indicator’s direction', () => {
    expect(compareYears(anIndicator(), 2025)).toEqual({
      year: 2025,
      current: recorded(8),
      previous: recorded(12),
      change: { absolute: -4, relativePercent: -33.3 },
      assessment: 'better',
      targetMet: false,
    });
  });

  it('has no assessment for a year without the year before', () => {
    const c = compareYears(anIndicator(), 2024);
    expect(c).toMatchObject({
      previous: null,
      change: null,
      assessment: 'noData',
      targetMet: false,
    });
    expect(compareYears(anIndicator(), 2026)).toMatchObject({
      current: null,
      assessment: 'noData',
      targetMet: null,
    });
  });

  it('records and removes a year’s value without touching the others', () => {
    const added = withValue(anIndicator(), 2026, recorded(4));
    expect(Object.keys(added.values).sort()).toEqual(['2024', '2025', '2026']);
    expect(withValue(added, 2024, null).values).toEqual({
      '2025': recorded(8),
      '2026': recorded(4),
    });
  });
});

describe('indicator definitions', () => {
  const { id: _id, values: _values, ...definition } = anIndicator();

  it('refuses a code already in use, but not the indicator’s own', () => {
    expect(checkDefinition({ ...definition, code: 'r1' }, null, [anIndicator()])).toEqual([
      {
        path: ['code'],
        key: 'improvement.validation.duplicateIndicatorCode',
        params: { code: 'R1' },
      },
    ]);
    expect(checkDefinition(definition, anIndicator(), [anIndicator()])).toEqual([]);
  });

  it('refuses a target and a new unit that recorded values cannot have', () => {
    const percent = { ...definition, unit: 'percent' as const, target: 120 };
    const withBigValue = anIndicator({ values: { '2025': recorded(130) } });
    expect(checkDefinition(percent, withBigValue, [withBigValue])).toEqual([
      { path: ['target'], key: 'improvement.validation.percentRange' },
      {
        path: ['unit'],
        key: 'improvement.validation.unitMisfitsValues',
        params: { year: '2025', value: 130 },
      },
    ]);
  });
});
