import { fileFormula } from '../../../src/adapters/xlsx/formulaText';

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
});
