import { CheckReport } from './commands/check';
import { DemoReport } from './commands/demo';
import { EInvoiceReport } from './commands/einvoice';
import { LedgerReport } from './commands/ledger';
import { InvoiceReport } from './commands/invoice';
import { InvestorReport } from './commands/investor';
import { Catalogue, fillTemplate, Language, MessageParams } from '../engine/messages';
import { StatementDifferenceReport, StatementReport } from './commands/statement';
import { ShownFinding } from '../sheet/findings';

/** Plain text for people; `--json` prints the reports themselves. */
export function checkText(report: CheckReport): string {
  const head = `${report.sheet}: ${report.candidates} candidates × ${report.weeks} weeks — ${report.errors} error(s), ${report.warnings} warning(s)`;
  if (report.findings.length === 0) return `${head}\nThe sheet is clean.`;
  return [head, ...report.findings.map(findingLine)].join('\n');
}

export function invoiceText(report: InvoiceReport): string {
  if (report.kind === 'unchanged') {
    return `${report.week} is settled by ${report.invoiceSheet} and its data is unchanged since: nothing written (fingerprint ${report.fingerprint})`;
  }
  const paid = report.lines.filter((line) => line.reason === null).length;
  const width = Math.max(12, ...report.lines.map((line) => line.candidateId.length));
  const rows = report.lines.map((line) => {
    const change =
      line.difference === undefined
        ? ''
        : ` (was ${line.previouslyIssued}: ${line.difference.startsWith('-') ? '' : '+'}${line.difference})`;
    return `  ${line.candidateId.padEnd(width)} ${line.status.padEnd(8)} ${line.amount.padStart(14)}${change}${line.reason ? `  (${line.reason})` : ''}`;
  });
  return [
    report.kind === 'correction'
      ? `Correction of ${report.week} from ${report.sheet}: ${report.lines.length} changed line(s); the total is the difference charged`
      : `Invoice ${report.week} from ${report.sheet}: ${report.lines.length} line(s), ${paid} paid`,
    ...rows,
    `  ${'Total'.padEnd(width)} ${''.padEnd(8)} ${report.total.padStart(14)} ${report.currency}`,
    `Invoiced before this week: ${report.invoicedBefore} ${report.currency}${report.capRemainingBefore === null ? '' : `; cap remaining before it: ${report.capRemainingBefore}`}`,
    `Fingerprint ${report.fingerprint}`,
    ...(report.findings.length
      ? [`${report.findings.length} finding(s) did not stop the invoice:`, ...report.findings.map(findingLine)]
      : []),
    `Written to ${report.output}, sheet '${report.invoiceSheet}'`,
  ].join('\n');
}

export function statementText(report: StatementReport): string {
  const own = report.findings.length
    ? [`${report.findings.length} finding(s) on ${report.sheet} did not stop the comparison:`, ...report.findings.map(findingLine)]
    : [];
  const corrected = report.receivedCorrections.length
    ? ` (with ${report.receivedCorrections.length} correction(s): ${report.receivedCorrections.join(', ')})`
    : '';
  if (report.agrees)
    return [
      `Statement for ${report.week}${corrected} agrees: ${report.receivedLines} line(s), total ${grouped(report.receivedTotal)} ${report.currency}`,
      ...own,
    ].join('\n');
  const width = Math.max(10, ...report.differences.map((difference) => (difference.candidateId ?? '').length));
  const totalsFrom =
    report.receivedTotalCell === null
      ? 'the sum of its lines'
      : `totals row ${report.receivedTotalCell}${report.receivedCorrections.length ? ' plus the corrections’ differences' : ''}`;
  return [
    `Statement for ${report.week} (${report.receivedTable}${corrected}) differs from ${report.sheet}: ${report.differences.length} difference(s)`,
    ...report.differences.map(
      (difference) => `  ${difference.kind.padEnd(10)} ${(difference.candidateId ?? '').padEnd(width)} ${differenceText(difference)}`,
    ),
    `Received total ${grouped(report.receivedTotal)} ${report.currency} (${totalsFrom}); its ${report.receivedLines} line(s) sum to ${grouped(report.receivedLinesTotal)}`,
    ...(report.receivedFoots ? [] : ['The received totals row does not foot with its own lines']),
    `Expected total ${grouped(report.expectedTotal)} ${report.currency} (${report.expectedLines} line(s)); received − expected: ${grouped(report.difference)}`,
    ...own,
  ].join('\n');
}

function differenceText(difference: StatementDifferenceReport): string {
  const side = ({ status, amount, address }: StatementDifferenceReport['received']) =>
    address === null
      ? 'no line'
      : `${status === null ? '' : status === '' ? 'blank ' : `'${status}' `}${amount === null ? '' : `${grouped(amount)} `}at ${address}`;
  const change = difference.difference === null ? 'that cell cannot be read' : `difference ${grouped(difference.difference)}`;
  return `received ${side(difference.received)}; expected ${side(difference.expected)}; ${change}`;
}

/** `66990.00` → `66,990.00`, for reading; JSON keeps the plain form. */
function grouped(amount: string): string {
  return amount.replace(/^(-?)(\d+)/, (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+$)/g, ','));
}

export function ledgerText(report: LedgerReport): string {
  if (report.sheet === null) return 'No Settlement ledger yet: it is created with the first invoice.';
  const rows = report.entries.map(
    (entry) =>
      `  ${String(entry.row).padStart(4)}  ${entry.week}  ${entry.kind.padEnd(10)} ${entry.sheet.padEnd(26)} ${String(entry.lines).padStart(6)} ${entry.total.padStart(14)} ${entry.cumulativeTotal.padStart(15)}`,
  );
  return [
    `${report.sheet}: ${report.entries.length} row(s)`,
    `  ${'row'.padStart(4)}  ${'week'.padEnd(8)}  ${'kind'.padEnd(10)} ${'sheet'.padEnd(26)} ${'lines'.padStart(6)} ${'total'.padStart(14)} ${'cumulative'.padStart(15)}`,
    ...rows,
  ].join('\n');
}

const investorTexts: Catalogue<
  | 'head'
  | 'fromLedger'
  | 'fromSheet'
  | 'invested'
  | 'repaid'
  | 'netReturn'
  | 'multiple'
  | 'irr'
  | 'successRate'
  | 'successValue'
  | 'targetMet'
  | 'targetMissed'
  | 'breakEven'
  | 'notYet'
  | 'repayments'
  | 'noInvested'
> = {
  en: {
    head: 'Investor figures for {sheet} up to {week} ({currency}), {source}',
    fromLedger: 'from the settlement ledger',
    fromSheet: 'from the weekly invoices the sheet gives; no ledger yet',
    invested: 'Invested ({date})',
    repaid: 'Repaid',
    netReturn: 'Net return',
    multiple: 'Money multiple',
    irr: 'IRR (as XIRR)',
    successRate: 'Success rate',
    successValue: '{rate} ({succeeded} of {candidates}), {target}',
    targetMet: 'target {target} met',
    targetMissed: 'below the {target} target',
    breakEven: 'Break-even',
    notYet: 'not reached yet',
    repayments: '{count} repayment(s), {first} to {last}; --json lists each',
    noInvested: 'SIB_Invested is not defined, so there is no return, multiple or IRR',
  },
  da: {
    head: 'Investortal for {sheet} til og med {week} ({currency}), {source}',
    fromLedger: 'fra afregningsloggen',
    fromSheet: 'fra de ugefakturaer, arket giver; endnu ingen log',
    invested: 'Investeret ({date})',
    repaid: 'Tilbagebetalt',
    netReturn: 'Nettoafkast',
    multiple: 'Pengemultipel',
    irr: 'Intern rente (som XIRR)',
    successRate: 'Succesrate',
    successValue: '{rate} ({succeeded} af {candidates}), {target}',
    targetMet: 'målet på {target} er nået',
    targetMissed: 'under målet på {target}',
    breakEven: 'Break-even',
    notYet: 'ikke nået endnu',
    repayments: '{count} tilbagebetaling(er), {first} til {last}; --json viser hver enkelt',
    noInvested: 'SIB_Invested er ikke defineret, så der er intet afkast, ingen multipel og ingen intern rente',
  },
};

/** The investor's figures, money grouped and decimals marked as the reader writes them. */
export function investorText(report: InvestorReport, language: Language): string {
  const t = (key: keyof (typeof investorTexts)['en'], params: MessageParams = {}) => fillTemplate(investorTexts[language][key], params);
  const decimal = (text: string) => (language === 'da' ? text.replace(/[,.]/g, (mark) => (mark === ',' ? '.' : ',')) : text);
  const money = (amount: string) => decimal(grouped(amount));
  const percent = (share: number, digits: number) => `${decimal((share * 100).toFixed(digits))}${language === 'da' ? ' %' : '%'}`;
  const rows: [string, string][] = [
    ...(report.invested === null ? [] : [[t('invested', { date: report.investedDate! }), money(report.invested)] as [string, string]]),
    [t('repaid'), money(report.repaid)],
    ...(report.netReturn === null ? [] : [[t('netReturn'), money(report.netReturn)] as [string, string]]),
    ...(report.multiple === null ? [] : [[t('multiple'), `${decimal(report.multiple.toFixed(4))}×`] as [string, string]]),
    ...(report.irr === null ? [] : [[t('irr'), percent(report.irr, 2)] as [string, string]]),
  ];
  const target = percent(report.successTarget, 0);
  const success =
    report.successRate === null
      ? []
      : [
          `  ${t('successRate')}: ${t('successValue', {
            rate: percent(report.successRate, 1),
            succeeded: report.succeeded,
            candidates: report.candidates,
            target: t(report.successRate >= report.successTarget ? 'targetMet' : 'targetMissed', { target }),
          })}`,
        ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  const { repayments } = report;
  return [
    t('head', {
      sheet: report.sheet,
      week: report.through ?? '–',
      source: t(report.source === 'ledger' ? 'fromLedger' : 'fromSheet'),
      currency: report.currency,
    }),
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value.padStart(valueWidth)}`),
    ...success,
    ...(report.invested === null ? [`  ${t('noInvested')}`] : [`  ${t('breakEven')}: ${report.breakEven ?? t('notYet')}`]),
    ...report.notes.map((note) => `  ${note}`),
    ...(repayments.length
      ? [`  ${t('repayments', { count: repayments.length, first: repayments[0].week, last: repayments[repayments.length - 1].week })}`]
      : []),
  ].join('\n');
}

export function einvoiceText(report: EInvoiceReport): string {
  const what = report.kind === 'invoice' ? `the invoice for ${report.week}` : `correction ${report.correction} of ${report.week}`;
  return [
    `Peppol BIS Billing 3.0 ${report.type} no. ${report.number} of ${report.issueDate}: ${what} ('${report.sheet}')`,
    `  ${report.lines} line(s), ${report.type === 'CreditNote' ? 'credited' : 'payable'} ${grouped(report.amount)} ${report.currency}; fingerprint ${report.fingerprint}`,
    `Written to ${report.output}: send it through your NemHandel or Peppol access point`,
  ].join('\n');
}

export function demoText(report: DemoReport): string {
  return `Demo workbook written to ${report.output} (sheets: ${report.sheets.join(', ')})`;
}

function findingLine(finding: ShownFinding): string {
  return `  ${finding.severity.padEnd(7)} ${finding.address}: ${finding.message} — ${finding.action}`;
}
