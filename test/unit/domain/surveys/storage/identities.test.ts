import {
  decodeIdentities,
  encodeIdentities,
  IDENTITY_FORMAT_VERSION,
} from '../../../../../functions/domain/surveys/storage';
import { someIdentities } from '../../../../fixtures/survey-responses';

describe('encodeIdentities / decodeIdentities', () => {
  it('packs 100,000 ids into parts under the limit and finds every one', () => {
    const ids = someIdentities(100_000);

    const parts = encodeIdentities(ids);
    const set = decodeIdentities(parts);

    expect(parts).toHaveLength(4);
    expect(parts.every((p) => p.length <= 350_000 && p[0] === IDENTITY_FORMAT_VERSION)).toBe(true);
    expect(set.size).toBe(100_000);
    expect(ids.every((id) => set.has(id))).toBe(true);
    expect(someIdentities(1000, 2).some((id) => set.has(id))).toBe(false);
  });

  it('keeps each id once, in either case, sorted', () => {
    const set = decodeIdentities(
      encodeIdentities([
        'BBBBBBBBBBBBBBBBBBBBBBBB',
        'aaaaaaaaaaaaaaaaaaaaaaaa',
        'bbbbbbbbbbbbbbbbbbbbbbbb',
      ]),
    );

    expect([...set]).toEqual(['aaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbb']);
    expect(set.has('AAAAAAAAAAAAAAAAAAAAAAAA')).toBe(true);
    expect(set.has('not an id')).toBe(false);
  });

  it('joins the parts of several imports into one set', () => {
    const first = someIdentities(5000, 1);
    const second = [...someIdentities(3000, 2), ...first.slice(0, 10)];

    const set = decodeIdentities([
      ...encodeIdentities(first, { maxPartBytes: 10_000 }),
      ...encodeIdentities(second, { maxPartBytes: 10_000 }),
    ]);

    expect(set.size).toBe(8000);
    expect([...first, ...second].every((id) => set.has(id))).toBe(true);
    const listed = [...set];
    expect(listed).toEqual([...listed].sort());
  });

  it('reads a part whose ids are out of order', () => {
    const [part] = encodeIdentities(['aaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbb']);
    const swapped = Uint8Array.from([part![0]!, ...part!.subarray(13), ...part!.subarray(1, 13)]);

    expect([...decodeIdentities([swapped])]).toEqual([
      'aaaaaaaaaaaaaaaaaaaaaaaa',
      'bbbbbbbbbbbbbbbbbbbbbbbb',
    ]);
  });

  it('gives an empty set for no parts and no parts for no ids', () => {
    expect(encodeIdentities([])).toEqual([]);
    expect(decodeIdentities([]).size).toBe(0);
  });

  it('refuses an id that is not 24 hex characters, and an unknown format', () => {
    expect(() => encodeIdentities(['abc'])).toThrow(RangeError);
    expect(() => encodeIdentities(['zzzzzzzzzzzzzzzzzzzzzzzz'])).toThrow(RangeError);
    expect(() => decodeIdentities([Uint8Array.of(9)])).toThrow(/format 9/);
    expect(() => decodeIdentities([Uint8Array.of(IDENTITY_FORMAT_VERSION, 1, 2)])).toThrow(
      /corrupt/,
    );
  });
});
