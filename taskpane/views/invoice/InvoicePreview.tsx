import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import { qualifiedAddress } from '../../../src/engine/cells';
import { toNumber, ZERO } from '../../../src/engine/money';
import { reasonText as reasonWords } from '../../../src/engine/reasonTexts';
import { Reason } from '../../../src/engine/rules';
import { weekLabel } from '../../../src/engine/weeks';
import { InvoiceJobResult } from '../../../src/jobs/invoiceJob';
import { correctionTotal } from '../../../src/sheet/correction';
import { CellLink } from '../../components/CellLink';
import { Figures } from '../../components/Figures';
import { FindingList } from '../../components/FindingList/FindingList';
import { Strings } from '../../i18n/I18nContext';
import { cellText } from '../cellText';
import { useViewStyles } from '../useViewStyles.styles';
import { InvoiceLines } from './InvoiceLines';

export function reasonText(reason: Reason | null, strings: Strings): string {
  return reasonWords(reason, strings.language);
}

/** What building the week would write — lines, reasons and total — or why nothing would be. */
export function InvoicePreview({ result, strings }: { result: InvoiceJobResult; strings: Strings }) {
  const view = useViewStyles();
  const { t } = strings;
  if (result.kind === 'refused') {
    const { refusal } = result;
    return (
      <div className={view.section}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('invoice.refused')}</MessageBarTitle>
            {refusal.refused === 'blocking-findings' && t('invoice.refusedFindings')}
            {refusal.refused === 'week-not-in-sheet' && t('invoice.refusedWeek', { week: refusal.week })}
            {refusal.refused === 'sheet-without-ledger' && t('invoice.refusedSheet', { sheet: refusal.sheet })}
            {refusal.refused === 'ledger-unreadable' && t('invoice.refusedLedger', { cells: refusal.cells.join(', ') })}
          </MessageBarBody>
        </MessageBar>
        {refusal.refused === 'blocking-findings' && <FindingList findings={refusal.findings} />}
      </div>
    );
  }
  const { invoice } = result;
  const currency = invoice.terms.currency;
  const label = weekLabel(invoice.week);
  if (result.kind === 'unchanged') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{t('invoice.unchangedTitle', { week: label })}</MessageBarTitle>
          {t('invoice.unchanged')}{' '}
          {result.sheets.map((sheet) => (
            <CellLink key={sheet} address={qualifiedAddress(sheet, 0, 0)}>
              {sheet}
            </CellLink>
          ))}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (result.kind === 'correction') {
    const total = correctionTotal(result.lines);
    return (
      <section className={view.section} aria-labelledby="invoice-preview-title">
        <Subtitle2 as="h3" id="invoice-preview-title" className={view.heading}>
          {t('invoice.correctionTitle', { sheet: result.sheetName })}
        </Subtitle2>
        <Text>{t('invoice.correctionSummary', { lines: result.lines.length, total: strings.money(total, currency) })}</Text>
        <InvoiceLines
          caption={t('invoice.correctionTitle', { sheet: result.sheetName })}
          strings={strings}
          columns={[t('invoice.candidate'), t('invoice.before'), t('invoice.now'), t('invoice.difference')]}
          numeric={[1, 2, 3]}
          rows={result.lines.map((line) => ({
            key: line.candidate.id,
            cells: [
              line.candidate.id,
              strings.money(line.previous?.amount ?? ZERO),
              strings.money(line.amount),
              strings.money(line.difference),
            ],
          }))}
        />
      </section>
    );
  }
  const paid = invoice.lines.filter((line) => toNumber(line.amount) !== 0).length;
  return (
    <section className={view.section} aria-labelledby="invoice-preview-title">
      <Subtitle2 as="h3" id="invoice-preview-title" className={view.heading}>
        {t('invoice.previewTitle', { sheet: result.sheetName })}
      </Subtitle2>
      <Figures
        items={[
          { label: t('invoice.lines'), value: t('invoice.linesValue', { lines: invoice.lines.length, paid }) },
          { label: t('invoice.total'), value: strings.money(invoice.total, currency) },
          { label: t('invoice.invoicedBefore'), value: strings.money(invoice.cumulativeBefore, currency) },
          invoice.capRemainingBefore && { label: t('invoice.capRemaining'), value: strings.money(invoice.capRemainingBefore, currency) },
        ]}
      />
      {invoice.lines.length === 0 ? (
        <Text>{t('invoice.noLines', { week: label })}</Text>
      ) : (
        <InvoiceLines
          caption={t('invoice.previewTitle', { sheet: result.sheetName })}
          strings={strings}
          columns={[t('invoice.candidate'), t('invoice.status'), t('invoice.amount'), t('invoice.reason')]}
          numeric={[2]}
          rows={invoice.lines.map((line) => ({
            key: line.candidate.id,
            cells: [line.candidate.id, cellText(line.status), strings.money(line.amount), reasonText(line.reason, strings)],
          }))}
        />
      )}
    </section>
  );
}
