import { addWorkingDays } from '../../../../functions/domain/proposals/working-days';
import { defaultResponseDue } from '../../../../functions/domain/proposals/proposal';

describe('adding working days', () => {
  it('skips the weekend: Friday + 1 is Monday', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
  });

  it('starts counting on the next working day when received at the weekend', () => {
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30'); // Saturday
    expect(addWorkingDays('2026-11-29', 5)).toBe('2026-12-04'); // Sunday → Friday
  });

  it('leaves the date as it is for zero days', () => {
    expect(addWorkingDays('2026-11-28', 0)).toBe('2026-11-28');
  });

  it('crosses months and years', () => {
    expect(addWorkingDays('2026-12-30', 3)).toBe('2027-01-04');
  });
});

describe('the default response due date of a complaint', () => {
  it('is 20 working days (four weeks) after it was received', () => {
    expect(defaultResponseDue('2026-03-02')).toBe('2026-03-30'); // Monday → Monday
    expect(defaultResponseDue('2026-03-06')).toBe('2026-04-03'); // Friday → Friday
  });

  it('counts from the Monday after a complaint found in the box at the weekend', () => {
    expect(defaultResponseDue('2026-03-07')).toBe('2026-04-03'); // Saturday
  });
});
