import { TaskProgress } from '../../components/TaskProgress';
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { DocumentSearchRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { errorMessage } from '../../../src/engine/errors';
import { weekLabel } from '../../../src/engine/weeks';
import { StatementOutcome } from '../../../src/jobs/paneJobs';
import { StatementRefusal } from '../../../src/jobs/statementJob';
import { StatementSide } from '../../../src/sheet/statement';
import { CellLink } from '../../components/CellLink';
import { Figures } from '../../components/Figures';
import { FilePicker } from '../../components/FilePicker';
import { FindingList } from '../../components/FindingList/FindingList';
import { Strings } from '../../i18n/I18nContext';
import { StringKey } from '../../i18n/strings';
import { useViewStyles } from '../useViewStyles.styles';
import { StatementViewState } from './StatementView.types';
import { useStatementViewStyles } from './useStatementViewStyles.styles';

export function renderStatementView(
  state: StatementViewState,
  styles: ReturnType<typeof useStatementViewStyles>,
  view: ReturnType<typeof useViewStyles>,
) {
  const { t } = state.strings;
  const { result } = state;
  return (
    <div className={view.root}>
      <div className={view.controls}>
        <Field label={t('statement.source')}>
          <RadioGroup value={state.source} onChange={(_, data) => state.onSourceChange(data.value as StatementViewState['source'])}>
            <Radio value="workbook" label={t('statement.sourceWorkbook')} />
            <Radio value="file" label={t('statement.sourceFile')} />
          </RadioGroup>
        </Field>
        {state.source === 'file' && (
          <div className={view.actions}>
            <FilePicker
              label={t('statement.chooseFile')}
              inputLabel={t('statement.fileInput')}
              icon={<FolderOpenRegular />}
              onFile={state.onFile}
            />
            <Text className={view.muted}>{state.fileName ?? t('statement.noFile')}</Text>
          </div>
        )}
        <Field label={t('statement.week')}>
          <Select value={state.week} onChange={(_, data) => state.onWeekChange(data.value)}>
            <option value="">{t('statement.weekFromStatement')}</option>
            {state.weeks.map((week) => (
              <option key={week.monday} value={weekLabel(week)}>
                {weekLabel(week)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={view.actions}>
          <Button
            appearance="primary"
            icon={<DocumentSearchRegular />}
            onClick={state.onRun}
            disabled={!state.canRun || result.status === 'running'}
          >
            {t('statement.run')}
          </Button>
        </div>
      </div>
      <div aria-live="polite" className={view.section}>
        <TaskProgress task={result} running={t('statement.running')} />
        {result.status === 'done' && 'refusal' in result.result && renderRefusal(result.result.refusal, state.strings)}
        {result.status === 'done' && 'comparison' in result.result && renderComparison(result.result, state, styles, view)}
      </div>
    </div>
  );
}

function renderRefusal(refusal: StatementRefusal, strings: Strings) {
  const { t } = strings;
  return (
    <>
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t('statement.refused')}</MessageBarTitle>
          {refusal.refused === 'unreadable-statement' && errorMessage(refusal.error, strings.language)}
          {refusal.refused === 'blocking-findings' && t('invoice.refusedFindings')}
          {refusal.refused === 'week-not-in-sheet' && t('invoice.refusedWeek', { week: refusal.week })}
          {refusal.refused === 'ledger-unreadable' && t('invoice.refusedLedger', { cells: refusal.cells.join(', ') })}
        </MessageBarBody>
      </MessageBar>
      {refusal.refused === 'blocking-findings' && <FindingList findings={refusal.findings} />}
    </>
  );
}

type Compared = Extract<StatementOutcome, { comparison: unknown }>;

function renderComparison(
  result: Compared,
  state: StatementViewState,
  styles: ReturnType<typeof useStatementViewStyles>,
  view: ReturnType<typeof useViewStyles>,
) {
  const strings = state.strings;
  const { t } = strings;
  const { comparison } = result;
  const { currency } = result;
  const receivedHere = state.source === 'workbook';
  const week = weekLabel(comparison.week);
  return (
    <>
      {comparison.agrees ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t('statement.agreesTitle', { week })}</MessageBarTitle>
            {t('statement.agrees', { lines: comparison.receivedLines, total: strings.money(comparison.receivedTotal, currency) })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t('statement.differsTitle', { week })}</MessageBarTitle>
            {t('statement.differs', { count: comparison.differences.length })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text>
        {t('statement.table')} {receivedHere ? <CellLink address={result.address} /> : result.address}
      </Text>
      <Figures
        items={[
          {
            label: t('statement.receivedTotal', { lines: comparison.receivedLines }),
            value: strings.money(comparison.receivedTotal, currency),
          },
          {
            label: t('statement.expectedTotal', { lines: comparison.expectedLines }),
            value: strings.money(comparison.expectedTotal, currency),
          },
          { label: t('statement.difference'), value: strings.money(comparison.difference, currency) },
        ]}
      />
      {!comparison.receivedFoots && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('statement.doesNotFoot', { lines: strings.money(comparison.receivedLinesTotal, currency) })}</MessageBarBody>
        </MessageBar>
      )}
      {comparison.differences.length > 0 && (
        <section className={view.section} aria-labelledby="statement-differences">
          <Subtitle2 as="h3" id="statement-differences" className={view.heading}>
            {t('statement.differences')}
          </Subtitle2>
          <ul className={styles.differences}>
            {comparison.differences.map((difference, index) => (
              <li key={index} className={styles.difference}>
                <Badge
                  className={styles.kind}
                  appearance="tint"
                  color={difference.kind === 'amount' || difference.kind === 'status' ? 'warning' : 'danger'}
                >
                  {t(`difference.${difference.kind}` as StringKey)}
                </Badge>
                <Text weight="semibold">{difference.candidateId ?? t('statement.totalsRow')}</Text>
                <dl className={styles.sides}>
                  <dt>{t('statement.received')}</dt>
                  <dd>{side(difference.received, strings, currency, receivedHere)}</dd>
                  <dt>{t('statement.expected')}</dt>
                  <dd>{side(difference.expected, strings, currency, true)}</dd>
                  {difference.difference && (
                    <>
                      <dt>{t('statement.difference')}</dt>
                      <dd>{strings.money(difference.difference, currency)}</dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function side(value: StatementSide, strings: Strings, currency: string, linked: boolean) {
  const parts = [
    value.status === null ? undefined : strings.t('statement.status', { status: value.status === '' ? '–' : value.status }),
    value.amount === null ? undefined : strings.money(value.amount, currency),
  ].filter(Boolean);
  const text = parts.length ? parts.join(' · ') : strings.t('statement.noLine');
  return (
    <>
      {text}
      {value.address && <> {linked ? <CellLink address={value.address} /> : value.address}</>}
    </>
  );
}
