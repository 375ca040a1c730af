import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { ReactNode } from 'react';
import { isEngineError, errorMessage } from '../../../src/engine/errors';
import { sundayOf, weekLabel } from '../../../src/engine/weeks';
import { TERM_NAMES } from '../../../src/sheet/contractTerms';
import { ExplainedLine, ExplainSource, Explanation } from '../../../src/sheet/explain';
import { CellLink } from '../../components/CellLink';
import { FindingList } from '../../components/FindingList/FindingList';
import { Strings } from '../../i18n/I18nContext';
import { cellText } from '../cellText';
import { reasonText } from '../invoice/InvoicePreview';
import { useViewStyles } from '../useViewStyles.styles';

/** An explanation in plain words, one step of the settlement per list item, in the order the rules apply. */
export function ExplainSteps({ explanation, strings }: { explanation: Explanation; strings: Strings }) {
  const view = useViewStyles();
  const { t } = strings;
  if ('refusal' in explanation) {
    const { refusal } = explanation;
    return (
      <>
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t('explain.cannot', { address: explanation.address })}</MessageBarTitle>
            {refusal.why === 'not-explainable' && t('explain.notExplainable')}
            {refusal.why === 'formula-argument' && t('explain.formulaArgument', { formula: refusal.formula })}
            {refusal.why === 'no-candidate' && t('explain.noCandidate', { id: refusal.candidateId, sheet: refusal.sheet })}
            {refusal.why === 'no-week' && t('explain.noWeek', { week: refusal.week, sheet: refusal.sheet })}
            {refusal.why === 'blocking-findings' && t('invoice.refusedFindings')}
            {refusal.why === 'ledger-unreadable' && t('invoice.refusedLedger', { cells: refusal.cells.join(', ') })}
          </MessageBarBody>
        </MessageBar>
        {refusal.why === 'blocking-findings' && <FindingList findings={refusal.findings} />}
      </>
    );
  }
  const { line, source } = explanation;
  return (
    <section className={view.section} aria-labelledby="explain-title">
      <Text as="h3" weight="semibold" id="explain-title" className={view.heading}>
        {t('explain.title', { address: explanation.address })}
      </Text>
      <ol className={view.steps}>
        {steps(line, source, strings).map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
    </section>
  );
}

function steps(line: ExplainedLine, source: ExplainSource, strings: Strings): ReactNode[] {
  const { t } = strings;
  const money = (value: Parameters<Strings['money']>[0]) => strings.money(value, line.currency);
  const week = weekLabel(line.week);
  const out: ReactNode[] = [];
  if (source.kind === 'invoice') out.push(t('explain.sourceInvoice', { sheet: source.sheet }));
  if (source.kind === 'formula') out.push(t('explain.sourceFormula', { formula: source.formula, name: source.functionName }));
  out.push(
    <>
      {t('explain.candidate', {
        id: line.candidateId,
        week,
        monday: strings.date(line.week.monday),
        sunday: strings.date(sundayOf(line.week)),
        status: cellText(line.status, strings.language) || '–',
      })}{' '}
      <CellLink address={line.statusAddress} />
    </>,
  );
  const { reading } = line;
  if (isEngineError(reading)) out.push(t('explain.statusInvalid', { message: errorMessage(reading, strings.language) }));
  else if (reading.status.kind === 'full') out.push(t('explain.statusFull'));
  else if (reading.status.kind === 'partial') out.push(t('explain.statusPartial'));
  else if (reading.status.kind === 'share')
    out.push(t('explain.statusShare', { share: strings.percent(reading.status.share.toNumber(), 0) }));
  else out.push(t('explain.statusNone'));
  if (line.rate && line.share && line.exact && line.price && line.rateTerm) {
    out.push(t('explain.rate', { rate: strings.decimal(line.rate), currency: line.currency, name: TERM_NAMES[line.rateTerm] }));
    out.push(
      t('explain.payment', {
        rate: strings.decimal(line.rate),
        share: strings.decimal(line.share),
        exact: strings.decimal(line.exact),
        amount: money(line.price),
      }),
    );
  }
  if (line.rate) {
    out.push(enrolmentText(line, strings));
    out.push(contractText(line, strings));
    out.push(
      line.maxWeeks === undefined
        ? t('explain.payableBefore', { count: line.payableBefore })
        : t('explain.payableBeforeMax', { count: line.payableBefore, max: line.maxWeeks }),
    );
    if (line.cap && (line.reason === null || line.reason === 'cap'))
      out.push(t('explain.cap', { cap: money(line.cap.cap), used: money(line.cap.usedBefore), remaining: money(line.cap.remaining) }));
  }
  out.push(
    <strong>
      {line.reason === null
        ? t('explain.amount', { amount: money(line.amount) })
        : t('explain.amountNotPaid', { amount: money(line.amount), reason: reasonText(line.reason, strings) })}
    </strong>,
  );
  if (source.kind === 'invoice' && source.issued) {
    out.push(
      <>
        {source.issued.amount.equals(line.amount)
          ? t('explain.issuedSame', { amount: money(source.issued.amount) })
          : t('explain.issuedDiffers', { issued: money(source.issued.amount), amount: money(line.amount), week })}{' '}
        <CellLink address={source.issued.address} />
      </>,
    );
  }
  if (source.kind === 'formula') out.push(t('explain.formulaNote', { name: source.functionName }));
  return out;
}

function enrolmentText(line: ExplainedLine, strings: Strings): string {
  const { start, end, within } = line.enrolment;
  const period = `${start === undefined ? '…' : strings.date(start)} – ${end === undefined ? '…' : strings.date(end)}`;
  return strings.t(within ? 'explain.enrolmentWithin' : 'explain.enrolmentOutside', { period });
}

function contractText(line: ExplainedLine, strings: Strings): string {
  const { start, end, within } = line.contract;
  if (start === undefined && end === undefined) return strings.t('explain.contractOpen');
  const period = `${start === undefined ? '…' : strings.date(start)} – ${end === undefined ? '…' : strings.date(end)}`;
  return strings.t(within ? 'explain.contractWithin' : 'explain.contractOutside', { period });
}
