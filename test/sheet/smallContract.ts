import { CellValue } from '../../src/engine/cells';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { WorkbookChanges } from '../../src/workbook/types';
import { contractSheet, serial } from './fixtures';

/**
 * A small contract for the explain and investor tests: weeks 2021-W10 to W13 in columns D–G, rates with a
 * share that needs rounding, at most 2 payable weeks per candidate, a cap and an investment.
 */
export const SMALL_TERMS: Record<string, CellValue> = {
  SIB_WeeklyRate: 1234.565,
  SIB_PartialRate: 600,
  SIB_MaxWeeks: 2,
  SIB_ContractStart: serial('2021-03-01'),
  SIB_ContractEnd: serial('2021-12-31'),
  SIB_PaymentCap: 4000,
  SIB_Invested: 3000,
};

export const SMALL_CANDIDATES: CellValue[][] = [
  ['Candidate ID', 'Start', 'End', '2021-W10', '2021-W11', '2021-W12', '2021-W13'],
  ['K-1', serial('2021-03-01'), null, 'S', 'S', 'S', null],
  ['K-2', serial('2021-03-01'), null, 0.4, 'D', null, 'S'],
  ['K-3', serial('2021-03-15'), null, 'S', null, null, null],
  ['K-4', null, null, null, null, null, 'S'],
];

export function smallWorkbook(
  candidates: CellValue[][] = SMALL_CANDIDATES,
  terms: Record<string, CellValue> = SMALL_TERMS,
  extra: Record<string, CellValue[][]> = {},
): MemoryWorkbook {
  const contract = contractSheet(terms);
  return new MemoryWorkbook({ Contract: contract.rows, Candidates: candidates, ...extra }, contract.names);
}

/** The workbook with a job's changes applied: new sheets added, ledger rows appended. */
export async function withChanges(workbook: MemoryWorkbook, changes: WorkbookChanges): Promise<MemoryWorkbook> {
  const sheets: Record<string, (CellValue[] | undefined)[]> = {};
  for (const name of await workbook.sheetNames())
    sheets[name] = (await workbook.readSheet(name)).rows.map((row) => (row ? [...row] : undefined));
  for (const sheet of changes.addSheets) sheets[sheet.name] = sheet.rows.map((row) => (row ?? []).map((cell) => cell?.value ?? null));
  for (const append of changes.appendRows ?? [])
    append.rows.forEach((row, offset) => (sheets[append.sheet][append.firstRow + offset] = row.map((cell) => cell?.value ?? null)));
  return new MemoryWorkbook(sheets, [...(await workbook.definedNames()), ...(changes.addNames ?? [])]);
}
