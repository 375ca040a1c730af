import { CellValue } from '../../src/engine/cells';
import { dayFromYmd, serialFromDay } from '../../src/engine/weeks';
import { CONTRACT_TERMS, newContractSheet, TermValues } from '../../src/sheet/contractSheet';
import { SheetSpec, WorkbookChanges } from '../../src/workbook/types';

export const serial = (year: number, month: number, day: number) => serialFromDay(dayFromYmd(year, month, day));

export const TERMS: TermValues = {
  weeklyRate: 1000,
  partialRate: 500,
  maxWeeks: 3,
  contractStart: serial(2021, 1, 4),
  invested: 2500,
  currency: 'DKK',
};

/** A Contract sheet with `terms` and a Candidates sheet of `rows` (header first), as the pane's tests use them. */
export function workbookWith(rows: CellValue[][], terms: TermValues = TERMS): WorkbookChanges {
  const contract = newContractSheet(
    CONTRACT_TERMS.map((term) => term.key),
    terms,
    'en',
  );
  const candidates: SheetSpec = { name: 'Candidates', rows: rows.map((row) => row.map((value) => (value === null ? null : { value }))) };
  return { addSheets: [...contract.addSheets, candidates], addNames: contract.addNames };
}

/** Weeks 2021-W01 to W04: K-1 paid three weeks, K-2 partly; a clean sheet. */
export const CLEAN_ROWS: CellValue[][] = [
  ['Candidate ID', 'Start', '2021-W01', '2021-W02', '2021-W03', '2021-W04'],
  ['K-1', serial(2021, 1, 4), 'S', 'S', null, 'S'],
  ['K-2', serial(2021, 1, 4), null, 'D', 0.5, null],
];
