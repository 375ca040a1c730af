import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { CellValue, qualifiedAddress } from '../../src/engine/cells';
import { IsoWeek, parseWeekLabel, serialFromDay, sundayOf } from '../../src/engine/weeks';
import { DEMO_SHEET, demoWeeks, demoWorkbook } from '../../src/demo/demoWorkbook';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { CellSpec, SheetSpec, WorkbookChanges } from '../../src/workbook/types';

export const WEEK = '2019-W30';
export const week = (label: string) => parseWeekLabel(label) as IsoWeek;

/** The demo's candidate sheet: a title, a legend, the header, then one row per candidate; weeks from column E. */
const FIRST_CANDIDATE_ROW = 3;
const FIRST_WEEK_COLUMN = 4;
const weekColumn = (label: string) => FIRST_WEEK_COLUMN + demoWeeks().findIndex((each) => each.monday === week(label).monday);

/** The book with its invoice for `label` added, exactly as `sib invoice` writes it. */
export async function withInvoice(book: Uint8Array, label: string): Promise<Uint8Array> {
  const result = await runInvoice(openXlsx(book), { week: week(label), builtAt: new Date(2019, 6, 29, 9, 0) });
  if (result.kind !== 'invoice') throw new Error(`no invoice for ${label}: ${JSON.stringify(result)}`);
  return writeXlsx(book, result.changes);
}

/** Where the values copy puts the invoice table: a column of the fund's own to its left, from row 5. */
export const COPY_SHEET = 'Received';
const COPY_TOP = 4;
const COPY_LEFT = 2;

export interface ValuesCopy {
  readonly bytes: Uint8Array;
  /** `Received!E6`: the copy's cell of a candidate's line and an invoice column. */
  readonly cell: (candidateId: string, column: string) => string;
  /** The candidates whose lines have this status, in table order. */
  readonly withStatus: (status: CellValue) => string[];
}

/**
 * The invoice table's values (no formulas, no header block, no Excel table) pasted into a new workbook
 * at another position, with a column of the fund's own before it; `edit` changes cells by candidate and column.
 */
export async function valuesCopy(
  invoiceBook: Uint8Array,
  label: string,
  options: { totalsRow: boolean; edit?: Readonly<Record<string, Readonly<Record<string, CellValue>>>> },
): Promise<ValuesCopy> {
  const grid = await openXlsx(invoiceBook).readSheet(`Invoice ${label}`);
  const header = grid.rows.findIndex((row) => row?.[0] === 'Candidate ID');
  const totals = grid.rows.findIndex((row, index) => index > header && row?.[0] === 'Total');
  const table = grid.rows.slice(header, options.totalsRow ? totals + 1 : totals).map((row) => [...(row ?? [])]);
  const column = (name: string) => table[0].indexOf(name);
  const lineOf = (id: string) => table.findIndex((row) => row[0] === id);
  for (const [id, cells] of Object.entries(options.edit ?? {}))
    for (const [name, value] of Object.entries(cells)) table[lineOf(id)][column(name)] = value;
  const pasted = table.map((row, index) => [index === 0 ? 'Checked by the fund' : null, ...row]);
  const rows: (CellSpec | null)[][] = [
    ...Array.from({ length: COPY_TOP }, () => []),
    ...pasted.map((row) => [...Array<null>(COPY_LEFT).fill(null), ...row.map((value) => (value === null ? null : { value }))]),
  ];
  const sheet: SheetSpec = { name: COPY_SHEET, rows };
  return {
    bytes: createXlsx({ addSheets: [sheet] }),
    cell: (id, name) => qualifiedAddress(COPY_SHEET, COPY_TOP + lineOf(id), COPY_LEFT + 1 + column(name)),
    withStatus: (status) => table.filter((row) => row[column('Status')] === status).map((row) => row[0] as string),
  };
}

export interface OwnEdit {
  readonly id: string;
  readonly status: CellValue;
  /** The candidate's status cell for the week on the fund's own sheet. */
  readonly address: string;
}

/** The demo book with some status cells of one week changed, as the fund's own data might differ. */
export function demoBookWith(label: string, statuses: Readonly<Record<string, CellValue>>): { bytes: Uint8Array; edits: OwnEdit[] } {
  const demo = demoWorkbook();
  const column = weekColumn(label);
  const edits: OwnEdit[] = [];
  const sheets = demo.addSheets.map((sheet) => {
    if (sheet.name !== DEMO_SHEET) return sheet;
    const rows = sheet.rows.map((row, index) => {
      const id = row?.[0]?.value;
      if (index < FIRST_CANDIDATE_ROW || typeof id !== 'string' || !(id in statuses)) return row;
      edits.push({ id, status: statuses[id], address: qualifiedAddress(DEMO_SHEET, index, column) });
      const cells = [...row!];
      cells[column] = statuses[id] === null ? null : { value: statuses[id] };
      return cells;
    });
    return { ...sheet, rows };
  });
  const changes: WorkbookChanges = { ...demo, addSheets: sheets };
  return { bytes: createXlsx(changes), edits };
}

/**
 * A demo candidate with no status in the week, enrolled then and with few payable weeks before it, so a
 * status added there is paid in full.
 */
export function unpaidDemoCandidate(label: string): string {
  const { monday } = week(label);
  const column = weekColumn(label);
  const candidates = demoWorkbook()
    .addSheets.find((sheet) => sheet.name === DEMO_SHEET)!
    .rows.slice(FIRST_CANDIDATE_ROW);
  const found = candidates.find((row) => {
    const [start, end] = [row![2]!.value as number, row![3]!.value as number];
    const payableBefore = row!.slice(FIRST_WEEK_COLUMN, column).filter((cell) => cell !== null).length;
    return row![column] == null && start <= serialFromDay(sundayOf(week(label))) && end >= serialFromDay(monday) && payableBefore < 40;
  });
  return found![0]!.value as string;
}
