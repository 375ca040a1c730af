import { CellValue } from '../../src/engine/cells';
import { addWeeks, dayFromYmd, isoWeek, serialFromDay, weekLabel } from '../../src/engine/weeks';
import { CONTRACT_TERMS, newContractSheet } from '../../src/sheet/contractSheet';
import { SheetSpec, WorkbookChanges } from '../../src/workbook/types';

/**
 * The workbook the end-to-end test opens through the pane's file input: 30 candidates over 2021-W01 to W20,
 * every kind of status, two findings that do not stop an invoice (an unknown status, an id that looks like a
 * CPR number) and one warning (a share typed as text), a payment cap and a maximum of payable weeks.
 */
export const FIXTURE_WEEKS = Array.from({ length: 20 }, (_, index) => addWeeks(isoWeek(2021, 1), index));
/** A week with paid lines, lines past the maximum of payable weeks, and the line where the cap cuts in. */
export const FIXTURE_WEEK = '2021-W13';

const serial = (year: number, month: number, day: number) => serialFromDay(dayFromYmd(year, month, day));
/** 2021-W17, the week of 2021-04-30, when some candidates' enrolment ends. */
const ENDING_WEEK = 16;
const STATUSES: CellValue[] = ['S', 'D', 0.4, null, 'S', null, 'SELV', 0.75, null, 'delvis'];

export function fixtureWorkbook(): WorkbookChanges {
  const contract = newContractSheet(
    CONTRACT_TERMS.map((term) => term.key),
    {
      contractName: 'E2E contract',
      weeklyRate: 1234.565,
      partialRate: 617.28,
      maxWeeks: 8,
      contractStart: serial(2021, 1, 4),
      paymentCap: 200_000,
      invested: 100_000,
      currency: 'DKK',
    },
    'en',
  );
  const rows: (CellValue | undefined)[][] = [
    ['Candidate ID', 'Start', 'End', ...FIXTURE_WEEKS.map(weekLabel)],
    ...Array.from({ length: 30 }, (_, index) => {
      const [first, last] = [index % 5, index % 6 === 5 ? ENDING_WEEK : FIXTURE_WEEKS.length - 1];
      return [
        index === 7 ? '010190-1234' : `E-${String(index + 1).padStart(2, '0')}`,
        serial(2021, 1, 4 + first * 7),
        index % 6 === 5 ? serial(2021, 4, 30) : null,
        ...FIXTURE_WEEKS.map((_, week) => (week < first || week > last ? null : STATUSES[(index * 3 + week * 7) % STATUSES.length])),
      ];
    }),
  ];
  rows[4][3 + 6] = 'X';
  rows[9][3 + 5] = '0,5';
  const candidates: SheetSpec = {
    name: 'Candidates',
    rows: rows.map((row) => row.map((value) => (value === null || value === undefined ? null : { value }))),
  };
  return { addSheets: [...contract.addSheets, candidates], addNames: contract.addNames };
}
