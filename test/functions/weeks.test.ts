import { weekLabel, weekStart } from '../../functions/functions';
import { excelError } from '../support/excelErrors';
import { useOfficeHost } from './officeHost';

useOfficeHost();

describe('WEEKLABEL', () => {
  it.each([
    ['x', '#VALUE!'],
    ['2021-02-30', '#VALUE!'],
    [true, '#VALUE!'],
    [0, '#NUM!'],
    [-1, '#NUM!'],
    [2958466, '#NUM!'],
  ])('%p is %s', async (date, code) => {
    expect(await weekLabel([[date]])).toEqual([[excelError(code)]]);
  });

  it('names the value that is not a date', async () => {
    expect(await weekLabel([['soon']])).toEqual([
      [excelError('#VALUE!', "'soon' is not a date — give an Excel date or a date like 2021-03-08")],
    ]);
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
  ])('%p is in %s', async (date, label) => {
    expect(await weekLabel([[date]])).toEqual([[label]]);
  });

  it('a blank date gives a blank label', async () => {
    expect(await weekLabel([[null, '']])).toEqual([['', '']]);
  });

  it('a range of dates spills the same shape', async () => {
    expect(
      await weekLabel([
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
  ])('%p is %s', async (week, code, message) => {
    expect(await weekStart([[week]])).toEqual([[excelError(code, message)]]);
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
  ])('%p starts on serial %p', async (week, serial) => {
    expect(await weekStart([[week]])).toEqual([[serial]]);
  });

  it('a week that begins before 1900-01-01 has no serial: #NUM! naming its Monday', async () => {
    expect(await weekStart([['1899-W52', '1900-W01']])).toEqual([
      [excelError('#NUM!', "1899-W52 begins on 1899-12-25, before 1900-01-01, the workbook's first date"), 1],
    ]);
  });

  it('a date gives the Monday of its week', async () => {
    expect(await weekStart([[44265, '2021-01-03']])).toEqual([[44263, 44193]]);
  });

  it('a blank week gives a blank result', async () => {
    expect(await weekStart([[null]])).toEqual([['']]);
  });

  it('round-trips with WEEKLABEL', async () => {
    expect(await weekLabel(await weekStart([['2020-W53', '2021-W10']]))).toEqual([['2020-W53', '2021-W10']]);
  });
});
