import { IsoWeek, weekLabel } from '../engine/weeks';
import { WorkbookReader } from '../workbook/types';
import { readContractTerms } from '../sheet/contractTerms';
import { readLedger } from '../sheet/ledger';
import { findLedgerSheet } from '../sheet/sheetNames';
import { eInvoiceFormat, EInvoiceFormatName } from '../einvoice/formats';
import { chooseEntry, issuedReference, IssuedDocument, readIssuedDocument } from '../einvoice/issuedDocument';
import { EInvoiceRefusal, isRefusal, refusal } from '../einvoice/refusal';
import { readEInvoiceTerms } from '../einvoice/terms';
import { EInvoice, ublDocument } from '../einvoice/ublDocument';

export interface EInvoiceRequest {
  readonly week: IsoWeek;
  /** The nth correction of the week (1-based); the week's invoice when absent. */
  readonly correction?: number;
  /** Peppol BIS Billing 3.0 when absent. */
  readonly format?: EInvoiceFormatName;
}

export type EInvoiceJobResult =
  | { readonly kind: 'einvoice'; readonly document: IssuedDocument; readonly einvoice: EInvoice; readonly fileName: string }
  | { readonly kind: 'refused'; readonly refusals: readonly EInvoiceRefusal[] };

/**
 * docs/rules.md §10: the e-invoice for an issued invoice or correction, from what the workbook recorded when
 * it was issued (the ledger row, the sheet's "Issued" or "Difference" column, its fingerprint), never from
 * the candidate sheet as it is now. Nothing is written to the workbook.
 */
export async function runEInvoice(workbook: WorkbookReader, request: EInvoiceRequest): Promise<EInvoiceJobResult> {
  const refused = (...refusals: EInvoiceRefusal[]): EInvoiceJobResult => ({ kind: 'refused', refusals });
  const sheetNames = await workbook.sheetNames();
  const actual = (name: string) => sheetNames.find((each) => each.toLowerCase() === name.toLowerCase());
  const ledgerSheet = findLedgerSheet(sheetNames);
  if (ledgerSheet === undefined) return refused(refusal('noLedger'));
  const ledgerGrid = await workbook.readSheet(ledgerSheet);
  const ledger = readLedger(ledgerGrid);
  if (ledger.unreadable.length > 0) return refused(refusal('ledgerUnreadable', { cells: ledger.unreadable.join(', ') }));
  const chosen = chooseEntry(ledger, request);
  if (isRefusal(chosen)) return refused(chosen);
  const reference = issuedReference(ledgerGrid, chosen.entry, workbook.dateSystem);
  if (isRefusal(reference)) return refused(reference);
  const corrects = chosen.entry === chosen.invoice ? undefined : issuedReference(ledgerGrid, chosen.invoice, workbook.dateSystem);
  if (isRefusal(corrects)) return refused(corrects);
  const sheet = actual(chosen.entry.sheet);
  if (sheet === undefined) return refused(refusal('sheetMissing', { sheet: chosen.entry.sheet, row: chosen.entry.row + 1 }));
  const document = readIssuedDocument(await workbook.readSheet(sheet), chosen.entry, reference, corrects);
  if (isRefusal(document)) return refused(document);

  const terms = readEInvoiceTerms((await readContractTerms(workbook)).sources);
  if (Array.isArray(terms)) return refused(...terms.map((problem) => problem.refusal));
  const einvoice = ublDocument(document, terms, eInvoiceFormat(request.format ?? 'peppol'));
  if (isRefusal(einvoice)) return refused(einvoice);
  return { kind: 'einvoice', document, einvoice, fileName: eInvoiceFileName(request) };
}

/** `einvoice-2021-W10.xml`, `einvoice-2021-W10-correction-2.xml`; OIOUBL's `einvoice-2021-W10-oioubl.xml`. */
export function eInvoiceFileName(request: EInvoiceRequest): string {
  const correction = request.correction === undefined ? '' : `-correction-${request.correction}`;
  return `einvoice-${weekLabel(request.week)}${correction}${request.format === 'oioubl' ? '-oioubl' : ''}.xml`;
}
