import { fileFormula, FUTURE_FUNCTIONS, WORKSHEET_FUNCTIONS } from '../../../src/adapters/xlsx/formulaText';

describe('fileFormula', () => {
  test.each([
    ['SUM(A1:A3)', 'SUM(A1:A3)'],
    ['=ROUND(SIB_WeeklyRate,2)', 'ROUND(SIB_WeeklyRate,2)'],
    ['IFERROR(NUMBERVALUE(B2,","),0)', 'IFERROR(_xlfn.NUMBERVALUE(B2,","),0)'],
    ['ifna(isoweeknum(A1),0)', '_xlfn.IFNA(_xlfn.ISOWEEKNUM(A1),0)'],
    ['_xlfn.IFNA(A1,0)', '_xlfn.IFNA(A1,0)'],
    ['STDEV.S(A1:A9)+STDEV(A1:A9)', '_xlfn.STDEV.S(A1:A9)+STDEV(A1:A9)'],
    ['SORT(FILTER(A1:A9,A1:A9>0))', '_xlfn._xlws.SORT(_xlfn._xlws.FILTER(A1:A9,A1:A9>0))'],
    ['"IFS(" & IFS(A1,1)', '"IFS(" & _xlfn.IFS(A1,1)'],
    ["'XOR(1)'!A1+XOR(1)", "'XOR(1)'!A1+_xlfn.XOR(1)"],
    ['SUM(T[IFS(x)])+MY.IFS(1)', 'SUM(T[IFS(x)])+MY.IFS(1)'],
    ['"say ""DAYS(1)"""&DAYS(2,1)', '"say ""DAYS(1)"""&_xlfn.DAYS(2,1)'],
  ])('%s', (typed, stored) => expect(fileFormula(typed)).toBe(stored));

  const prefixed = [
    ...[...FUTURE_FUNCTIONS].map((name) => [name, `_xlfn.${name}`]),
    ...[...WORKSHEET_FUNCTIONS].map((name) => [name, `_xlfn._xlws.${name}`]),
  ];

  test.each(prefixed)('%s, typed in any case, gets its prefix; in strings, sheet names and longer names it does not', (name, stored) => {
    const lower = name.toLowerCase();
    expect(fileFormula(`=${lower}(A1)+1`)).toBe(`${stored}(A1)+1`);
    expect(fileFormula(`SUM(${name}(1),${lower}(2))`)).toBe(`SUM(${stored}(1),${stored}(2))`);
    expect(fileFormula(`"${name}(" & '${name}(x)'!A1 & '${lower}''s (sheet)'!B2 & T[${name}(1)]`)).toBe(
      `"${name}(" & '${name}(x)'!A1 & '${lower}''s (sheet)'!B2 & T[${name}(1)]`,
    );
    expect(fileFormula(`MY${name}(1)+X.${name}(2)+${name}2(3)+${name} (4)`)).toBe(`MY${name}(1)+X.${name}(2)+${name}2(3)+${name} (4)`);
    expect(fileFormula(`${stored}(1)`)).toBe(`${stored}(1)`);
  });

  test('formulas without such a function come back as typed, sheet names and strings included', () => {
    for (const formula of [
      'ROUND(SUM(Candidates!$B2:$B9),2)',
      "'Invoice 2021-W10'!A1*2",
      'IF(B2="S",SIB_WeeklyRate,0)',
      "SUM('It''s'!A1:A3)",
      'Invoice_2021_W10[[#Totals],[Amount]]',
      '1+"unterminated',
    ]) {
      expect(fileFormula(formula)).toBe(formula);
      expect(fileFormula(`=${formula}`)).toBe(formula);
    }
  });
});
