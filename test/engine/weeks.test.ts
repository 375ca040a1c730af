import { isEngineError } from '../../src/engine/errors';
import {
  addWeeks,
  dayFromSerial,
  dayFromYmd,
  formatDay,
  isoWeek,
  lastCompleteWeek,
  parseWeekLabel,
  serialFromDay,
  weekFromHeader,
  weekLabel,
  weekOf,
  weekOverlaps,
  weeksInYear,
} from '../../src/engine/weeks';

const day = (text: string) => {
  const [y, m, d] = text.split('-').map(Number);
  return dayFromYmd(y, m, d);
};

describe('ISO weeks', () => {
  test.each([
    ['2021-03-08', '2021-W10'],
    ['2021-03-14', '2021-W10'],
    ['2021-03-15', '2021-W11'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2020-12-28', '2020-W53'],
    ['2019-12-30', '2020-W01'],
    ['2018-01-01', '2018-W01'],
    ['2026-11-26', '2026-W48'],
    ['2015-12-31', '2015-W53'],
  ])('%s is in %s', (date, label) => {
    expect(weekLabel(weekOf(day(date)))).toBe(label);
  });

  test.each([
    [2015, 53],
    [2018, 52],
    [2019, 52],
    [2020, 53],
    [2021, 52],
    [2026, 53],
  ])('%i has %i weeks', (year, weeks) => {
    expect(weeksInYear(year)).toBe(weeks);
  });

  test('labels parse with or without the dash and give the Monday', () => {
    for (const text of ['2021-W10', '2021W10', ' 2021-w10 ']) {
      const week = parseWeekLabel(text);
      expect(isEngineError(week)).toBe(false);
      if (!isEngineError(week)) expect(formatDay(week.monday)).toBe('2021-03-08');
    }
  });

  test.each(['2021-10', '2021-W', 'W10', '21-W10', '2021-W100', ''])('%p is not a week label', (text) => {
    const week = parseWeekLabel(text);
    expect(isEngineError(week) && week.code).toBe('#VALUE!');
  });

  test('a week beyond the year is #NUM!', () => {
    const week = parseWeekLabel('2021-W53');
    expect(isEngineError(week) && week.code).toBe('#NUM!');
    expect(isEngineError(parseWeekLabel('2020-W53'))).toBe(false);
  });

  test('weeks step across a 53-week year', () => {
    expect(weekLabel(addWeeks(isoWeek(2020, 52), 1))).toBe('2020-W53');
    expect(weekLabel(addWeeks(isoWeek(2020, 53), 1))).toBe('2021-W01');
  });

  test('the last complete week before a Thursday is the previous one', () => {
    expect(weekLabel(lastCompleteWeek(day('2026-11-26')))).toBe('2026-W47');
    expect(weekLabel(lastCompleteWeek(day('2026-11-30')))).toBe('2026-W48');
  });

  test('a week overlaps a period when any of its seven days is inside', () => {
    const week = isoWeek(2021, 10);
    expect(weekOverlaps(week, day('2021-03-14'), undefined)).toBe(true);
    expect(weekOverlaps(week, day('2021-03-15'), undefined)).toBe(false);
    expect(weekOverlaps(week, undefined, day('2021-03-08'))).toBe(true);
    expect(weekOverlaps(week, undefined, day('2021-03-07'))).toBe(false);
    expect(weekOverlaps(week, undefined, undefined)).toBe(true);
  });
});

describe('Excel date serials', () => {
  test.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [44263, '2021-03-08'],
    [44263.75, '2021-03-08'],
    [2958465, '9999-12-31'],
  ])('1900 system: serial %p is %s', (serial, date) => {
    expect(formatDay(dayFromSerial(serial, '1900')!)).toBe(date);
  });

  test.each([
    [0, '1904-01-01'],
    [42801, '2021-03-08'],
  ])('1904 system: serial %p is %s', (serial, date) => {
    expect(formatDay(dayFromSerial(serial, '1904')!)).toBe(date);
  });

  test('serials round-trip and never produce the phantom day', () => {
    for (const date of ['1900-01-01', '1900-02-28', '1900-03-01', '2021-03-08', '2020-12-28']) {
      expect(formatDay(dayFromSerial(serialFromDay(day(date), '1900'), '1900')!)).toBe(date);
    }
    for (const date of ['1904-01-01', '2021-03-08', '2020-12-28']) {
      expect(formatDay(dayFromSerial(serialFromDay(day(date), '1904'), '1904')!)).toBe(date);
    }
    expect(serialFromDay(day('1900-03-01'))).toBe(61);
    expect(serialFromDay(day('2020-12-28'))).toBe(44193);
  });

  test.each([0, -5, Number.NaN, 2958466])('1900 serial %p is no date', (serial) => {
    expect(dayFromSerial(serial, '1900')).toBeUndefined();
  });
});

describe('week headers', () => {
  test('labels, dates in the week and ISO date text are weeks', () => {
    expect(weekLabel(weekFromHeader('2021-W10') as never)).toBe('2021-W10');
    expect(weekLabel(weekFromHeader(44266) as never)).toBe('2021-W10');
    expect(weekLabel(weekFromHeader(42804, '1904') as never)).toBe('2021-W10');
    expect(weekLabel(weekFromHeader('2021-03-10') as never)).toBe('2021-W10');
  });

  test('other headers are not weeks; a broken label is an error', () => {
    expect(weekFromHeader('Name')).toBeUndefined();
    expect(weekFromHeader(null)).toBeUndefined();
    expect(weekFromHeader('2021-10')).toBeUndefined();
    expect(isEngineError(weekFromHeader('2021-W54'))).toBe(true);
  });
});
