import { investorIrr, investorMultiple, investorReturn } from '../../functions/functions';
import { excelError, thrownBy } from '../support/excelErrors';
import { useOfficeHost } from './officeHost';

useOfficeHost();

describe('INVESTORRETURN', () => {
  it('text in an amount range is #VALUE! naming it', () => {
    expect(thrownBy(() => investorReturn([['4 mio.']], [[1]]))).toEqual(
      excelError('#VALUE!', "'4 mio.' is not a number — give an amount, e.g. 4000000"),
    );
  });

  it('TRUE in an amount range is #VALUE!', () => {
    expect(thrownBy(() => investorReturn([[4000000]], [[true]]))).toEqual(excelError('#VALUE!'));
  });

  it('is repaid minus invested: the seed contract returned DKK 52,237', () => {
    expect(investorReturn([[4000000]], [[1000000], [2000000], [1052237]])).toBe(52237);
  });

  it('skips blank cells', () => {
    expect(investorReturn([[4000000, null, '']], [[4100000.5], [null]])).toBe(100000.5);
  });

  it('adds decimals exactly', () => {
    expect(investorReturn([[0.1], [0.2]], [[0.3]])).toBe(0);
  });

  it('rounds to øre, half away from zero', () => {
    expect(investorReturn([[0]], [[1.005]])).toBe(1.01);
    expect(investorReturn([[0.125]], [[0]])).toBe(-0.13);
  });
});

describe('INVESTORMULTIPLE', () => {
  it.each([[[[0]]], [[[null]]], [[[0], [0]]]])('nothing invested (%p) is #DIV/0!', (invested) => {
    expect(thrownBy(() => investorMultiple(invested, [[100]]))).toEqual(
      excelError('#DIV/0!', 'Nothing is invested, so there is no money multiple — give the invested amounts'),
    );
  });

  it('text in an amount range is #VALUE!', () => {
    expect(thrownBy(() => investorMultiple([['x']], [[1]]))).toEqual(excelError('#VALUE!'));
  });

  it('is repaid divided by invested', () => {
    expect(investorMultiple([[4000000]], [[4052237]])).toBe(1.01305925);
    expect(investorMultiple([[1000], [1000]], [[3000]])).toBe(1.5);
  });
});

describe('INVESTORIRR', () => {
  const amounts = [[-10000], [2750], [4250], [3250], [2750]];
  const serials = [[39448], [39508], [39751], [39859], [39904]];
  const isoDates = [['2008-01-01'], ['2008-03-01'], ['2008-10-30'], ['2009-02-15'], ['2009-04-01']];

  it('no sign change is #NUM! with a message', async () => {
    await expect(investorIrr([[100], [200]], [[39448], [39508]])).rejects.toEqual(
      excelError('#NUM!', 'The IRR needs at least one negative (invested) and one positive (repaid) amount'),
    );
  });

  it('different numbers of amounts and dates is #NUM!', async () => {
    await expect(investorIrr(amounts, serials.slice(1))).rejects.toEqual(
      excelError('#NUM!', 'Amounts and dates must have the same number of cells (5 amounts, 4 dates)'),
    );
  });

  it.each([
    ['8/3/2021', '#VALUE!'],
    [true, '#VALUE!'],
    [0, '#NUM!'],
  ])('a date %p is %s', async (date, code) => {
    await expect(investorIrr([[-1], [2]], [[39448], [date]])).rejects.toEqual(excelError(code));
  });

  it('a date before the first is #NUM!', async () => {
    await expect(investorIrr([[-1], [2]], [[39448], [39447]])).rejects.toEqual(
      excelError('#NUM!', 'Date 2007-12-31 is before the first date — the first date must be the earliest'),
    );
  });

  it('an amount that is not a number is #VALUE!', async () => {
    await expect(investorIrr([[-1], ['2']], [[39448], [39508]])).rejects.toEqual(excelError('#VALUE!'));
  });

  it.each([
    ['x', '#VALUE!'],
    [-1, '#NUM!'],
  ])('a guess %p is %s', async (guess, code) => {
    await expect(investorIrr(amounts, serials, guess)).rejects.toEqual(excelError(code));
  });

  it('reads dates as Excel serials or ISO text alike', async () => {
    expect(await investorIrr(amounts, isoDates)).toBe(await investorIrr(amounts, serials));
  });

  it('a guess only starts the search', async () => {
    expect(await investorIrr(amounts, serials, 0.5)).toBeCloseTo(await investorIrr(amounts, serials), 12);
  });

  it('skips pairs where both cells are blank', async () => {
    expect(await investorIrr([...amounts, [null]], [...serials, ['']])).toBe(await investorIrr(amounts, serials));
  });

  it('a flow a year later with a loss of 99 % finds the root near −100 %', async () => {
    const rate = await investorIrr([[-100], [1]], [['2019-01-01'], ['2020-01-01']]);
    expect(rate).toBeCloseTo(-0.99, 10);
  });
});
