import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import { qualifiedAddress } from '../../../src/engine/cells';
import { reasonText as reasonWords } from '../../../src/engine/reasonTexts';
import { Reason } from '../../../src/engine/rules';
import { weekLabel } from '../../../src/engine/weeks';
import { InvoicePreview } from '../../../src/jobs/paneJobs';
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
export function InvoicePreviewView({ preview, strings }: { preview: InvoicePreview; strings: Strings }) {
  const view = useViewStyles();
  const { t } = strings;
  if (preview.kind === 'refused') {
    const { refusal } = preview;
    return (
      <div className={view.section}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('invoice.refused')}</MessageBarTitle>
            {refusal.refused === 'blocking-findings' && t('invoice.refusedFindings')}
            {refusal.refused === 'week-not-in-sheet' && t('invoice.refusedWeek', { week: refusal.week })}
            {refusal.refused === 'sheet-without-ledger' && t('invoice.refusedSheet', { sheet: refusal.sheet })}
            {refusal.refused === 'ledger-unreadable' && t('invoice.refusedLedger', { cells: refusal.cells.join(', ') })}
            {refusal.refused === 'before-ledger-opening' && t('invoice.refusedOpening', { week: refusal.week, opening: refusal.opening })}
            {refusal.refused === 'too-many-lines' &&
              t('invoice.refusedTooManyLines', {
                week: refusal.week,
                lines: strings.number(refusal.lines),
                limit: strings.number(refusal.limit),
              })}
          </MessageBarBody>
        </MessageBar>
        {refusal.refused === 'blocking-findings' && <FindingList findings={refusal.findings} />}
      </div>
    );
  }
  const label = weekLabel(preview.week);
  if (preview.kind === 'unchanged') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{t('invoice.unchangedTitle', { week: label })}</MessageBarTitle>
          {t('invoice.unchanged')}{' '}
          {preview.sheets.map((sheet) => (
            <CellLink key={sheet} address={qualifiedAddress(sheet, 0, 0)}>
              {sheet}
            </CellLink>
          ))}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { currency } = preview;
  const title = t('invoice.previewTitle', { sheet: preview.sheetName });
  if (preview.kind === 'correction') {
    return (
      <section className={view.section} aria-labelledby="invoice-preview-title">
        <Subtitle2 as="h3" id="invoice-preview-title" className={view.heading}>
          {title}
        </Subtitle2>
        <Text>{t('invoice.correctionSummary', { lines: preview.lines.length, total: strings.money(preview.total, currency) })}</Text>
        <InvoiceLines
          caption={title}
          columns={[t('invoice.candidate'), t('invoice.before'), t('invoice.now'), t('invoice.difference')]}
          numeric={[1, 2, 3]}
          rows={preview.lines}
          cells={(line) => [line.candidateId, strings.money(line.issued), strings.money(line.amount), strings.money(line.difference)]}
        />
      </section>
    );
  }
  return (
    <section className={view.section} aria-labelledby="invoice-preview-title">
      <Subtitle2 as="h3" id="invoice-preview-title" className={view.heading}>
        {title}
      </Subtitle2>
      <Figures
        items={[
          { label: t('invoice.lines'), value: t('invoice.linesValue', { lines: preview.lines.length, paid: preview.paid }) },
          { label: t('invoice.total'), value: strings.money(preview.total, currency) },
          { label: t('invoice.invoicedBefore'), value: strings.money(preview.cumulativeBefore, currency) },
          preview.capRemainingBefore && { label: t('invoice.capRemaining'), value: strings.money(preview.capRemainingBefore, currency) },
        ]}
      />
      {preview.lines.length === 0 ? (
        <Text>{t('invoice.noLines', { week: label })}</Text>
      ) : (
        <InvoiceLines
          caption={title}
          columns={[t('invoice.candidate'), t('invoice.status'), t('invoice.amount'), t('invoice.reason')]}
          numeric={[2]}
          rows={preview.lines}
          cells={(line) => [
            line.candidateId,
            cellText(line.status, strings.language),
            strings.money(line.amount),
            reasonText(line.reason, strings),
          ]}
        />
      )}
    </section>
  );
}
