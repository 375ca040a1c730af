import { columnLetters, isBlank, qualifiedAddress } from '../engine/cells';
import { Language } from '../engine/messages';
import { Amount, amount, round2, sum, toNumber } from '../engine/money';
import { DateSystem, IsoWeek, parseWeekLabel, serialFromDay, weekLabel } from '../engine/weeks';
import { isEngineError } from '../engine/errors';
import { CellSpec, SheetGrid, SheetSpec } from '../workbook/types';
import { termReference, TermReferences } from './contractTerms';
import { sheetCell } from './settlementTable';
import { languageOfSheet } from './sheetNames';
import { isWorkbookText, workbookText } from './workbookTexts';

/**
 * docs/rules.md §7: the settlement ledger, one row per invoice or correction, in the order they were built. It is
 * created in the workbook's language and keeps its name and its language when the workbook's changes.
 */
export function ledgerSheetName(language: Language): string {
  return workbookText(language, 'sheet.ledger');
}

const COLUMNS = [
  'week',
  'monday',
  'kind',
  'sheet',
  'lines',
  'total',
  'cumulative',
  'remainingCap',
  'netReturn',
  'fingerprint',
  'built',
] as const;

type LedgerColumn = (typeof COLUMNS)[number];

/** Column letters, so other sheets' formulas can sum the ledger (e.g. what was invoiced before a week). */
export const LEDGER_COLUMN = Object.fromEntries(COLUMNS.map((key, index) => [key, columnLetters(index)])) as Record<LedgerColumn, string>;
const position = Object.fromEntries(COLUMNS.map((key, index) => [key, index])) as Record<LedgerColumn, number>;

/**
 * `opening`: what was invoiced before the ledger began — the first row, written with the first invoice, dated
 * the week before it. Weeks up to the opening were settled outside the ledger and are not built again.
 */
export type LedgerKind = 'opening' | 'invoice' | 'correction';

const KINDS: readonly LedgerKind[] = ['opening', 'invoice', 'correction'];

/** A Kind cell's entry kind, in any language; undefined for anything else. */
function kindOf(value: unknown): LedgerKind | undefined {
  return KINDS.find((kind) => isWorkbookText(value, `ledger.${kind}`));
}

export interface LedgerEntry {
  /** 0-based row on the ledger sheet. */
  readonly row: number;
  readonly week: IsoWeek;
  readonly kind: LedgerKind;
  readonly sheet: string;
  readonly lines: number;
  readonly total: Amount;
  readonly fingerprint: string;
}

export interface Ledger {
  /** Its sheet, absent before the first invoice creates it. */
  readonly sheet?: string;
  /** The language the ledger was created in, which its new rows keep. */
  readonly language: Language;
  readonly entries: readonly LedgerEntry[];
  /** The first empty row (0-based) below the entries, where the next one goes. */
  readonly nextRow: number;
  /** Rows the ledger could not read: their cells (`'Settlement ledger'!A7`). */
  readonly unreadable: readonly string[];
}

export function readLedger(grid: SheetGrid): Ledger {
  const entries: LedgerEntry[] = [];
  const unreadable: string[] = [];
  let nextRow = 1;
  grid.rows.forEach((cells, row) => {
    if (row === 0 || !cells || cells.every(isBlank)) return;
    nextRow = row + 1;
    const week = typeof cells[position.week] === 'string' ? parseWeekLabel(cells[position.week] as string) : undefined;
    const kind = kindOf(cells[position.kind]);
    const total = cells[position.total];
    if (!week || isEngineError(week) || !kind || typeof total !== 'number') {
      unreadable.push(qualifiedAddress(grid.name, row, 0));
      return;
    }
    entries.push({
      row,
      week,
      kind,
      sheet: String(cells[position.sheet] ?? ''),
      lines: Number(cells[position.lines] ?? 0),
      total: round2(amount(total)),
      fingerprint: String(cells[position.fingerprint] ?? ''),
    });
  });
  return { sheet: grid.name, language: languageOfSheet(grid.name, 'sheet.ledger') ?? 'en', entries, nextRow, unreadable };
}

/** The week the ledger opened with: weeks up to it were settled before the ledger existed. */
export function openingWeek(ledger: Ledger): IsoWeek | undefined {
  return ledger.entries.find((entry) => entry.kind === 'opening')?.week;
}

/**
 * What was invoiced before `week` as far as the ledger knows: its entries for earlier weeks, corrections
 * and the opening balance included. Undefined — settle from the sheet's history — when there is no ledger
 * or the week is not after its opening.
 */
export function ledgerInvoicedBefore(ledger: Ledger | undefined, week: IsoWeek): Amount | undefined {
  if (!ledger) return undefined;
  const opening = openingWeek(ledger);
  if (opening && week.monday <= opening.monday) return undefined;
  return sum(ledger.entries.filter((entry) => entry.week.monday < week.monday).map((entry) => entry.total));
}

/** The invoice and corrections recorded for `week`. */
export function entriesFor(ledger: Ledger, week: IsoWeek): LedgerEntry[] {
  return ledger.entries.filter((entry) => entry.kind !== 'opening' && entry.week.monday === week.monday);
}

export interface NewLedgerEntry {
  readonly week: IsoWeek;
  readonly kind: LedgerKind;
  /** The sheet that settles the entry; none for the opening balance. */
  readonly sheet: string;
  readonly lines: number;
  /** The cell on `sheet` that holds the total, referenced live (none for a sheet without lines); `total` is its value now. */
  readonly totalCell?: string;
  readonly total: Amount;
  readonly fingerprint: string;
  readonly builtAt: number;
}

/**
 * A ledger row. The total refers to the sheet's own total cell; the running figures are formulas over
 * the ledger's rows and the contract's names, so the ledger audits itself.
 */
export function ledgerRow(
  entry: NewLedgerEntry,
  row: number,
  ledger: Ledger,
  defined: TermReferences,
  terms: { paymentCap?: Amount; invested?: Amount },
  system: DateSystem,
): CellSpec[] {
  const R = row + 1;
  const cumulative = sum([...ledger.entries.map((each) => each.total), entry.total]);
  const cells: Record<LedgerColumn, CellSpec> = {
    week: { value: weekLabel(entry.week) },
    monday: { value: serialFromDay(entry.week.monday, system), format: 'date' },
    kind: { value: workbookText(ledger.language, `ledger.${entry.kind}`) },
    sheet: { value: entry.sheet || null },
    lines: { value: entry.lines, format: 'integer' },
    total: {
      ...(entry.totalCell ? { formula: sheetCell(entry.sheet, entry.totalCell) } : {}),
      value: toNumber(entry.total),
      format: 'amount',
    },
    cumulative: { formula: `SUM(${LEDGER_COLUMN.total}$2:${LEDGER_COLUMN.total}${R})`, value: toNumber(cumulative), format: 'amount' },
    remainingCap:
      defined.has('paymentCap') && terms.paymentCap
        ? {
            formula: `${termReference(defined, 'paymentCap')}-${LEDGER_COLUMN.cumulative}${R}`,
            value: toNumber(terms.paymentCap.minus(cumulative)),
            format: 'amount',
          }
        : { value: null },
    netReturn:
      defined.has('invested') && terms.invested
        ? {
            formula: `${LEDGER_COLUMN.cumulative}${R}-${termReference(defined, 'invested')}`,
            value: toNumber(cumulative.minus(terms.invested)),
            format: 'amount',
          }
        : { value: null },
    fingerprint: { value: entry.fingerprint },
    built: { value: entry.builtAt, format: 'datetime' },
  };
  return COLUMNS.map((key) => cells[key]);
}

/** A new ledger sheet in `language`, holding `rows`. */
export function ledgerSheet(rows: readonly CellSpec[][], language: Language): SheetSpec {
  return {
    name: ledgerSheetName(language),
    rows: [COLUMNS.map((key) => ({ value: workbookText(language, `ledger.${key}`), bold: true })), ...rows],
    columnWidths: [10, 12, 11, 22, 7, 14, 16, 14, 20, 66, 17],
  };
}

/** The ledger before its first row, to be created in `language`. */
export function noLedger(language: Language): Ledger {
  return { language, entries: [], nextRow: 1, unreadable: [] };
}
