import {
  candidateTotal,
  investorIrr,
  investorReturn,
  payableWeeks,
  resultPayment,
  successRate,
  weekLabel,
  weekStart,
} from '../../functions/functions';
import { excelError, thrownBy } from '../support/excelErrors';
import { useOfficeHost } from './officeHost';

useOfficeHost();

/**
 * With allowErrorForDataTypeAny (functions.json), Excel calls a function whose arguments hold error values instead of
 * answering for it. Office hands an error in as a CustomFunctions.Error or, where data types are on, as an Error value.
 */
const NA = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
const DIV0 = { type: 'Error', basicType: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' };
const REF = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference);
const passedOn = (error: string, code = error) =>
  excelError(code, `The input holds the error ${error} — fix the formula or value it comes from`);

describe('an error value in a status cell', () => {
  test('RESULTPAYMENT: a range with one #N/A gives an error in that cell’s result only', () => {
    expect(
      resultPayment(
        [
          ['S', NA, 'D'],
          [0.5, 'S', DIV0],
        ],
        1000,
        600,
      ),
    ).toEqual([
      [1000, excelError('#VALUE!', 'A status cell holds the error #N/A — fix the formula or value there'), 600],
      [500, 1000, excelError('#VALUE!', 'A status cell holds the error #DIV/0! — fix the formula or value there')],
    ]);
  });

  test('PAYABLEWEEKS and CANDIDATETOTAL: the candidate’s result is #VALUE! naming the error', () => {
    const message = 'A status cell holds the error #N/A — fix the formula or value there';
    expect(thrownBy(() => payableWeeks([['S', NA, 'S']]))).toEqual(excelError('#VALUE!', message));
    expect(thrownBy(() => candidateTotal([['S', NA]], 1000))).toEqual(excelError('#VALUE!', message));
  });

  test('SUCCESSRATE: #VALUE! naming the error', () => {
    expect(thrownBy(() => successRate([['A'], ['B']], [['S'], [REF]]))).toEqual(
      excelError('#VALUE!', 'A status cell holds the error #REF! — fix the formula or value there'),
    );
  });
});

describe('an error value in any other argument is passed on, as Excel’s own functions do', () => {
  test.each([
    ['#N/A', NA],
    ['#DIV/0!', DIV0],
  ])('a weekly rate of %s', (code, error) => {
    expect(thrownBy(() => resultPayment([['S']], error))).toEqual(passedOn(code));
  });

  test('a partial rate, max weeks', () => {
    expect(thrownBy(() => resultPayment([['S']], 1000, NA))).toEqual(passedOn('#N/A'));
    expect(thrownBy(() => payableWeeks([['S']], DIV0))).toEqual(passedOn('#DIV/0!'));
  });

  test('one amount in a range', () => {
    expect(thrownBy(() => investorReturn([[4_000_000]], [[1_000_000], [NA], [3_000_000]]))).toEqual(passedOn('#N/A'));
  });

  test('an error Office lets no function return (#REF!, #NULL!, #NAME?) becomes #VALUE!, naming it', () => {
    expect(thrownBy(() => investorReturn([[REF]], [[1]]))).toEqual(passedOn('#REF!', '#VALUE!'));
  });

  test('INVESTORIRR: an error in an amount, a date or the guess', async () => {
    const dates = [['2020-01-01'], ['2021-01-01']];
    await expect(investorIrr([[-100], [NA]], dates)).rejects.toEqual(passedOn('#N/A'));
    await expect(investorIrr([[-100], [110]], [['2020-01-01'], [DIV0]])).rejects.toEqual(passedOn('#DIV/0!'));
    await expect(investorIrr([[-100], [110]], dates, NA)).rejects.toEqual(passedOn('#N/A'));
  });

  test('WEEKLABEL and WEEKSTART: in that cell’s result only', async () => {
    expect(await weekLabel([[44263, DIV0, 44270, REF]])).toEqual([
      ['2021-W10', passedOn('#DIV/0!'), '2021-W11', passedOn('#REF!', '#VALUE!')],
    ]);
    expect(await weekStart([['2021-W10', NA, '2021-W11']])).toEqual([[44263, passedOn('#N/A'), 44270]]);
  });
});
