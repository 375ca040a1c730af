import { WorkbookReader } from '../workbook/types';
import { cellTarget, explainLine, Explanation, isExplainRefusal } from '../sheet/explain';
import { readLedger } from '../sheet/ledger';
import { findLedgerSheet, PRODUCT_SHEETS } from '../sheet/sheetNames';
import { parseRange, splitSheetReference } from '../workbook/ranges';
import { findLayout } from '../sheet/layout';
import { CheckRequest, runCheck } from './checkJob';

/**
 * Explains the cell at `address` (`'Invoice 2021-W10'!G17`), given its formula when it has one. The
 * candidate sheet is the one the cell points at; the header row chosen for `request.sheet` applies when
 * that is the same sheet. Nothing is written.
 */
export async function runExplain(
  workbook: WorkbookReader,
  address: string,
  formula: string | undefined,
  request: CheckRequest = {},
): Promise<Explanation> {
  const reference = splitSheetReference(address);
  const cell = reference && parseRange(reference.range);
  const sheetNames = await workbook.sheetNames();
  const sheetName = reference && sheetNames.find((name) => name.toLowerCase() === reference.sheet.toLowerCase());
  if (!cell || sheetName === undefined) return { address, refusal: { why: 'not-explainable' } };
  const grid = await workbook.readSheet(sheetName);
  const target = cellTarget(grid, cell.top, cell.left, formula);
  if (isExplainRefusal(target)) return { address, refusal: target };
  // A plain cell is explained as a status only on a sheet that reads as a candidate sheet: a term on the
  // Contract sheet, or any other cell, is not an amount, and checking its sheet would report false errors.
  if (
    target.source.kind === 'status' &&
    (PRODUCT_SHEETS.test(sheetName) || !('layout' in findLayout(grid, await workbook.tables(), workbook.dateSystem)))
  )
    return { address, refusal: { why: 'not-explainable' } };

  const sameSheet = request.sheet !== undefined && request.sheet.toLowerCase() === target.sheet.toLowerCase();
  const check = await runCheck(workbook, { sheet: target.sheet, headerRow: sameSheet ? request.headerRow : undefined });
  const terms = check.contract.terms;
  if (!check.sheet || !terms)
    return { address, refusal: { why: 'blocking-findings', findings: check.findings.filter((finding) => finding.severity === 'error') } };
  const ledgerSheet = findLedgerSheet(sheetNames);
  const ledger = ledgerSheet === undefined ? undefined : readLedger(await workbook.readSheet(ledgerSheet));
  const line = await explainLine(check.sheet, terms, check.findings, target, ledger);
  return isExplainRefusal(line) ? { address, refusal: line } : { address, source: target.source, line };
}
