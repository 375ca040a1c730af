import { resultPayment } from '../../functions/functions';
import { excelError, thrownBy } from '../support/excelErrors';

const RATE = 1000;
const PARTIAL = 600;

describe('RESULTPAYMENT', () => {
  describe('arguments', () => {
    it.each([undefined, null, '', '  '])('a blank weekly rate (%p) is #VALUE!', (rate) => {
      expect(thrownBy(() => resultPayment([['S']], rate))).toEqual(
        excelError('#VALUE!', 'The weekly rate is blank — give it as an amount, e.g. 1250'),
      );
    });

    it.each([
      ['abc', "The rate 'abc' is not a number — give the weekly rate as an amount, e.g. 1250"],
      ['1250', "The rate '1250' is not a number — give the weekly rate as an amount, e.g. 1250"],
      [true, "The rate 'TRUE' is not a number — give the weekly rate as an amount, e.g. 1250"],
    ])('a weekly rate of %p is #VALUE!', (rate, message) => {
      expect(thrownBy(() => resultPayment([['S']], rate))).toEqual(excelError('#VALUE!', message));
    });

    it('a negative rate is #NUM!', () => {
      expect(thrownBy(() => resultPayment([['S']], -1))).toEqual(
        excelError('#NUM!', 'The rate -1 is negative — rates are positive amounts'),
      );
      expect(thrownBy(() => resultPayment([['D']], RATE, -600))).toEqual(excelError('#NUM!'));
    });

    it('a partial rate that is not a number is #VALUE!', () => {
      expect(thrownBy(() => resultPayment([['D']], RATE, 'x'))).toEqual(excelError('#VALUE!'));
    });
  });

  describe('status errors, each in its own cell', () => {
    it.each([undefined, null, ''])("'D' without a partial rate (%p) is #VALUE!", (partial) => {
      expect(resultPayment([['D']], RATE, partial)).toEqual([
        [
          excelError(
            '#VALUE!',
            "Status 'D' (partly self-supporting) needs a partial rate — give the partialRate argument or define SIB_PartialRate",
          ),
        ],
      ]);
    });

    it('an unknown status is #VALUE! naming the value', () => {
      expect(resultPayment([['X']], RATE)).toEqual([
        [excelError('#VALUE!', "Unknown status 'X' in a status cell — use S, D, a share 0–1, or leave blank")],
      ]);
    });

    it.each([1.5, -0.1, '150%'])('a share outside 0–1 (%p) is #NUM!', (status) => {
      expect(resultPayment([[status]], RATE)).toEqual([[excelError('#NUM!')]]);
    });

    it('TRUE/FALSE are 1 and 0, as Excel computes with them and LibreOffice stores them', () => {
      expect(resultPayment([[true, false]], RATE)).toEqual([[1000, 0]]);
    });

    it('a status with a character Excel does not trim is #VALUE! naming the character', () => {
      expect(resultPayment([['S\u00a0']], RATE)).toEqual([
        [
          excelError(
            '#VALUE!',
            "Status 'S⟨U+00A0⟩' contains a non-breaking space (U+00A0), which Excel's TRIM keeps — retype it as S, D, a share 0–1, or leave blank",
          ),
        ],
      ]);
    });

    it('an error value in a status cell is #VALUE! naming it', () => {
      expect(resultPayment([[new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)]], RATE)).toEqual([
        [excelError('#VALUE!', 'A status cell holds the error #N/A — fix the formula or value there')],
      ]);
      expect(resultPayment([[{ type: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' }]], RATE)).toEqual([
        [excelError('#VALUE!', 'A status cell holds the error #DIV/0! — fix the formula or value there')],
      ]);
    });
  });

  describe('values (docs/rules.md §4.3, §4.4)', () => {
    it.each(['S', 'FULL', 'SELV', 1, 's', 'full', ' Selv ', '1'])('wholly self-supporting %p pays the weekly rate', (status) => {
      expect(resultPayment([[status]], RATE, PARTIAL)).toEqual([[1000]]);
    });

    it.each(['D', 'PARTIAL', 'DELVIS', 'd', ' partial ', 'Delvis'])('partly self-supporting %p pays the partial rate', (status) => {
      expect(resultPayment([[status]], RATE, PARTIAL)).toEqual([[600]]);
    });

    it.each([
      [0.4, 400],
      ['0,5', 500],
      ['50%', 500],
      ['50 %', 500],
      ['0.25', 250],
    ])('a share %p pays that share of the weekly rate', (status, expected) => {
      expect(resultPayment([[status]], RATE)).toEqual([[expected]]);
    });

    it.each([null, '', '   ', 'O', 'NONE', '-', 0, 'o', ' none ', '0'])('not self-supporting %p pays 0', (status) => {
      expect(resultPayment([[status]], RATE, PARTIAL)).toEqual([[0]]);
    });
  });

  describe('rounding to øre, as ROUND(x, 2)', () => {
    it.each([
      ['S', 1.005, undefined, 1.01],
      [0.5, 2.01, undefined, 1.01],
      ['S', 993.725, undefined, 993.73],
      [0.4, 1234.5678, undefined, 493.83],
      ['D', RATE, 1234.565, 1234.57],
      [0.1, 0.05, undefined, 0.01],
      [0.3, 0.1, undefined, 0.03],
    ])('%p at %p (partial %p) pays %p', (status, rate, partial, expected) => {
      expect(resultPayment([[status]], rate, partial)).toEqual([[expected]]);
    });
  });

  describe('shape', () => {
    it('a range in gives the same-shaped range out, errors in place', () => {
      expect(
        resultPayment(
          [
            ['S', 'D', null],
            ['X', 0.4, 'O'],
          ],
          RATE,
          PARTIAL,
        ),
      ).toEqual([
        [1000, 600, 0],
        [excelError('#VALUE!'), 400, 0],
      ]);
    });

    it('a column stays a column', () => {
      expect(resultPayment([['S'], ['D']], RATE, PARTIAL)).toEqual([[1000], [600]]);
    });

    it('an Excel data type stands for its basic value', () => {
      expect(
        resultPayment(
          [
            [
              { type: 'FormattedNumber', basicValue: 0.5, numberFormat: '0%' },
              { type: 'String', basicValue: 'S' },
            ],
          ],
          { type: 'Double', basicValue: RATE },
        ),
      ).toEqual([[500, 1000]]);
    });

    it('a single value reads as a 1×1 range', () => {
      expect(resultPayment('S' as unknown as unknown[][], RATE)).toEqual([[1000]]);
    });
  });
});
