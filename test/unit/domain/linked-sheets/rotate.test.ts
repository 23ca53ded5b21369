import { rotateFrom } from '../../../../functions/domain/linked-sheets/sync-service';

const e = (orgId: string, cycle: number, surveyId: string) => ({ orgId, cycle, surveyId });
const entries = [
  e('org-a', 2025, 's1'),
  e('org-a', 2026, 's2'),
  e('org-b', 2026, 's3'),
  e('org-c', 2026, 's4'),
];

describe('rotateFrom', () => {
  it('keeps the order without a resume point or when it is the first', () => {
    expect(rotateFrom(entries, null)).toEqual(entries);
    expect(rotateFrom(entries, entries[0]!)).toEqual(entries);
  });

  it('starts at the resume point and wraps round', () => {
    expect(rotateFrom(entries, entries[2]!)).toEqual([
      entries[2],
      entries[3],
      entries[0],
      entries[1],
    ]);
  });

  it('starts at the next link when the resume point was unlinked since', () => {
    expect(rotateFrom(entries, e('org-b', 2025, 'gone'))).toEqual([
      entries[2],
      entries[3],
      entries[0],
      entries[1],
    ]);
    // Past the last: from the first again.
    expect(rotateFrom(entries, e('org-z', 2026, 'gone'))).toEqual(entries);
  });
});
