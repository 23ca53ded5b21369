import { looksLikeFormula, toSheetCell, toSheetText } from '../../../sheets-addon/src/escape';

describe('spreadsheet safety of values written to Sheets', () => {
  it.each(['=1+1 ir kiti tikslai', '+370 600 00000', '-Jonas', '@visi', '=HYPERLINK("x")'])(
    'writes %s with a leading apostrophe so Sheets keeps it as text',
    (text) => {
      expect(looksLikeFormula(text)).toBe(true);
      expect(toSheetText(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text, numbers and booleans as they are, and empties null', () => {
    expect(toSheetText('Tėvų įsitraukimas')).toBe('Tėvų įsitraukimas');
    expect(toSheetText(' =not first')).toBe(' =not first');
    expect(toSheetText(5)).toBe(5);
    expect(toSheetText(true)).toBe(true);
    expect(toSheetText(null)).toBe('');
  });

  it('doubles a leading apostrophe, which Sheets would otherwise swallow', () => {
    expect(toSheetText("'kabutė")).toBe("''kabutė");
  });

  it('writes numbers in text columns as text and keeps them as numbers elsewhere', () => {
    expect(toSheetCell(12, true)).toBe('12');
    expect(toSheetCell(12, false)).toBe(12);
    expect(toSheetCell('2026-12-15', false)).toBe('2026-12-15');
    expect(toSheetCell('-x', false)).toBe("'-x");
  });
});
