import { cellAddress, columnLetters, quoteSheetName } from '../engine/cells';
import { Language } from '../engine/messages';
import { toNumber } from '../engine/money';
import { DateSystem, serialFromDay, sundayOf, weekLabel } from '../engine/weeks';
import { CellSpec } from '../workbook/types';
import { CandidateSheet } from './candidates';
import { termReference, TermReferences } from './contractTerms';
import { Invoice } from './invoice';
import { LEDGER_COLUMN } from './ledger';
import { sheetCell } from './settlementTable';
import { weekMondayFormula } from './weekMondayFormula';
import { workbookText, WorkbookTextKey } from './workbookTexts';

export interface SheetOptions {
  readonly defined: TermReferences;
  readonly builtAt: Date;
  readonly dateSystem: DateSystem;
  /**
   * The ledger's sheet, in whichever language it was created — or the one created with this sheet, whose
   * opening row records what the history invoiced before: what was invoiced before the week is what the
   * ledger records (docs/rules.md §4.5).
   */
  readonly ledgerSheet: string;
  /** The workbook's language (SIB_Language): of the sheet's name, labels and column names. */
  readonly language: Language;
}

/** Rows of the header block (0-based) that formulas refer to. */
export const HEADER_ROW = { week: 5, monday: 6, sunday: 7, fingerprint: 10, invoicedBefore: 12, weekMondays: 14 } as const;

export const HEADER_ROWS = 15;

/** The first column of the row of week Mondays: B, beside its label. */
const FIRST_MONDAY_COLUMN = 1;

export const absolute = (row: number): string => `$B$${row + 1}`;

const text = (value: string, bold = false): CellSpec => ({ value, bold });

/**
 * The header block of an invoice or correction sheet: what, for whom, which week, from what data and
 * when, and what was invoiced before the week, summed over the ledger.
 */
export function sheetHeader(title: string, invoice: Invoice, options: SheetOptions): ((CellSpec | null)[] | null)[] {
  const { defined, dateSystem, ledgerSheet, language } = options;
  const label = (key: WorkbookTextKey): CellSpec => ({ value: workbookText(language, key), bold: true });
  const term = (key: 'contractName' | 'commissioner' | 'investor' | 'provider' | 'currency', fallback: string): CellSpec =>
    defined.has(key) ? { formula: termReference(defined, key), value: invoice.terms[key] ?? fallback } : text(fallback);
  const ledger = (column: keyof typeof LEDGER_COLUMN) => sheetCell(ledgerSheet, `$${LEDGER_COLUMN[column]}:$${LEDGER_COLUMN[column]}`);
  const invoicedBefore: CellSpec = {
    formula: `SUMIFS(${ledger('total')},${ledger('monday')},"<"&${absolute(HEADER_ROW.monday)})`,
    value: toNumber(invoice.cumulativeBefore),
    format: 'amount',
  };
  return [
    [text(title, true)],
    [label('header.contract'), term('contractName', '')],
    [label('header.commissioner'), term('commissioner', '')],
    [label('header.investor'), term('investor', '')],
    [label('header.provider'), term('provider', '')],
    [label('header.week'), text(weekLabel(invoice.week))],
    [
      label('header.monday'),
      {
        formula: weekMondayFormula(absolute(HEADER_ROW.week), weekLabel(invoice.week)),
        value: serialFromDay(invoice.week.monday, dateSystem),
        format: 'date',
      },
    ],
    [
      label('header.sunday'),
      { formula: `${absolute(HEADER_ROW.monday)}+6`, value: serialFromDay(sundayOf(invoice.week), dateSystem), format: 'date' },
    ],
    [label('header.sourceSheet'), text(invoice.sheet.layout.sheet)],
    [label('header.built'), { value: builtSerial(options.builtAt, dateSystem), format: 'datetime' }],
    [label('header.fingerprint'), text(invoice.fingerprint)],
    [label('header.currency'), term('currency', invoice.terms.currency)],
    [label('header.invoicedBefore'), invoicedBefore],
    defined.has('paymentCap')
      ? [
          label('header.capRemaining'),
          {
            formula: `MAX(0,${termReference(defined, 'paymentCap')}-${cellAddress(HEADER_ROW.invoicedBefore, 1)})`,
            value: toNumber(invoice.capRemainingBefore!),
            format: 'amount',
          },
        ]
      : null,
    weekMondaysRow(invoice.sheet, language),
  ];
}

/**
 * The Monday of every week column of the candidate sheet, each a formula over its header, in one row from
 * column B on (columns between week columns stay empty): the week dates the lines' payable-weeks-before
 * formulas count by.
 */
function weekMondaysRow(sheet: CandidateSheet, language: Language): (CellSpec | null)[] {
  const { layout, weekColumns, weekHeaders, weeks, dateSystem } = sheet;
  const [first, last] = [Math.min(...weekColumns), Math.max(...weekColumns)];
  const cells: (CellSpec | null)[] = Array.from({ length: last - first + 1 }, () => null);
  weekColumns.forEach((column, index) => {
    const header = `${quoteSheetName(layout.sheet)}!${columnLetters(column)}$${layout.headerRow + 1}`;
    const value = serialFromDay(weeks[index].monday, dateSystem);
    cells[column - first] = { formula: weekMondayFormula(header, weekHeaders[index]), value, format: 'date' };
  });
  const headers = `${cellAddress(layout.headerRow, first)}:${cellAddress(layout.headerRow, last)}`;
  const range = `${quoteSheetName(layout.sheet)}!${headers}`;
  return [{ value: workbookText(language, 'header.weekMondays', { range }), bold: true }, ...cells];
}

const DATE_WIDTH = 11;

/** Column widths from A: the table's, then wide enough for the dates of the week Mondays row. */
export function headerColumnWidths(tableWidths: readonly number[], sheet: CandidateSheet): number[] {
  const mondays = Math.max(...sheet.weekColumns) - Math.min(...sheet.weekColumns) + 1;
  return Array.from(
    { length: Math.max(tableWidths.length, FIRST_MONDAY_COLUMN + mondays) },
    (_, column) => tableWidths[column] ?? DATE_WIDTH,
  );
}

/** The cells of the week Mondays row that belong to the candidate sheet's columns `first` to `last`. */
export function weekMondaysRange(sheet: CandidateSheet, first: number, last: number): string {
  const start = Math.min(...sheet.weekColumns);
  const at = (column: number) => `$${columnLetters(FIRST_MONDAY_COLUMN + column - start)}$${HEADER_ROW.weekMondays + 1}`;
  return `${at(first)}:${at(last)}`;
}

/** The build time as an Excel date-time serial, in the machine's local time, to the second. */
export function builtSerial(at: Date, system: DateSystem): number {
  const day = Math.floor((at.getTime() - at.getTimezoneOffset() * 60_000) / 86_400_000);
  const seconds = at.getHours() * 3600 + at.getMinutes() * 60 + at.getSeconds();
  return serialFromDay(day, system) + seconds / 86_400;
}
