import { Catalogue } from '../engine/messages';

/**
 * The words the task pane and the `sib` command both use for the same figures and columns, so a finance
 * officer reads the same names in either. Each front end spreads them into its own catalogue.
 */
const en = {
  'check.clean': 'No findings: the sheet is ready to invoice.',
  'invoice.candidate': 'Candidate',
  'invoice.status': 'Status',
  'invoice.amount': 'Amount',
  'invoice.now': 'Now',
  'invoice.difference': 'Difference',
  'invoice.reason': 'Not paid because',
  'statement.noLine': 'no line',
  'ledger.week': 'Week',
  'ledger.sheet': 'Sheet',
  'ledger.total': 'Total',
  'investor.invested': 'Invested ({date})',
  'investor.repaid': 'Repaid',
  'investor.netReturn': 'Net return',
  'investor.multiple': 'Money multiple',
  'investor.irr': 'IRR (as XIRR)',
  'investor.successRate': 'Success rate',
  'investor.targetMet': 'target {target} met',
  'investor.targetMissed': 'below the {target} target',
};

export type ReportTextKey = keyof typeof en;

const da: Record<ReportTextKey, string> = {
  'check.clean': 'Ingen fund: arket er klar til fakturering.',
  'invoice.candidate': 'Kandidat',
  'invoice.status': 'Status',
  'invoice.amount': 'Beløb',
  'invoice.now': 'Nu',
  'invoice.difference': 'Forskel',
  'invoice.reason': 'Ikke betalt, fordi',
  'statement.noLine': 'ingen linje',
  'ledger.week': 'Uge',
  'ledger.sheet': 'Ark',
  'ledger.total': 'I alt',
  'investor.invested': 'Investeret ({date})',
  'investor.repaid': 'Tilbagebetalt',
  'investor.netReturn': 'Nettoafkast',
  'investor.multiple': 'Pengemultipel',
  'investor.irr': 'Intern rente (som XIRR)',
  'investor.successRate': 'Succesrate',
  'investor.targetMet': 'målet på {target} er nået',
  'investor.targetMissed': 'under målet på {target}',
};

export const reportTexts: Catalogue<ReportTextKey> = { en, da };
