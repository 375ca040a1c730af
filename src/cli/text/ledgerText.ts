import { LedgerReport } from '../commands/ledger';
import { CliStrings, inCurrency } from './cliStrings';
import { columns } from './columns';

export function ledgerText(report: LedgerReport, strings: CliStrings): string {
  const { t } = strings;
  if (report.sheet === null) return t('ledger.none');
  const header = [
    t('ledger.row'),
    t('ledger.week'),
    t('ledger.kind'),
    t('ledger.sheet'),
    t('ledger.lines'),
    inCurrency(t('ledger.total'), report.currency),
    inCurrency(t('ledger.cumulative'), report.currency),
  ];
  const rows = report.entries.map((entry) => [
    String(entry.row),
    entry.week,
    t(`ledger.${entry.kind}`),
    entry.sheet,
    strings.count(entry.lines),
    strings.money(entry.total),
    strings.money(entry.cumulativeTotal),
  ]);
  return [
    t('ledger.head', { sheet: report.sheet, rows: strings.count(report.entries.length) }),
    ...columns([header, ...rows], ['right', 'left', 'left', 'left', 'right', 'right', 'right']),
    t('total', { total: strings.money(report.total, report.currency) }),
  ].join('\n');
}
