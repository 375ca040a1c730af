import { weekLabel, weekStart } from '../../functions/functions';
import { excelError } from '../support/excelErrors';

describe('WEEKLABEL', () => {
  it.each([
    ['x', '#VALUE!'],
    ['2021-02-30', '#VALUE!'],
    [true, '#VALUE!'],
    [0, '#NUM!'],
    [-1, '#NUM!'],
    [2958466, '#NUM!'],
  ])('%p is %s', (date, code) => {
    expect(weekLabel([[date]])).toEqual([[excelError(code)]]);
  });

  it('names the value that is not a date', () => {
    expect(weekLabel([['soon']])).toEqual([[excelError('#VALUE!', "'soon' is not a date — give an Excel date or a date like 2021-03-08")]]);
  });

  it.each([
    [44263, '2021-W10'],
    ['2021-03-08', '2021-W10'],
    [44269, '2021-W10'],
    [44263.75, '2021-W10'],
    [44199, '2020-W53'],
    ['2021-01-03', '2020-W53'],
    [44200, '2021-W01'],
    [1, '1900-W01'],
    [59, '1900-W09'],
    [60, '1900-W09'],
    [61, '1900-W09'],
    [2958465, '9999-W52'],
  ])('%p is in %s', (date, label) => {
    expect(weekLabel([[date]])).toEqual([[label]]);
  });

  it('a blank date gives a blank label', () => {
    expect(weekLabel([[null, '']])).toEqual([['', '']]);
  });

  it('a range of dates spills the same shape', () => {
    expect(
      weekLabel([
        [44263, 44270],
        ['x', null],
      ]),
    ).toEqual([
      ['2021-W10', '2021-W11'],
      [excelError('#VALUE!'), ''],
    ]);
  });
});

describe('WEEKSTART', () => {
  it.each([
    ['2021-10', '#VALUE!', "'2021-10' is not an ISO week — write it like 2021-W10"],
    ['W10', '#VALUE!', "'W10' is not an ISO week — write it like 2021-W10"],
    [true, '#VALUE!', "'TRUE' is not an ISO week — write it like 2021-W10"],
    ['2021-W53', '#NUM!', '2021-W53: the year 2021 has only 52 ISO weeks'],
    ['2021-W00', '#NUM!', '2021-W00: the year 2021 has only 52 ISO weeks'],
  ])('%p is %s', (week, code, message) => {
    expect(weekStart([[week]])).toEqual([[excelError(code, message)]]);
  });

  it.each([
    ['2021-W10', 44263],
    ['2021W10', 44263],
    [' 2021-w10 ', 44263],
    ['2020-W53', 44193],
    ['2021-W01', 44200],
    ['1900-W01', 1],
    ['1900-W09', 57],
    ['1900-W10', 65],
  ])('%p starts on serial %p', (week, serial) => {
    expect(weekStart([[week]])).toEqual([[serial]]);
  });

  it('a date gives the Monday of its week', () => {
    expect(weekStart([[44265, '2021-01-03']])).toEqual([[44263, 44193]]);
  });

  it('a blank week gives a blank result', () => {
    expect(weekStart([[null]])).toEqual([['']]);
  });

  it('round-trips with WEEKLABEL', () => {
    expect(weekLabel(weekStart([['2020-W53', '2021-W10']]))).toEqual([['2020-W53', '2021-W10']]);
  });
});
