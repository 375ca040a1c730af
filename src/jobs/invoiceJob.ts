import { cellAddress } from '../engine/cells';
import { addWeeks, IsoWeek, weekLabel } from '../engine/weeks';
import { SheetSpec, WorkbookChanges, WorkbookReader } from '../workbook/types';
import { CorrectionLine, correctionLines, correctionSheet, correctionTotal } from '../sheet/correction';
import { linesInWeek } from '../engine/rules';
import { Terms } from '../engine/terms';
import { CandidateSheet } from '../sheet/candidates';
import { Finding } from '../sheet/findings';
import { buildInvoice, Invoice, InvoiceRefusal, isRefusal } from '../sheet/invoice';
import { invoiceSheet, MAX_INVOICE_LINES } from '../sheet/invoiceSheet';
import { IssuedLine, readIssued } from '../sheet/issued';
import {
  entriesFor,
  Ledger,
  ledgerInvoicedBefore,
  ledgerRow,
  ledgerSheet,
  ledgerSheetName,
  NewLedgerEntry,
  noLedger,
  openingWeek,
  readLedger,
} from '../sheet/ledger';
import { builtSerial, SheetOptions } from '../sheet/sheetHeader';
import { correctionSheetName, findLedgerSheet, invoiceSheetName, sheetNamesFor } from '../sheet/sheetNames';
import { ColumnKey } from '../sheet/settlementTable';
import { workbookText, WorkbookTextKey } from '../sheet/workbookTexts';
import { Language } from '../engine/messages';
import { CheckRequest, CheckResult, runCheck } from './checkJob';

export interface InvoiceRequest extends CheckRequest {
  readonly week: IsoWeek;
  readonly builtAt?: Date;
}

/** Why a week cannot be settled from a workbook at all. */
export type PreparationRefusal =
  | { readonly refused: 'blocking-findings'; readonly findings: readonly Finding[] }
  | { readonly refused: 'ledger-unreadable'; readonly cells: readonly string[] };

export type InvoiceJobRefusal =
  | PreparationRefusal
  | InvoiceRefusal
  | { readonly refused: 'sheet-without-ledger'; readonly sheet: string }
  | { readonly refused: 'before-ledger-opening'; readonly week: string; readonly opening: string }
  /** The week has more lines than one sheet holds under the invoice's header block. */
  | { readonly refused: 'too-many-lines'; readonly week: string; readonly lines: number; readonly limit: number };

/** What building a week's invoice comes to; `changes` is what to add to the workbook, and nothing else. */
export type InvoiceJobResult = WrittenLater<SettledInvoice>;

type WrittenLater<T> = T extends { readonly layout: (builtAt: Date) => WorkbookChanges }
  ? Omit<T, 'layout'> & { readonly changes: WorkbookChanges }
  : T;

/**
 * What the week's data gives before anything is laid out: the invoice, a correction, nothing new, or a
 * refusal. `layout` makes the sheet and the ledger row, which only a build needs, not a preview.
 */
export type SettledInvoice =
  | {
      readonly kind: 'invoice';
      readonly check: CheckResult;
      readonly invoice: Invoice;
      readonly sheetName: string;
      readonly layout: (builtAt: Date) => WorkbookChanges;
    }
  | {
      readonly kind: 'correction';
      readonly check: CheckResult;
      readonly invoice: Invoice;
      readonly lines: readonly CorrectionLine[];
      readonly sheetName: string;
      readonly layout: (builtAt: Date) => WorkbookChanges;
    }
  | { readonly kind: 'unchanged'; readonly check: CheckResult; readonly invoice: Invoice; readonly sheets: readonly string[] }
  | { readonly kind: 'refused'; readonly check: CheckResult; readonly refusal: InvoiceJobRefusal };

/**
 * docs/rules.md §7: builds the week's invoice — or, when the week was invoiced before, says the data is
 * unchanged or builds a correction with only the differences. Issued sheets are never changed; the
 * ledger gets one row per invoice or correction and then decides what was invoiced before a week.
 */
export async function runInvoice(workbook: WorkbookReader, request: InvoiceRequest): Promise<InvoiceJobResult> {
  const settled = await settleInvoice(workbook, request);
  if (settled.kind !== 'invoice' && settled.kind !== 'correction') return settled;
  const { layout, ...result } = settled;
  return { ...result, changes: layout(request.builtAt ?? new Date()) };
}

export async function settleInvoice(workbook: WorkbookReader, request: CheckRequest & { readonly week: IsoWeek }): Promise<SettledInvoice> {
  const prepared = await prepareSettlement(workbook, request);
  if ('refusal' in prepared) return { kind: 'refused', ...prepared };
  const { check, terms, ledger, has } = prepared;
  const { language } = check.contract;
  const refuse = (refusal: InvoiceJobRefusal): SettledInvoice => ({ kind: 'refused', check, refusal });
  const opening = ledger && openingWeek(ledger);
  if (opening && request.week.monday <= opening.monday)
    return refuse({ refused: 'before-ledger-opening', week: weekLabel(request.week), opening: weekLabel(opening) });
  const earlier = ledger ? entriesFor(ledger, request.week) : [];
  // An issued sheet the ledger does not record is refused in whichever language it was written.
  const unrecorded = (name: (each: Language) => string) => sheetNamesFor(name).find(has);
  const unrecordedInvoice = unrecorded((each) => invoiceSheetName(request.week, each));
  if (earlier.length === 0 && unrecordedInvoice) return refuse({ refused: 'sheet-without-ledger', sheet: unrecordedInvoice });

  const issued = await issuedSoFar(
    workbook,
    earlier.map((entry) => entry.sheet),
  );
  const alwaysLine = new Set(
    prepared.sheet.candidates.flatMap((candidate, index) => (issued.has(candidate.id.toLowerCase()) ? [index] : [])),
  );
  // Counted before anything is settled: a sheet that cannot be written is refused before it is built. An invoice
  // lists every line of the week, and so does a correction under a payment cap (docs/rules.md §7).
  const target = prepared.sheet.weeks.findIndex((week) => week.monday === request.week.monday);
  const lineCount = target < 0 ? 0 : linesInWeek(prepared.sheet.statuses, prepared.sheet.candidates.length, target, alwaysLine);
  const listsWholeWeek = earlier.length === 0 || check.contract.defined.has('paymentCap');
  if (listsWholeWeek && lineCount > MAX_INVOICE_LINES)
    return refuse({ refused: 'too-many-lines', week: weekLabel(request.week), lines: lineCount, limit: MAX_INVOICE_LINES });
  const invoice = await buildInvoice(prepared.sheet, terms, check.findings, request.week, {
    invoicedBefore: ledgerInvoicedBefore(ledger, request.week),
    alwaysLine,
  });
  if (isRefusal(invoice)) return refuse(invoice);
  const optionsAt = (builtAt: Date): SheetOptions => ({
    defined: check.contract.defined,
    builtAt,
    dateSystem: workbook.dateSystem,
    // The first invoice creates the ledger in the same write, and its header sums that ledger's opening row.
    ledgerSheet: ledger?.sheet ?? ledgerSheetName(language),
    language,
  });

  if (earlier.length === 0) {
    const layout = (builtAt: Date) => {
      const options = optionsAt(builtAt);
      const sheet = invoiceSheet(invoice, options);
      const entry = {
        week: invoice.week,
        kind: 'invoice' as const,
        sheet: sheet.name,
        lines: invoice.lines.length,
        totalCell: totalCell(sheet, 'column.issued', language),
        total: invoice.total,
        fingerprint: invoice.fingerprint,
        builtAt: builtSerial(builtAt, options.dateSystem),
      };
      return withLedger(sheet, entry, invoice, ledger, options, check);
    };
    return { kind: 'invoice', check, invoice, sheetName: invoiceSheetName(invoice.week, language), layout };
  }
  const sheets = earlier.map((entry) => entry.sheet);
  if (earlier[earlier.length - 1].fingerprint === invoice.fingerprint) return { kind: 'unchanged', check, invoice, sheets };
  const lines = correctionLines(invoice, issued);
  if (lines.length === 0) return { kind: 'unchanged', check, invoice, sheets };
  const nth = earlier.filter((entry) => entry.kind === 'correction').length + 1;
  const unrecordedCorrection = unrecorded((each) => correctionSheetName(invoice.week, nth, each));
  if (unrecordedCorrection) return refuse({ refused: 'sheet-without-ledger', sheet: unrecordedCorrection });
  const layout = (builtAt: Date) => {
    const options = optionsAt(builtAt);
    const sheet = correctionSheet(invoice, issued, nth, options);
    const entry = {
      week: invoice.week,
      kind: 'correction' as const,
      sheet: sheet.name,
      lines: lines.length,
      totalCell: totalCell(sheet, 'column.difference', language),
      total: correctionTotal(lines),
      fingerprint: invoice.fingerprint,
      builtAt: builtSerial(builtAt, options.dateSystem),
    };
    return withLedger(sheet, entry, invoice, ledger, options, check);
  };
  return { kind: 'correction', check, invoice, lines, sheetName: correctionSheetName(invoice.week, nth, language), layout };
}

export interface PreparedSettlement {
  readonly check: CheckResult;
  readonly terms: Terms;
  readonly sheet: CandidateSheet;
  /** The settlement ledger, when the workbook keeps one: it says what was invoiced before a week. */
  readonly ledger?: Ledger;
  readonly has: (sheetName: string) => boolean;
}

/**
 * What settling any week of a workbook needs: the checked candidate sheet, the terms and the ledger.
 * Shared by invoices and the fund's statement check, so both settle a week the same way.
 */
export async function prepareSettlement(
  workbook: WorkbookReader,
  request: CheckRequest,
): Promise<PreparedSettlement | { readonly check: CheckResult; readonly refusal: PreparationRefusal }> {
  const check = await runCheck(workbook, request);
  const terms = check.contract.terms;
  if (!check.sheet || !terms)
    return {
      check,
      refusal: { refused: 'blocking-findings', findings: check.findings.filter((finding: Finding) => finding.severity === 'error') },
    };
  const sheetNames = await workbook.sheetNames();
  const has = (name: string) => sheetNames.some((each) => each.toLowerCase() === name.toLowerCase());
  const ledgerName = findLedgerSheet(sheetNames);
  const ledger = ledgerName === undefined ? undefined : readLedger(await workbook.readSheet(ledgerName));
  if (ledger && ledger.unreadable.length > 0) return { check, refusal: { refused: 'ledger-unreadable', cells: ledger.unreadable } };
  return { check, terms, sheet: check.sheet, ledger, has };
}

/** What the invoice and the corrections since issued, per candidate, the latest sheet winning. */
async function issuedSoFar(workbook: WorkbookReader, sheets: readonly string[]): Promise<Map<string, IssuedLine>> {
  const issued = new Map<string, IssuedLine>();
  for (const sheet of sheets) for (const [id, line] of readIssued(await workbook.readSheet(sheet))) issued.set(id, line);
  return issued;
}

/**
 * The new sheet and its ledger row, appended to the ledger. The first invoice creates the ledger, opening
 * it with what the sheet's history says was invoiced before that week, so later weeks keep counting it.
 */
function withLedger(
  sheet: SheetSpec,
  entry: NewLedgerEntry,
  invoice: Invoice,
  ledger: Ledger | undefined,
  options: SheetOptions,
  check: CheckResult,
): WorkbookChanges {
  const terms = check.contract.terms!;
  const row = (each: NewLedgerEntry, at: number, before: Ledger) => ledgerRow(each, at, before, options.defined, terms, options.dateSystem);
  if (ledger?.sheet)
    return {
      addSheets: [sheet],
      appendRows: [{ sheet: ledger.sheet, firstRow: ledger.nextRow, rows: [row(entry, ledger.nextRow, ledger)] }],
    };
  const opening: NewLedgerEntry = {
    week: addWeeks(invoice.week, -1),
    kind: 'opening',
    sheet: '',
    lines: 0,
    total: invoice.cumulativeBefore,
    fingerprint: '',
    builtAt: entry.builtAt,
  };
  const created = noLedger(options.language);
  const opened: Ledger = {
    ...created,
    entries: [{ row: 1, week: opening.week, kind: 'opening', sheet: '', lines: 0, total: opening.total, fingerprint: '' }],
    nextRow: 2,
  };
  return { addSheets: [sheet, ledgerSheet([row(opening, 1, created), row(entry, 2, opened)], options.language)] };
}

/** The address of a table column's total on a sheet this job lays out; none when the sheet has no lines. */
function totalCell(sheet: SheetSpec, column: ColumnKey, language: Language): string | undefined {
  const text = (key: WorkbookTextKey) => workbookText(language, key);
  const header = sheet.rows.findIndex((row) => row?.[0]?.value === text('column.id'));
  if (header < 0) return undefined;
  const columnIndex = sheet.rows[header]!.findIndex((cell) => cell?.value === text(column));
  const totalsRow = sheet.rows.findIndex((row, index) => index > header && row?.[0]?.value === text('row.total'));
  return cellAddress(totalsRow, columnIndex);
}
