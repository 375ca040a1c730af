import { IsoWeek } from '../engine/weeks';
import { SheetSpec, WorkbookReader } from '../workbook/types';
import { buildInvoice, Invoice, InvoiceRefusal, isRefusal } from '../sheet/invoice';
import { invoiceSheet, invoiceSheetName } from '../sheet/invoiceSheet';
import { CheckRequest, CheckResult, runCheck } from './checkJob';

export interface InvoiceRequest extends CheckRequest {
  readonly week: IsoWeek;
  readonly builtAt?: Date;
}

export type InvoiceJobResult =
  | { readonly check: CheckResult; readonly invoice: Invoice; readonly sheet: SheetSpec }
  | { readonly check: CheckResult; readonly refusal: InvoiceRefusal | { readonly refused: 'sheet-exists'; readonly sheet: string } };

/**
 * DESIGN §7: checks the sheet, computes the week's invoice and lays out its sheet. Nothing is written
 * here; the caller hands the sheet to a workbook adapter. An invoice sheet that exists is never replaced.
 */
export async function runInvoice(workbook: WorkbookReader, request: InvoiceRequest): Promise<InvoiceJobResult> {
  const check = await runCheck(workbook, request);
  const terms = check.contract.terms;
  if (!check.sheet || !terms) return { check, refusal: { refused: 'blocking-findings', findings: check.findings.filter((finding) => finding.severity === 'error') } };
  const invoice = await buildInvoice(check.sheet, terms, check.findings, request.week);
  if (isRefusal(invoice)) return { check, refusal: invoice };
  const name = invoiceSheetName(invoice);
  const existing = await workbook.sheetNames();
  if (existing.some((each) => each.toLowerCase() === name.toLowerCase())) return { check, refusal: { refused: 'sheet-exists', sheet: name } };
  return { check, invoice, sheet: invoiceSheet(invoice, check.contract.defined, request.builtAt ?? new Date(), workbook.dateSystem) };
}
