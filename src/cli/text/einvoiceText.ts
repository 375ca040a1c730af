import { eInvoiceFormat } from '../../einvoice/formats';
import { EInvoiceReport } from '../commands/einvoice';
import { CliStrings } from './cliStrings';

export function einvoiceText(report: EInvoiceReport, strings: CliStrings): string {
  const { t } = strings;
  const what =
    report.kind === 'invoice'
      ? t('einvoice.invoice', { week: report.week })
      : t('einvoice.correction', { number: report.correction ?? '', week: report.week });
  const summary = {
    lines: strings.count(report.lines),
    amount: strings.money(report.amount, report.currency),
    fingerprint: report.fingerprint,
  };
  return [
    t('einvoice.head', {
      format: eInvoiceFormat(report.format).title,
      type: t(`einvoice.${report.type}`),
      number: report.number,
      date: report.issueDate,
      what,
      sheet: report.sheet,
    }),
    `  ${t(report.type === 'CreditNote' ? 'einvoice.credited' : 'einvoice.payable', summary)}`,
    t('einvoice.written', { file: report.output }),
  ].join('\n');
}
