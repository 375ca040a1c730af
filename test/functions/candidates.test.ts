import { candidateTotal, payableWeeks, successRate } from '../../functions/functions';
import { excelError, thrownBy } from '../support/excelErrors';

describe('PAYABLEWEEKS', () => {
  it('an invalid status is #VALUE! naming it', () => {
    expect(thrownBy(() => payableWeeks([['S', 'X']]))).toEqual(
      excelError('#VALUE!', "Unknown status 'X' in a status cell — use S, D, a share 0–1, or leave blank"),
    );
  });

  it.each([
    [0, '#NUM!'],
    [2.5, '#NUM!'],
    [-1, '#NUM!'],
    ['x', '#VALUE!'],
  ])('maxWeeks %p is %s', (maxWeeks, code) => {
    expect(thrownBy(() => payableWeeks([['S']], maxWeeks))).toEqual(excelError(code));
  });

  it('counts weeks with a share above 0', () => {
    expect(payableWeeks([['S', 'D', null, 0.4, 'O', '-', 0, '']])).toBe(3);
  });

  it.each([undefined, null, ''])('a blank maxWeeks (%p) means no limit', (maxWeeks) => {
    expect(payableWeeks([['S', 'S', 'S']], maxWeeks)).toBe(3);
  });

  it('caps the count at maxWeeks', () => {
    expect(payableWeeks([['S', 'S', 'S']], 2)).toBe(2);
  });

  it('an all-blank range has no payable weeks', () => {
    expect(payableWeeks([[null, null]])).toBe(0);
  });
});

describe('CANDIDATETOTAL', () => {
  it('needs a weekly rate', () => {
    expect(thrownBy(() => candidateTotal([['S']], null))).toEqual(
      excelError('#VALUE!', 'The weekly rate is blank — give it as an amount, e.g. 1250'),
    );
  });

  it("'D' without a partial rate is #VALUE!", () => {
    expect(thrownBy(() => candidateTotal([['S', 'D']], 1000))).toEqual(
      excelError(
        '#VALUE!',
        "Status 'D' (partly self-supporting) needs a partial rate — give the partialRate argument or define SIB_PartialRate",
      ),
    );
  });

  it('an invalid status is #VALUE!', () => {
    expect(thrownBy(() => candidateTotal([['S', '?']], 1000))).toEqual(excelError('#VALUE!'));
  });

  it('sums the payment of every payable week', () => {
    expect(candidateTotal([['S', 'D', 0.5, 'O', 'S']], 1000, 600)).toBe(3100);
  });

  it('pays only the first maxWeeks payable weeks, in range order', () => {
    expect(candidateTotal([['O', 'S', 'D', 'S']], 1000, 600, 2)).toBe(1600);
  });

  it('is the exact sum of lines each rounded to øre', () => {
    expect(candidateTotal([[0.5, 0.5, 0.5]], 2.01)).toBe(3.03);
  });

  it("a 'D' after maxWeeks is not paid, so needs no partial rate", () => {
    expect(candidateTotal([['S', 'D']], 1000, null, 1)).toBe(1000);
  });
});

describe('SUCCESSRATE', () => {
  const ids = [['K1'], ['K2'], [null], ['K3']];
  const statuses = [
    ['S', 'O'],
    ['O', 'O'],
    ['S', 'S'],
    ['D', 'S'],
  ];

  it('ids and statuses on different numbers of rows is #VALUE!', () => {
    expect(thrownBy(() => successRate([['K1']], statuses))).toEqual(
      excelError('#VALUE!', 'The ranges must have the same number of rows (1 and 4)'),
    );
  });

  it('no candidate ids is #DIV/0!', () => {
    expect(thrownBy(() => successRate([[null], ['']], [['S'], ['S']]))).toEqual(excelError('#DIV/0!'));
  });

  it("an invalid status of a candidate's row is #VALUE!", () => {
    expect(thrownBy(() => successRate([['K1']], [['S', 'Q']]))).toEqual(excelError('#VALUE!'));
  });

  it.each([
    [0, '#NUM!'],
    ['two', '#VALUE!'],
  ])('minWeeks %p is %s', (minWeeks, code) => {
    expect(thrownBy(() => successRate(ids, statuses, minWeeks))).toEqual(excelError(code));
  });

  it('counts only rows with an id; by default one payable week is a success', () => {
    expect(successRate(ids, statuses)).toBe(2 / 3);
  });

  it('minWeeks raises the bar', () => {
    expect(successRate(ids, statuses, 2)).toBe(1 / 3);
  });

  it('a row without an id is ignored even when its statuses are invalid', () => {
    expect(successRate([['K1'], [null]], [['S'], ['??']])).toBe(1);
  });
});
