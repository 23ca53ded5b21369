import { isoToDate, serialToDate } from '../../../../../functions/adapters/excel/stream/dates';
import {
  isDateFormatCode,
  readDateStyles,
} from '../../../../../functions/adapters/excel/stream/styles';

const iso = (d: Date) => d.toISOString();

describe('serial dates', () => {
  it.each([
    [1, '1900-01-01T00:00:00.000Z'],
    [59, '1900-02-28T00:00:00.000Z'],
    // Excel's 29 February 1900, which never was, reads as the day after 28 February.
    [60, '1900-03-01T00:00:00.000Z'],
    [61, '1900-03-01T00:00:00.000Z'],
    [45366, '2024-03-15T00:00:00.000Z'],
    [45366.604224537, '2024-03-15T14:30:05.000Z'],
    [0.5, '1899-12-30T12:00:00.000Z'],
    [0.999988425925926, '1899-12-30T23:59:59.000Z'],
  ])('reads 1900-system serial %p as %s', (serial, expected) => {
    expect(iso(serialToDate(serial, false))).toBe(expected);
  });

  it.each([
    [0, '1904-01-01T00:00:00.000Z'],
    [1, '1904-01-02T00:00:00.000Z'],
    [43904, '2024-03-15T00:00:00.000Z'],
    [0.25, '1904-01-01T06:00:00.000Z'],
  ])('reads 1904-system serial %p as %s', (serial, expected) => {
    expect(iso(serialToDate(serial, true))).toBe(expected);
  });

  it('reads ISO cells as UTC when they name no zone, and refuses nonsense', () => {
    expect(iso(isoToDate('2024-03-15T14:30:00')!)).toBe('2024-03-15T14:30:00.000Z');
    expect(iso(isoToDate('2024-03-15T14:30:00+02:00')!)).toBe('2024-03-15T12:30:00.000Z');
    expect(iso(isoToDate('2024-03-15')!)).toBe('2024-03-15T00:00:00.000Z');
    expect(isoToDate('vakar')).toBeUndefined();
  });
});

describe('date number formats', () => {
  it.each([
    'yyyy.mm.dd',
    'yyyy\\.mm\\.dd',
    'yyyy-mm-dd hh:mm:ss',
    'd/m/yy',
    'h:mm AM/PM',
    '[h]:mm:ss',
    '[mm]:ss',
    '[$-427]yyyy "m." mmmm d "d."',
    'mmm-yy;@',
  ])('takes %p for a date or time', (code) => {
    expect(isDateFormatCode(code)).toBe(true);
  });

  it.each([
    'General',
    '0.00',
    '#,##0.00 "Eur"',
    '"days: "0',
    '[Red]-0.00;[Blue]0.00',
    '0.00E+00',
    '@',
    '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)',
    '0 \\d\\a\\y\\s',
  ])('does not take %p for a date', (code) => {
    expect(isDateFormatCode(code)).toBe(false);
  });

  it('marks cell styles by their number format: built-in ids 14–22 and 45–47, custom ones by code', () => {
    const styles =
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy.mm.dd"/>' +
      '<numFmt numFmtId="165" formatCode="0.0 &quot;d&quot;"/><numFmt numFmtId="14" formatCode="0.00"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="22"/><xf numFmtId="164"><alignment/></xf>' +
      '<xf numFmtId="165"/><xf numFmtId="46"/><xf numFmtId="2"/><xf numFmtId="14"/><xf/></cellXfs></styleSheet>';

    expect([...readDateStyles(styles)]).toEqual([0, 1, 1, 0, 1, 0, 0, 0]);
  });
});
