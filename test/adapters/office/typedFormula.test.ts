import { typedFormula } from '../../../src/adapters/office/typedFormula';

describe('typedFormula', () => {
  test.each([
    ['_xlfn.NUMBERVALUE(A1,".",",")', 'NUMBERVALUE(A1,".",",")'],
    ['_xlfn._xlws.SORT(A1:A3)', 'SORT(A1:A3)'],
    ['IF(_XLFN.IFS(A1,1),_xlfn.CONCAT(A1,B1),0)', 'IF(IFS(A1,1),CONCAT(A1,B1),0)'],
    ['IF(A1="_xlfn.X",_xlfn.CONCAT(A1,"a""_xlfn.b"),0)', 'IF(A1="_xlfn.X",CONCAT(A1,"a""_xlfn.b"),0)'],
    ["'_xlfn.Sheet''s'!A1+_xlfn.XOR(A1)", "'_xlfn.Sheet''s'!A1+XOR(A1)"],
    ['Table1[_xlfn.col]+my_xlfn.name', 'Table1[_xlfn.col]+my_xlfn.name'],
    ['SUM(A1:A3)', 'SUM(A1:A3)'],
  ])('%s is typed as %s', (formula, typed) => {
    expect(typedFormula(formula)).toBe(typed);
  });
});
