import { createXlsx } from '../../src/adapters/xlsx';
import { addWeeks, isoWeek, serialFromDay, weekLabel } from '../../src/engine/weeks';
import { CellSpec, SheetSpec } from '../../src/workbook/types';
import { statusGrid } from './statusGrid';

export const BENCH_FIRST_WEEK = isoWeek(2018, 1);

/** A candidate workbook of the size issue 3 measures: 10,000 candidates × 156 weeks, with contract terms. */
export function benchWorkbook(candidates: number, weekCount: number): Uint8Array {
  const weeks = Array.from({ length: weekCount }, (_, index) => addWeeks(BENCH_FIRST_WEEK, index));
  const statuses = statusGrid(candidates, weekCount, 7);
  const sheet: SheetSpec = {
    name: 'Candidates',
    rows: [
      [{ value: 'Candidate ID' }, { value: 'Start' }, ...weeks.map((week) => ({ value: weekLabel(week) }))],
      ...statuses.map((row, index): (CellSpec | null)[] => [
        { value: `K-${String(index + 1).padStart(5, '0')}` },
        { value: serialFromDay(BENCH_FIRST_WEEK.monday - (index % 300)), format: 'date' },
        ...row.map((value) => (value === null ? null : { value })),
      ]),
    ],
  };
  const terms: [string, number][] = [
    ['SIB_WeeklyRate', 1250.5],
    ['SIB_PartialRate', 625.25],
    ['SIB_MaxWeeks', 52],
    ['SIB_PaymentCap', 900_000_000],
  ];
  const contract: SheetSpec = { name: 'Contract', rows: terms.map(([name, value]) => [{ value: name }, { value }]) };
  return createXlsx({
    addSheets: [contract, sheet],
    addNames: terms.map(([name], index) => ({ name, formula: `Contract!$B$${index + 1}` })),
  });
}
