import { CellValue } from '../../src/engine/cells';
import { CellSpec, SheetSpec, WorkbookChanges } from '../../src/workbook/types';
import { serial } from '../sheet/fixtures';

/**
 * A small contract that exercises every rule: enrolment dates, contract period, max weeks, a cap the
 * late weeks hit, a 53-week year (2020-W53), every status spelling, text numbers, invalid statuses.
 */
export const WEEKS = ['2020-W50', '2020-W51', '2020-W52', '2020-W53', '2021-W01', '2021-W02', '2021-W03'];

const CANDIDATES: CellValue[][] = [
  // id, advisor, start, end, statuses by week
  ['K-01', 'Anne', serial('2020-12-01'), null, 'S', 'S', 'S', 'S', 'S', 'S', 'S'],
  ['K-02', 'Bo', serial('2020-12-10'), serial('2021-01-06'), 'D', 'd', 'DELVIS', 'partial', 'D', 'D', null],
  ['K-03', 'Bo', null, null, 0.4, '0,5', '50%', 0.25, 'full', 'Selv', 1],
  ['K-04', 'Camilla', serial('2020-12-20'), null, 'S', 'S', 'S', 'S', 'X', 'S', 'S'],
  ['K-05', 'Camilla', null, serial('2020-12-27'), null, null, 'S', 'S', 'S', null, null],
  ['K-06', 'Dennis', null, null, 0.123, 0.5, { error: '#N/A' }, 1.5, 0.3333, 'S', 'D'],
  ['K-07', 'Dennis', null, null, 'O', '-', 'NONE', 0, 'S', 'S', 'S'],
];

const TERMS: [string, CellValue, CellSpec['format']][] = [
  ['SIB_WeeklyRate', 1234.565, 'amount'],
  ['SIB_PartialRate', 617.285, 'amount'],
  ['SIB_MaxWeeks', 5, 'integer'],
  ['SIB_ContractStart', serial('2020-12-14'), 'date'],
  ['SIB_ContractEnd', serial('2021-12-31'), 'date'],
  ['SIB_PaymentCap', 15000, 'amount'],
  ['SIB_ContractName', 'Test contract', 'text'],
];

/** The terms' cell on the Contract sheet (`Contract!B9`), for the terms given and `more` after them. */
export function termCell(name: string, more: Readonly<Record<string, CellValue>> = {}): string {
  return `Contract!B${[...TERMS.map(([term]) => term), ...Object.keys(more)].indexOf(name) + 2}`;
}

/** The workbook, with `more` terms (e.g. SIB_Language) after the contract's own. */
export function invoiceTestWorkbook(more: Readonly<Record<string, CellValue>> = {}): WorkbookChanges {
  const terms: [string, CellValue, CellSpec['format']][] = [
    ...TERMS,
    ...Object.entries(more).map(([name, value]): [string, CellValue, 'text'] => [name, value, 'text']),
  ];
  const contract: SheetSpec = {
    name: 'Contract',
    rows: [['Name', 'Value'].map((value) => ({ value })), ...terms.map(([name, value, format]) => [{ value: name }, { value, format }])],
  };
  const candidates: SheetSpec = {
    name: "Kandidater (Bo's)",
    rows: [
      [{ value: 'Synthetic candidates for the invoice tests' }],
      null,
      ['Kandidat-ID', 'Rådgiver', 'Startdato', 'Slutdato', ...WEEKS].map((value) => ({ value })),
      ...CANDIDATES.map((row) => row.map((value) => (value === null ? null : { value }))),
    ],
  };
  return { addSheets: [contract, candidates], addNames: terms.map(([name], index) => ({ name, formula: `Contract!$B$${index + 2}` })) };
}
