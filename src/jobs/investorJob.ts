import { Day } from '../engine/weeks';
import { WorkbookReader } from '../workbook/types';
import { InvestorFigures, investorFigures, InvestorRefusal } from '../sheet/investor';
import { LEDGER_SHEET, readLedger } from '../sheet/ledger';
import { CheckRequest, CheckResult, runCheck } from './checkJob';

export type InvestorJobResult =
  { readonly check: CheckResult; readonly figures: InvestorFigures } | { readonly check: CheckResult; readonly refusal: InvestorRefusal };

/** The investor's figures (DESIGN §4.6) from the candidate sheet, the contract terms and the ledger, as of `today`. Nothing is written. */
export async function runInvestor(workbook: WorkbookReader, request: CheckRequest, today: Day): Promise<InvestorJobResult> {
  const check = await runCheck(workbook, request);
  const terms = check.contract.terms;
  if (!check.sheet || !terms)
    return { check, refusal: { refused: 'blocking-findings', findings: check.findings.filter((finding) => finding.severity === 'error') } };
  const ledgerSheet = (await workbook.sheetNames()).find((name) => name.toLowerCase() === LEDGER_SHEET.toLowerCase());
  const ledger = ledgerSheet === undefined ? undefined : readLedger(await workbook.readSheet(ledgerSheet));
  const figures = investorFigures(check.sheet, terms, check.findings, ledger, today);
  return 'refused' in figures ? { check, refusal: figures } : { check, figures };
}
