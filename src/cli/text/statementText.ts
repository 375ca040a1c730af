import { StatementDifferenceReport, StatementReport, StatementSideReport } from '../commands/statement';
import { CliStrings } from './cliStrings';
import { findingLines } from './findingLines';

export function statementText(report: StatementReport, strings: CliStrings): string {
  const { t } = strings;
  const money = (value: string) => strings.money(value, report.currency);
  const corrections = report.receivedCorrections;
  const own = report.findings.length
    ? [
        t('statement.findings', { count: strings.count(report.findings.length), sheet: report.sheet }),
        ...findingLines(report.findings, strings),
      ]
    : [];
  if (report.agrees) {
    const totals = { week: report.week, lines: strings.count(report.receivedLines), total: money(report.receivedTotal) };
    return [
      corrections.length
        ? t('statement.agreesCorrected', { ...totals, count: strings.count(corrections.length), tables: corrections.join(', ') })
        : t('statement.agrees', totals),
      ...own,
    ].join('\n');
  }
  const head = {
    week: report.week,
    table: report.receivedTable,
    sheet: report.sheet,
    count: strings.count(report.differences.length),
    currency: report.currency,
  };
  const kinds = report.differences.map((difference) => t(`statement.${difference.kind}`));
  const kindWidth = Math.max(...kinds.map((kind) => kind.length));
  const idWidth = Math.max(...report.differences.map((difference) => (difference.candidateId ?? '').length));
  const from =
    report.receivedTotalCell === null
      ? t('statement.fromLines')
      : t(corrections.length ? 'statement.fromTotalsRowCorrected' : 'statement.fromTotalsRow', { cell: report.receivedTotalCell });
  return [
    corrections.length
      ? t('statement.differsCorrected', { ...head, corrections: strings.count(corrections.length), tables: corrections.join(', ') })
      : t('statement.differs', head),
    ...report.differences.map(
      (difference, index) =>
        `  ${kinds[index].padEnd(kindWidth)}  ${(difference.candidateId ?? '').padEnd(idWidth)}  ${differenceText(difference, strings)}`,
    ),
    t('statement.receivedTotal', {
      total: money(report.receivedTotal),
      from,
      lines: strings.count(report.receivedLines),
      linesTotal: money(report.receivedLinesTotal),
    }),
    ...(report.receivedFoots ? [] : [t('statement.doesNotFoot')]),
    t('statement.expectedTotal', {
      total: money(report.expectedTotal),
      lines: strings.count(report.expectedLines),
      difference: money(report.difference),
    }),
    ...own,
  ].join('\n');
}

/** Both sides of one difference, amounts in the currency the heading names. */
function differenceText(difference: StatementDifferenceReport, strings: CliStrings): string {
  const { t } = strings;
  const side = ({ status, amount, address }: StatementSideReport) => {
    if (address === null) return t('statement.noLine');
    const shownStatus = status === null ? [] : [status === '' ? t('statement.blank') : `'${strings.status(status)}'`];
    const shownAmount = amount === null ? [] : [strings.money(amount)];
    return [...shownStatus, ...shownAmount, t('statement.at', { address })].join(' ');
  };
  const change =
    difference.difference === null ? t('statement.cannotRead') : t('statement.change', { amount: strings.money(difference.difference) });
  return [
    t('statement.received', { side: side(difference.received) }),
    t('statement.expected', { side: side(difference.expected) }),
    change,
  ].join('; ');
}
