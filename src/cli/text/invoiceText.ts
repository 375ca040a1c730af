import { InvoiceReport } from '../commands/invoice';
import { CliStrings, inCurrency } from './cliStrings';
import { columns } from './columns';
import { findingLines } from './findingLines';

/** The invoice or correction as the pane previews it: its lines in a table, amounts in the currency the headers name, then the totals. */
export function invoiceText(report: InvoiceReport, strings: CliStrings): string {
  const { t } = strings;
  if (report.kind === 'unchanged')
    return t('invoice.unchanged', { week: report.week, sheets: report.invoiceSheet, fingerprint: report.fingerprint });
  const money = (value: string) => strings.money(value, report.currency);
  const correction = report.kind === 'correction';
  const paid = report.lines.filter((line) => line.reason === null).length;
  const head = correction
    ? t('invoice.correctionHead', { week: report.week, sheet: report.sheet, lines: strings.count(report.lines.length) })
    : t('invoice.head', { week: report.week, sheet: report.sheet, lines: strings.count(report.lines.length), paid: strings.count(paid) });
  const before = report.capRemainingBefore
    ? t('invoice.invoicedBeforeAndCap', { amount: money(report.invoicedBefore), cap: money(report.capRemainingBefore) })
    : t('invoice.invoicedBefore', { amount: money(report.invoicedBefore) });
  return [
    head,
    ...(report.lines.length ? lineTable(report, strings) : [t('invoice.noLines', { week: report.week })]),
    t(correction ? 'invoice.correctionTotal' : 'total', { total: money(report.total) }),
    before,
    t('invoice.fingerprint', { fingerprint: report.fingerprint }),
    ...(report.findings.length
      ? [t('invoice.findings', { count: strings.count(report.findings.length) }), ...findingLines(report.findings, strings)]
      : []),
    t('invoice.written', { file: report.output ?? '', sheet: report.invoiceSheet }),
  ].join('\n');
}

function lineTable(report: InvoiceReport, strings: CliStrings): string[] {
  const { t } = strings;
  const amount = (value: string | undefined) => (value === undefined ? '' : strings.money(value));
  const label = (key: Parameters<CliStrings['t']>[0]) => inCurrency(t(key), report.currency);
  if (report.kind === 'correction') {
    const header = [
      t('invoice.candidate'),
      t('invoice.status'),
      label('invoice.issued'),
      label('invoice.now'),
      label('invoice.difference'),
      t('invoice.reason'),
    ];
    const rows = report.lines.map((line) => [
      line.candidateId,
      strings.status(line.status),
      amount(line.previouslyIssued),
      amount(line.amount),
      amount(line.difference),
      strings.reason(line.reason),
    ]);
    return columns([header, ...rows], ['left', 'left', 'right', 'right', 'right', 'left']);
  }
  const header = [t('invoice.candidate'), t('invoice.status'), label('invoice.amount'), t('invoice.reason')];
  const rows = report.lines.map((line) => [
    line.candidateId,
    strings.status(line.status),
    amount(line.amount),
    strings.reason(line.reason),
  ]);
  return columns([header, ...rows], ['left', 'left', 'right', 'left']);
}
