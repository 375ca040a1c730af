import { Day, IsoWeek, lastCompleteWeek } from '../engine/weeks';
import { WorkbookReader } from '../workbook/types';
import { InvestorFigures, investorFigures, InvestorRefusal } from '../sheet/investor';
import { Ledger, readLedger } from '../sheet/ledger';
import { findLedgerSheet } from '../sheet/sheetNames';
import { CheckRequest, CheckResult, runCheck } from './checkJob';

export type InvestorJobResult =
  { readonly check: CheckResult; readonly figures: InvestorFigures } | { readonly check: CheckResult; readonly refusal: InvestorRefusal };

/**
 * The investor's figures (docs/rules.md §4.6) from the candidate sheet, the contract terms and the ledger,
 * up to and including `until`: by default the last week complete on `today`, or the ledger's latest week
 * when an invoice was built ahead of it. Nothing is written.
 */
export async function runInvestor(
  workbook: WorkbookReader,
  request: CheckRequest,
  today: Day,
  until?: IsoWeek,
): Promise<InvestorJobResult> {
  const check = await runCheck(workbook, request);
  const terms = check.contract.terms;
  if (!check.sheet || !terms)
    return { check, refusal: { refused: 'blocking-findings', findings: check.findings.filter((finding) => finding.severity === 'error') } };
  const ledgerSheet = findLedgerSheet(await workbook.sheetNames());
  const ledger = ledgerSheet === undefined ? undefined : readLedger(await workbook.readSheet(ledgerSheet));
  const figures = investorFigures(check.sheet, terms, check.findings, ledger, until ?? defaultThrough(today, ledger));
  return 'refused' in figures ? { check, refusal: figures } : { check, figures };
}

function defaultThrough(today: Day, ledger: Ledger | undefined): IsoWeek {
  return (ledger?.entries ?? []).reduce(
    (latest, entry) => (entry.week.monday > latest.monday ? entry.week : latest),
    lastCompleteWeek(today),
  );
}
