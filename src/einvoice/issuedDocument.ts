import { CellValue, columnIndex, isBlank, qualifiedAddress } from '../engine/cells';
import { Amount, amount, formatAmount, round2, sum } from '../engine/money';
import { DateSystem, Day, dayFromSerial, IsoWeek, parseWeekLabel, weekLabel } from '../engine/weeks';
import { isEngineError } from '../engine/errors';
import { SheetGrid } from '../workbook/types';
import { entriesFor, Ledger, LEDGER_COLUMN, LedgerEntry } from '../sheet/ledger';
import { isWorkbookText, WORKBOOK_LANGUAGES, workbookText, WorkbookTextKey } from '../sheet/workbookTexts';
import { EInvoiceRefusal, refusal } from './refusal';

/** One line as issued: the candidate, its status, and what the line charged (an invoice) or changed (a correction). */
export interface IssuedLine {
  readonly candidateId: string;
  readonly status: string;
  readonly amount: Amount;
  /** The candidate id cell and the cell the amount is read from, e.g. `'Invoice 2021-W10'!I17`. */
  readonly idAddress: string;
  readonly amountAddress: string;
}

/** A ledger entry as the workbook records it: the number an e-invoice carries and the day it was issued. */
export interface IssuedReference {
  /** The Settlement ledger row (1-based): one series of numbers, one per invoice or correction, in the order issued. */
  readonly number: string;
  readonly issued: Day;
}

/** What an invoice or correction issued, read back from its sheet and the ledger row that records it. */
export interface IssuedDocument extends IssuedReference {
  readonly kind: 'invoice' | 'correction';
  readonly week: IsoWeek;
  readonly sheet: string;
  readonly fingerprint: string;
  readonly currency: string;
  /** Every line of the sheet's table, lines that charged nothing included. */
  readonly lines: readonly IssuedLine[];
  /** The invoice's total, or the correction's total difference. */
  readonly total: Amount;
  /** A correction's invoice: the document it corrects. */
  readonly corrects?: IssuedReference;
}

export interface DocumentChoice {
  readonly week: IsoWeek;
  /** The nth correction of the week (1-based); the week's invoice when absent. */
  readonly correction?: number;
}

/** The ledger entry for the chosen document, and the week's invoice entry. */
export function chooseEntry(ledger: Ledger, choice: DocumentChoice): { entry: LedgerEntry; invoice: LedgerEntry } | EInvoiceRefusal {
  const week = weekLabel(choice.week);
  const entries = entriesFor(ledger, choice.week);
  const invoice = entries.find((entry) => entry.kind === 'invoice');
  if (!invoice) return refusal('notIssued', { week });
  if (choice.correction === undefined) return { entry: invoice, invoice };
  const corrections = entries.filter((entry) => entry.kind === 'correction');
  const entry = corrections[choice.correction - 1];
  if (!entry) return refusal('noCorrection', { week, nth: choice.correction, count: corrections.length });
  return { entry, invoice };
}

/** The number and issue day the ledger row records: its row and the day of its "Built" time. */
export function issuedReference(ledgerGrid: SheetGrid, entry: LedgerEntry, system: DateSystem): IssuedReference | EInvoiceRefusal {
  const built = ledgerGrid.rows[entry.row]?.[columnIndex(LEDGER_COLUMN.built)];
  const day = typeof built === 'number' ? dayFromSerial(Math.floor(built), system) : undefined;
  if (day === undefined)
    return refusal('ledgerUnreadable', { cells: qualifiedAddress(ledgerGrid.name, entry.row, columnIndex(LEDGER_COLUMN.built)) });
  return { number: String(entry.row + 1), issued: day };
}

const AMOUNT_COLUMN = { invoice: 'column.issued', correction: 'column.difference' } as const;
const HEADER = { week: 'header.week', fingerprint: 'header.fingerprint', currency: 'header.currency' } as const;

/**
 * Reads an issued sheet as the ledger row records it, and refuses when the two disagree: another week,
 * another fingerprint, another number of lines, or amounts that do not foot to the ledger's total.
 */
export function readIssuedDocument(
  grid: SheetGrid,
  entry: LedgerEntry,
  reference: IssuedReference,
  corrects?: IssuedReference,
): IssuedDocument | EInvoiceRefusal {
  const kind = entry.kind === 'correction' ? 'correction' : 'invoice';
  const sheet = grid.name;
  const row = entry.row + 1;
  const header = headerValues(grid);
  const found = typeof header.week === 'string' ? parseWeekLabel(header.week) : undefined;
  if (!found || isEngineError(found) || found.monday !== entry.week.monday)
    return refusal('weekMismatch', { sheet, found: String(header.week ?? ''), row, week: weekLabel(entry.week) });
  if (header.fingerprint !== entry.fingerprint) return refusal('fingerprintMismatch', { sheet, row });
  const table = readTable(grid, AMOUNT_COLUMN[kind]);
  if (table === undefined && entry.lines > 0)
    return refusal('tableUnreadable', { sheet, columns: tableColumns(['column.id', 'column.status', AMOUNT_COLUMN[kind]]) });
  // A correction under a payment cap lists the whole week; only the lines it changes are charged or credited.
  const lines = (table?.lines ?? []).filter((line) => kind === 'invoice' || !line.amount.isZero());
  if (lines.length !== entry.lines) return refusal('lineCount', { sheet, found: lines.length, row, lines: entry.lines });
  const total = sum(lines.map((line) => line.amount));
  const sheetTotal = table?.total;
  if (!total.equals(entry.total) || (sheetTotal !== undefined && !total.equals(sheetTotal)))
    return refusal('doesNotFoot', {
      sheet,
      lines: formatAmount(total),
      sheetTotal: sheetTotal === undefined ? '—' : formatAmount(sheetTotal),
      row,
      ledgerTotal: formatAmount(entry.total),
    });
  return {
    ...reference,
    kind,
    week: entry.week,
    sheet,
    fingerprint: entry.fingerprint,
    currency: typeof header.currency === 'string' && header.currency.trim() !== '' ? header.currency.trim() : 'DKK',
    lines,
    total,
    ...(corrects ? { corrects } : {}),
  };
}

/** `Candidate ID, Status, Issued / Kandidat-ID, Status, Faktureret`: the columns as each language names them. */
function tableColumns(keys: readonly WorkbookTextKey[]): string {
  return WORKBOOK_LANGUAGES.map((language) => keys.map((key) => workbookText(language, key)).join(', ')).join(' / ');
}

/** The header block's values by their labels in column A, in whichever language the sheet was written. */
function headerValues(grid: SheetGrid): Partial<Record<keyof typeof HEADER, CellValue>> {
  const values: Partial<Record<keyof typeof HEADER, CellValue>> = {};
  for (const cells of grid.rows) {
    if (isWorkbookText(cells?.[0], 'column.id')) break;
    for (const key of Object.keys(HEADER) as (keyof typeof HEADER)[])
      if (cells && isWorkbookText(cells[0], HEADER[key])) values[key] = cells[1] ?? null;
  }
  return values;
}

/** The sheet's table, in whichever language it was written: its lines up to the totals row, and the totals row's amount. */
function readTable(grid: SheetGrid, amountColumn: WorkbookTextKey): { lines: IssuedLine[]; total?: Amount } | undefined {
  const headerRow = grid.rows.findIndex((cells) => isWorkbookText(cells?.[0], 'column.id'));
  if (headerRow < 0) return undefined;
  const names = grid.rows[headerRow]!;
  const column = (key: WorkbookTextKey) => names.findIndex((name) => isWorkbookText(name, key));
  const [status, money] = [column('column.status'), column(amountColumn)];
  if (status < 0 || money < 0) return undefined;
  const lines: IssuedLine[] = [];
  for (let row = headerRow + 1; row < grid.rows.length; row++) {
    const cells = grid.rows[row] ?? [];
    if (isWorkbookText(cells[0], 'row.total')) return { lines, total: amountOf(cells[money]) };
    if (isBlank(cells[0]) && isBlank(cells[money])) continue;
    const value = amountOf(cells[money]);
    if (value === undefined) return undefined;
    lines.push({
      candidateId: String(cells[0] ?? '').trim(),
      status: isBlank(cells[status])
        ? ''
        : typeof cells[status] === 'object'
          ? (cells[status] as { error: string }).error
          : String(cells[status]),
      amount: value,
      idAddress: qualifiedAddress(grid.name, row, 0),
      amountAddress: qualifiedAddress(grid.name, row, money),
    });
  }
  return { lines };
}

/** A cell written as 1234.57 may read back as a float a hair off; øre are what it says. */
function amountOf(value: CellValue | undefined): Amount | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? round2(amount(value)) : undefined;
}
