import { CellValue } from '../../src/engine/cells';
import { seededRandom } from '../../src/demo/random';
import { dayFromYmd, formatDay, isoWeek, serialFromDay, weekLabel, ymdFromDay } from '../../src/engine/weeks';
import { CellSpec, SheetSpec, WorkbookChanges } from '../../src/workbook/types';
import { sampleStatusCells } from '../support/statusCells';

/**
 * A candidate sheet with generated, messy status cells (test/support/statusCells.ts) over weeks 2021-W01 to
 * 2021-W24, for the differential test. Its week headers take every form a header may take (dates with and
 * without a time, ISO labels in three spellings, Danish and ISO dates as text); a notes column sits between
 * two weeks and two weeks are out of order, so the formulas must go by each column's Monday. The notes are
 * text that is no status (the check warns about the column; a status there would be an error). Enrolment dates
 * are random, some blank or only spaces, some with a time of day, some Excel's first or last date; the contract
 * runs from 2021-W02 to 2021-W23.
 */
export const SEED = 20210308;
export const WEEK_COUNT = 24;
export const CANDIDATE_COUNT = 100;
export const CANDIDATE_SHEET = 'Kandidater';
export const WEEKS = Array.from({ length: WEEK_COUNT }, (_, index) => isoWeek(2021, index + 1));
export const HEADER_ROW = 2;

const serial = (year: number, month: number, day: number) => serialFromDay(dayFromYmd(year, month, day));

/** The header of week `index` (0-based), in one of seven forms by turn. */
function weekHeader(index: number): CellValue {
  const week = WEEKS[index];
  const { year, month, day } = ymdFromDay(week.monday + 1);
  const label = weekLabel(week);
  switch (index % 7) {
    case 0:
      return serialFromDay(week.monday);
    case 1:
      return serialFromDay(week.monday + 2) + 0.5;
    case 2:
      return label;
    case 3:
      return label.replace('-W', 'w');
    case 4:
      return ` ${label} `;
    case 5:
      return index % 2 ? `${day}-${month}-${year}` : `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
    default:
      return formatDay(week.monday + 2);
  }
}

/** Week indexes in sheet order: 2021-W15 and W16 swapped, and the notes column (-1) after W10. */
const COLUMN_ORDER = [
  ...Array.from({ length: 10 }, (_, index) => index),
  -1,
  10,
  11,
  12,
  13,
  15,
  14,
  ...Array.from({ length: 8 }, (_, index) => 16 + index),
];
export const FIRST_WEEK_COLUMN = 4;

/** The sheet column of week `index` (0-based). */
export function weekColumn(index: number): number {
  return FIRST_WEEK_COLUMN + COLUMN_ORDER.indexOf(index);
}

/** What a notes column holds: remarks, one over two lines, and statuses that pay nothing. */
const NOTES: readonly CellValue[] = [
  'called on Tuesday',
  null,
  'new advisor\nfrom May',
  'Ring igen',
  null,
  'O',
  0,
  '  ',
  'job interview 12/3',
];

export interface MessyTerms {
  readonly paymentCap: number;
}

export function messyStatusWorkbook(terms: MessyTerms): WorkbookChanges {
  const random = seededRandom(SEED);
  const statuses = sampleStatusCells(SEED, CANDIDATE_COUNT * WEEK_COUNT);
  const notes = Array.from({ length: CANDIDATE_COUNT }, (_, candidate) => NOTES[candidate % NOTES.length]);
  const rows = Array.from({ length: CANDIDATE_COUNT }, (_, candidate): CellValue[] => {
    const start = enrolmentStart(random);
    const end = enrolmentEnd(random, start);
    const weekCells = COLUMN_ORDER.map((index) => (index < 0 ? notes[candidate] : statuses[candidate * WEEK_COUNT + index]));
    return [`K-${String(candidate + 1).padStart(3, '0')}`, candidate % 3 ? 'Anne' : 'Bo', start, end, ...weekCells];
  });
  const header = [
    'Kandidat-ID',
    'Rådgiver',
    'Startdato',
    'Slutdato',
    ...COLUMN_ORDER.map((index) => (index < 0 ? 'Note' : weekHeader(index))),
  ];
  const candidates: SheetSpec = {
    name: CANDIDATE_SHEET,
    rows: [
      [{ value: 'Synthetic candidates with messy status cells' }],
      null,
      header.map((value) => ({ value })),
      ...rows.map((row) => row.map((value) => (value === null ? null : { value }))),
    ],
  };
  const contractTerms: [string, CellValue, CellSpec['format']][] = [
    ['SIB_WeeklyRate', 1234.565, 'amount'],
    ['SIB_PartialRate', 617.285, 'amount'],
    ['SIB_MaxWeeks', 8, 'integer'],
    ['SIB_ContractStart', serial(2021, 1, 13), 'date'],
    ['SIB_ContractEnd', serial(2021, 6, 10), 'date'],
    ['SIB_PaymentCap', terms.paymentCap, 'amount'],
    ['SIB_ContractName', 'Differential test', 'text'],
  ];
  const contract: SheetSpec = {
    name: 'Contract',
    rows: [
      ['Name', 'Value'].map((value) => ({ value })),
      ...contractTerms.map(([name, value, format]) => [{ value: name }, { value, format }]),
    ],
  };
  return {
    addSheets: [contract, candidates],
    addNames: contractTerms.map(([name], index) => ({ name, formula: `Contract!$B$${index + 2}` })),
  };
}

/** Serial 1, 1900-01-01, and 2958465, 9999-12-31: the first and last dates Excel has, where formulas and engine could part. */
export const FIRST_SERIAL = 1;
export const LAST_SERIAL = 2_958_465;

/**
 * Blank, only spaces (read as blank), Excel's first or last date, or a date from December 2020 to mid-March
 * 2021, some with a time of day.
 */
function enrolmentStart(random: () => number): CellValue {
  const draw = random();
  if (draw < 0.35) return null;
  if (draw < 0.4) return '  ';
  if (draw < 0.42) return FIRST_SERIAL;
  if (draw < 0.44) return LAST_SERIAL;
  const day = serial(2020, 12, 1) + Math.floor(random() * 105);
  return draw < 0.5 ? day + 0.25 : day;
}

/** Blank, only spaces, Excel's last date, or a date after the start from February to the end of May 2021, some with a time. */
function enrolmentEnd(random: () => number, start: CellValue): CellValue {
  const draw = random();
  if (start === LAST_SERIAL || draw < 0.55) return null;
  if (draw < 0.6) return '  ';
  if (draw < 0.63) return LAST_SERIAL;
  const day = Math.max(typeof start === 'number' ? start : 0, serial(2021, 2, 1)) + Math.floor(random() * 120);
  return draw < 0.7 ? day + 0.75 : day;
}
