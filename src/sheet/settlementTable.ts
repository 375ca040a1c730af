import { cellAddress, CellValue, quoteSheetName } from '../engine/cells';
import { Language } from '../engine/messages';
import { CellSpec, FormulaRun, NumberFormatKind, TableSpec } from '../workbook/types';
import { FormulaColumn, InvoiceFormulaContext, lineFormulas } from './invoiceFormulas';
import { InvoiceLine } from './invoice';
import { workbookText, WorkbookTextKey } from './workbookTexts';

export type ColumnKey = Extract<WorkbookTextKey, `column.${string}`>;

/** One column of an invoice or correction table: its live formula (if any), the engine's value, its format. */
export interface TableColumn<Line> {
  /** Its name, in the workbook's language. */
  readonly key: ColumnKey;
  readonly formula?: FormulaColumn;
  /** A formula of its own, given the line's row (0-based) and the sheet's addresses of this line's other cells. */
  readonly ownFormula?: (line: Line, cellOf: (key: ColumnKey) => string) => string | undefined;
  readonly value: (line: Line) => CellValue | undefined;
  readonly format: NumberFormatKind;
  /** Summed in the totals row. */
  readonly total?: boolean;
}

export interface TableLayout {
  /** 0-based row of the table's header. */
  readonly headerRow: number;
  readonly name: string;
  readonly language: Language;
}

/**
 * The table of an invoice or correction sheet: header, one row per line with live formulas and the
 * engine's values cached beside them, and a totals row that sums the money columns.
 */
export function settlementTable<Line extends Pick<InvoiceLine, 'candidate'>>(
  lines: readonly Line[],
  columns: readonly TableColumn<Line>[],
  context: Omit<InvoiceFormulaContext, 'columns' | 'firstRow'>,
  layout: TableLayout,
): { rows: (CellSpec | null)[][]; table: TableSpec } {
  const index = (key: ColumnKey) => columns.findIndex((column) => column.key === key);
  const formulaColumns = Object.fromEntries(
    columns.filter((column) => column.formula).map((column) => [column.formula, index(column.key)]),
  );
  const firstRow = layout.headerRow + 1;
  const formulasOf = lineFormulas({ ...context, columns: formulaColumns as InvoiceFormulaContext['columns'], firstRow });
  const runsOf = formulaRuns(
    lines.map((line) => line.candidate.row),
    firstRow,
    formulasOf.followsCandidateRow,
  );
  const rows = lines.map((line, offset): (CellSpec | null)[] => {
    const row = firstRow + offset;
    const formulas = formulasOf({ row, sourceRow: line.candidate.row });
    const cellOf = (key: ColumnKey) => cellAddress(row, index(key));
    return columns.map((column) => {
      if (column.ownFormula) {
        const formula = column.ownFormula(line, cellOf);
        return { ...(formula ? { formula } : {}), value: column.value(line), format: column.format };
      }
      const formula = column.formula && formulas[column.formula];
      if (!formula) return { value: column.value(line), format: column.format };
      return { formula, formulaRun: runsOf(column.formula!)[offset], value: column.value(line), format: column.format };
    });
  });
  const lastRow = firstRow + lines.length - 1;
  const totals = columns.map((column, position): CellSpec | null => {
    if (position === 0) return { value: workbookText(layout.language, 'row.total'), bold: true };
    if (!column.total) return null;
    const values = lines.map(column.value).filter((value): value is number => typeof value === 'number');
    return {
      formula: `SUM(${cellAddress(firstRow, position)}:${cellAddress(lastRow, position)})`,
      value: sumOfCents(values),
      format: column.format,
      bold: true,
    };
  });
  const names = columns.map((column) => workbookText(layout.language, column.key));
  return {
    rows: [names.map((name) => ({ value: name, bold: true })), ...rows, totals],
    table: {
      name: layout.name,
      range: `${cellAddress(layout.headerRow, 0)}:${cellAddress(lastRow + 1, columns.length - 1)}`,
      columns: names,
      totalsRow: true,
    },
  };
}

/**
 * The run of rows each line's formula in a column belongs to (by the line's place in the table), so the
 * .xlsx file stores each run's formula once. A formula of the line's own cells is one shape down the whole
 * table; one that references the candidate's row keeps its shape while the candidates' rows go up one by
 * one with the lines, and starts a new run where they skip.
 */
function formulaRuns(
  candidateRows: readonly number[],
  firstRow: number,
  candidateColumns: ReadonlySet<FormulaColumn>,
): (column: FormulaColumn) => readonly FormulaRun[] {
  const lastRow = firstRow + candidateRows.length - 1;
  const breaks: number[] = [];
  for (let offset = 1; offset < candidateRows.length; offset++)
    if (candidateRows[offset] !== candidateRows[offset - 1] + 1) breaks.push(offset);
  const byColumn = new Map<FormulaColumn, FormulaRun[]>();
  return (column) => {
    let runs = byColumn.get(column);
    if (runs === undefined) {
      runs = candidateColumns.has(column)
        ? candidateRuns(breaks, firstRow, lastRow)
        : Array(candidateRows.length).fill({ firstRow, lastRow });
      byColumn.set(column, runs);
    }
    return runs;
  };
}

/** Each line's run, where runs start at the first line and at each of `breaks` (offsets of lines). */
function candidateRuns(breaks: readonly number[], firstRow: number, lastRow: number): FormulaRun[] {
  const runs: FormulaRun[] = [];
  const starts = [0, ...breaks];
  starts.forEach((start, index) => {
    const run = { firstRow: firstRow + start, lastRow: index + 1 < starts.length ? firstRow + starts[index + 1] - 1 : lastRow };
    for (let row = run.firstRow; row <= run.lastRow; row++) runs.push(run);
  });
  return runs;
}

/** Cached totals of amounts that are whole øre: summed in øre so the cache shows exactly what SUM gives. */
function sumOfCents(values: readonly number[]): number {
  return values.reduce((total, value) => total + Math.round(value * 100), 0) / 100;
}

/** `'Invoice 2021-W10'!J17`: a reference to a cell of another sheet. */
export function sheetCell(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}
