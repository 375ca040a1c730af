import { cellAddress } from '../engine/cells';
import { toNumber } from '../engine/money';
import { DateSystem, serialFromDay, sundayOf, weekLabel } from '../engine/weeks';
import { CellSpec } from '../workbook/types';
import { termReference, TermReferences } from './contractTerms';
import { Invoice } from './invoice';
import { LEDGER_COLUMN, LEDGER_SHEET } from './ledger';
import { sheetCell } from './settlementTable';

export interface SheetOptions {
  readonly defined: TermReferences;
  readonly builtAt: Date;
  readonly dateSystem: DateSystem;
  /** Once a ledger exists, what was invoiced before the week is what it records (DESIGN §4.5). */
  readonly ledgerExists: boolean;
}

/** Rows of the header block (0-based) that formulas refer to. */
export const HEADER_ROW = { week: 5, monday: 6, sunday: 7, fingerprint: 10, invoicedBefore: 12 } as const;

export const HEADER_ROWS = 15;

export const absolute = (row: number): string => `$B$${row + 1}`;

const text = (value: string, bold = false): CellSpec => ({ value, bold });
const label = (value: string): CellSpec => ({ value, bold: true });

/**
 * The header block of an invoice or correction sheet: what, for whom, which week, from what data and
 * when, and what was invoiced before the week — from the ledger when there is one.
 */
export function sheetHeader(title: string, invoice: Invoice, options: SheetOptions): ((CellSpec | null)[] | null)[] {
  const { defined, dateSystem } = options;
  const term = (key: 'contractName' | 'commissioner' | 'investor' | 'provider' | 'currency', fallback: string): CellSpec =>
    defined.has(key) ? { formula: termReference(defined, key), value: invoice.terms[key] ?? fallback } : text(fallback);
  const ledger = (column: keyof typeof LEDGER_COLUMN) => sheetCell(LEDGER_SHEET, `$${LEDGER_COLUMN[column]}:$${LEDGER_COLUMN[column]}`);
  const invoicedBefore: CellSpec = options.ledgerExists
    ? {
        formula: `SUMIFS(${ledger('total')},${ledger('monday')},"<"&${absolute(HEADER_ROW.monday)})`,
        value: toNumber(invoice.cumulativeBefore),
        format: 'amount',
      }
    : { value: toNumber(invoice.cumulativeBefore), format: 'amount' };
  return [
    [text(title, true)],
    [label('Contract'), term('contractName', '')],
    [label('Commissioner'), term('commissioner', '')],
    [label('Investor'), term('investor', '')],
    [label('Provider'), term('provider', '')],
    [label('Week'), text(weekLabel(invoice.week))],
    [label('Monday'), { value: serialFromDay(invoice.week.monday, dateSystem), format: 'date' }],
    [label('Sunday'), { value: serialFromDay(sundayOf(invoice.week), dateSystem), format: 'date' }],
    [label('Source sheet'), text(invoice.sheet.layout.sheet)],
    [label('Built'), { value: builtSerial(options.builtAt, dateSystem), format: 'datetime' }],
    [label('Fingerprint (SHA-256)'), text(invoice.fingerprint)],
    [label('Currency'), term('currency', invoice.terms.currency)],
    [label(options.ledgerExists ? 'Invoiced before this week (ledger)' : 'Invoiced before this week'), invoicedBefore],
    defined.has('paymentCap')
      ? [
          label('Cap remaining before this week'),
          {
            formula: `MAX(0,${termReference(defined, 'paymentCap')}-${cellAddress(HEADER_ROW.invoicedBefore, 1)})`,
            value: toNumber(invoice.capRemainingBefore!),
            format: 'amount',
          },
        ]
      : null,
    null,
  ];
}

/** The build time as an Excel date-time serial, in the machine's local time, to the second. */
export function builtSerial(at: Date, system: DateSystem): number {
  const day = Math.floor((at.getTime() - at.getTimezoneOffset() * 60_000) / 86_400_000);
  const seconds = at.getHours() * 3600 + at.getMinutes() * 60 + at.getSeconds();
  return serialFromDay(day, system) + seconds / 86_400;
}
