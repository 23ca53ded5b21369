import {
  checkFreeText,
  checkRecipientCode,
  containsEmail,
  containsPersonalCode,
  containsPhone,
  findIdentifier,
  isPersonalCode,
  personalCodeCheckDigit,
} from '../../../../functions/domain/support-plans/pseudonymity';

describe('the Lithuanian personal code checksum', () => {
  it('takes Σ dᵢ·(1,2,…,9,1) mod 11 when it is not 10', () => {
    // 3870318174: 3·1 + 8·2 + 7·3 + 0·4 + 3·5 + 1·6 + 8·7 + 1·8 + 7·9 + 4·1 = 192; 192 mod 11 = 5
    expect(personalCodeCheckDigit('3870318174')).toBe(5);
    expect(isPersonalCode('38703181745')).toBe(true);
    // 4900101123: 4 + 18 + 0 + 0 + 5 + 0 + 7 + 8 + 18 + 3 = 63; 63 mod 11 = 8
    expect(isPersonalCode('49001011238')).toBe(true);
  });

  it('falls back to the weights (3,4,…,9,1,2,3) when the first sum leaves 10', () => {
    // 3850101124: 3·1 + 8·2 + 5·3 + 0·4 + 1·5 + 0·6 + 1·7 + 1·8 + 2·9 + 4·1 = 76; 76 mod 11 = 10, so
    // 3·3 + 8·4 + 5·5 + 0·6 + 1·7 + 0·8 + 1·9 + 1·1 + 2·2 + 4·3 = 99; 99 mod 11 = 0
    expect(personalCodeCheckDigit('3850101124')).toBe(0);
    expect(isPersonalCode('38501011240')).toBe(true);
    // 4850101007: first sum 54 (mod 11 = 10); 12 + 32 + 25 + 0 + 7 + 0 + 9 + 0 + 0 + 21 = 106; 106 mod 11 = 7
    expect(personalCodeCheckDigit('4850101007')).toBe(7);
    expect(isPersonalCode('48501010077')).toBe(true);
  });

  it.each([
    ['38703181746', 'a wrong check digit'],
    ['78703181745', 'a first digit outside 1–6'],
    ['3870318174', 'ten digits'],
    ['387031817451', 'twelve digits'],
    ['3870318174A', 'a letter'],
  ])('refuses %s (%s)', (code) => {
    expect(isPersonalCode(code)).toBe(false);
  });

  it('finds a code inside text, also written in groups, but not a longer number', () => {
    expect(containsPersonalCode('Gimęs, a. k. 38703181745, gyvena su mama')).toBe(true);
    expect(containsPersonalCode('kodas 387 0318 1745')).toBe(true);
    expect(containsPersonalCode('sąskaita 138703181745')).toBe(false);
    expect(containsPersonalCode('lankė 3 kartus per savaitę')).toBe(false);
  });
});

describe('finding e-mail addresses and phone numbers', () => {
  it.each(['mama.jonaitiene@gmail.com', 'rašyti: info@centras.lt.', 'jonas (at) pastas.lt'])(
    'sees the e-mail in “%s”',
    (text) => expect(containsEmail(text)).toBe(true),
  );

  it.each([
    '+370 612 34567',
    '+37061234567',
    '00370 5 212 3456',
    '8 612 34567',
    '861234567',
    '8-612-34567',
    '(8 5) 212 3456',
    'skambinti 8 37 123456 vakare',
  ])('sees the phone number in “%s”', (text) => expect(containsPhone(text)).toBe(true));

  it.each([
    'Tikslas: 8 kartus per mėnesį',
    'peržiūra 2026-03-01, 8 2026-06-01',
    'nuo 2025 m. 10 val. per savaitę',
    '12345678',
    'svoris 86 kg',
  ])('leaves “%s” alone', (text) => {
    expect(findIdentifier(text)).toBeNull();
  });
});

describe('checking free-text fields', () => {
  it('names each field that holds an identifier and what it found', () => {
    const issues = checkFreeText([
      [['needs', 0, 'description'], 'Mamos tel. +370 612 34567'],
      [['goals', 1, 'result'], 'Lanko mokyklą 5 d. per savaitę'],
      [['notes'], 'a.k. 38703181745, el. p. vaikas@pastas.lt'],
      [['goals', 0, 'text'], null],
    ]);
    expect(issues).toEqual([
      {
        path: ['needs', 0, 'description'],
        key: 'supportPlans.identifier.phone',
        params: { field: 'needs.0.description' },
      },
      {
        path: ['notes'],
        key: 'supportPlans.identifier.personalCode',
        params: { field: 'notes' },
      },
    ]);
  });

  it('refuses a personal code as a recipient code with the proposals area’s rule', () => {
    expect(checkRecipientCode('38703181745')).toEqual([
      { path: ['recipientCode'], key: 'proposals.personalCode' },
    ]);
    // 1850101123 (born in the 19th century, so not caught by the 3–6 rule):
    // 1 + 16 + 15 + 0 + 5 + 0 + 7 + 8 + 18 + 3 = 73; 73 mod 11 = 7 → 18501011237
    expect(checkRecipientCode('18501011237')).toEqual([
      { path: ['recipientCode'], key: 'proposals.personalCode' },
    ]);
    expect(checkRecipientCode('18501011238')).toEqual([]);
    expect(checkRecipientCode('VG-014')).toEqual([]);
  });
});
