import { EngineError, isEngineError } from '../engine/errors';
import { IsoWeek } from '../engine/weeks';
import { WorkbookReader } from '../workbook/types';
import { buildInvoice, Invoice, InvoiceRefusal, isRefusal } from '../sheet/invoice';
import { ledgerInvoicedBefore } from '../sheet/ledger';
import { compareStatement, StatementComparison } from '../sheet/statement';
import { ChosenStatement, chooseStatement } from '../sheet/statementChoice';
import { readReceivedTables, ReceivedTable } from '../sheet/statementTable';
import { CheckRequest, CheckResult } from './checkJob';
import { prepareSettlement, PreparationRefusal } from './invoiceJob';

export interface StatementRequest extends CheckRequest {
  /** The week to check; taken from the received invoice when absent. */
  readonly week?: IsoWeek;
}

export type StatementRefusal =
  PreparationRefusal | InvoiceRefusal | { readonly refused: 'unreadable-statement'; readonly error: EngineError };

export type StatementJobResult =
  | {
      readonly check: CheckResult;
      /** The received invoice, with the received workbook's corrections for the week applied. */
      readonly statement: ReceivedTable;
      readonly corrections: readonly ReceivedTable[];
      readonly invoice: Invoice;
      readonly comparison: StatementComparison;
    }
  | { readonly check?: CheckResult; readonly refusal: StatementRefusal };

/** The received invoice table to check, from any sheet of the received workbook. */
export async function readStatement(workbook: WorkbookReader, week?: IsoWeek): Promise<ChosenStatement | EngineError> {
  const tables = await workbook.tables();
  const found: ReceivedTable[] = [];
  for (const name of await workbook.sheetNames()) found.push(...readReceivedTables(await workbook.readSheet(name), tables));
  return chooseStatement(found, week);
}

/**
 * docs/rules.md §8: compares a received invoice with the invoice the fund's own candidate sheet and terms give
 * for the same week, settled exactly as an invoice is — including what the fund's ledger, if it keeps
 * one, records as invoiced before the week. Nothing is written.
 */
export async function runStatement(
  received: WorkbookReader,
  own: WorkbookReader,
  request: StatementRequest = {},
): Promise<StatementJobResult> {
  const chosen = await readStatement(received, request.week);
  if (isEngineError(chosen)) return { refusal: { refused: 'unreadable-statement', error: chosen } };
  const prepared = await prepareSettlement(own, request);
  if ('refusal' in prepared) return prepared;
  const { check, terms, sheet, ledger } = prepared;
  const invoice = await buildInvoice(sheet, terms, check.findings, chosen.week, {
    invoicedBefore: ledgerInvoicedBefore(ledger, chosen.week),
  });
  if (isRefusal(invoice)) return { check, refusal: invoice };
  return { check, statement: chosen.table, corrections: chosen.corrections, invoice, comparison: compareStatement(chosen.table, invoice) };
}
