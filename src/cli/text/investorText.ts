import { InvestorReport } from '../commands/investor';
import { CliStrings } from './cliStrings';

/** The investor's figures as the pane lists them: each with its label, money with its currency. */
export function investorText(report: InvestorReport, strings: CliStrings): string {
  const { t } = strings;
  const money = (value: string) => strings.money(value, report.currency);
  const figure = (label: string, value: string | null): [string, string][] => (value === null ? [] : [[label, value]]);
  const rows: [string, string][] = [
    ...figure(t('investor.invested', { date: report.investedDate ?? '' }), report.invested && money(report.invested)),
    ...figure(t('investor.repaid'), money(report.repaid)),
    ...figure(t('investor.netReturn'), report.netReturn && money(report.netReturn)),
    ...figure(t('investor.multiple'), report.multiple === null ? null : `${strings.number(report.multiple, 4)}×`),
    ...figure(t('investor.irr'), report.irr === null ? null : strings.percent(report.irr, 2)),
  ];
  const target = strings.percent(report.successTarget, 0);
  const success =
    report.successRate === null
      ? []
      : [
          `  ${t('investor.successRate')}: ${t('investor.successValue', {
            rate: strings.percent(report.successRate, 1),
            succeeded: strings.count(report.succeeded),
            candidates: strings.count(report.candidates),
            target: t(report.successRate >= report.successTarget ? 'investor.targetMet' : 'investor.targetMissed', { target }),
          })}`,
        ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  const { repayments } = report;
  return [
    t('investor.head', {
      sheet: report.sheet,
      week: report.through ?? '–',
      source: t(report.source === 'ledger' ? 'investor.fromLedger' : 'investor.fromSheet'),
    }),
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value.padStart(valueWidth)}`),
    ...success,
    ...(report.invested === null
      ? [`  ${t('investor.noInvested')}`]
      : [`  ${t('investor.breakEven')}: ${report.breakEven ?? t('investor.notYet')}`]),
    ...report.notes.map((note) => `  ${note}`),
    ...(repayments.length
      ? [
          `  ${t('investor.repayments', {
            count: strings.count(repayments.length),
            first: repayments[0].week,
            last: repayments[repayments.length - 1].week,
          })}`,
        ]
      : []),
  ].join('\n');
}
