import { cellAddress, CellValue, quoteSheetName } from '../engine/cells';
import { Language } from '../engine/messages';
import { CellSpec, NumberFormatKind, TableSpec } from '../workbook/types';
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
  const rows = lines.map((line, offset): (CellSpec | null)[] => {
    const row = firstRow + offset;
    const formulas = formulasOf({ row, sourceRow: line.candidate.row });
    const cellOf = (key: ColumnKey) => cellAddress(row, index(key));
    return columns.map((column) => {
      const formula = column.ownFormula ? column.ownFormula(line, cellOf) : column.formula && formulas[column.formula];
      return { ...(formula ? { formula } : {}), value: column.value(line), format: column.format };
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

/** Cached totals of amounts that are whole øre: summed in øre so the cache shows exactly what SUM gives. */
function sumOfCents(values: readonly number[]): number {
  return values.reduce((total, value) => total + Math.round(value * 100), 0) / 100;
}

/** `'Invoice 2021-W10'!J17`: a reference to a cell of another sheet. */
export function sheetCell(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}
