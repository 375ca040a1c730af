import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Select, Subtitle2 } from '@fluentui/react-components';
import { DocumentAddRegular, EyeRegular } from '@fluentui/react-icons';
import { qualifiedAddress } from '../../../src/engine/cells';
import { weekLabel } from '../../../src/engine/weeks';
import { CellLink } from '../../components/CellLink';
import { TaskProgress } from '../../components/TaskProgress';
import { useViewStyles } from '../useViewStyles.styles';
import { EInvoiceAction } from './EInvoiceAction';
import { InvoicePreviewView } from './InvoicePreview';
import { InvoiceViewState } from './InvoiceView.types';
import { LedgerTable } from './LedgerTable';
import { useInvoiceViewStyles } from './useInvoiceViewStyles.styles';

export function renderInvoiceView(
  state: InvoiceViewState,
  styles: ReturnType<typeof useInvoiceViewStyles>,
  view: ReturnType<typeof useViewStyles>,
) {
  const { t } = state.strings;
  const { setup, preview, build, shown } = state;
  const weeks = setup.status === 'done' ? [...setup.result.weeks].reverse() : [];
  const writing = build.status === 'running';
  return (
    <div className={view.root}>
      <TaskProgress task={setup} running={t('invoice.loading')} />
      {setup.status === 'done' && !setup.result.sheetName && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('invoice.noSheet')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={view.controls}>
        <Field
          label={t('invoice.week')}
          hint={setup.status === 'done' && setup.result.sheetName ? t('invoice.weekHint', { sheet: setup.result.sheetName }) : undefined}
        >
          <Select value={state.week} onChange={(_, data) => state.onWeekChange(data.value)} disabled={weeks.length === 0 || writing}>
            {weeks.map((week) => (
              <option key={week.monday} value={weekLabel(week)}>
                {weekLabel(week)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={view.actions}>
          <Button
            icon={<EyeRegular />}
            onClick={state.onPreview}
            disabledFocusable={!state.week || preview.status === 'running' || writing}
          >
            {t('invoice.preview')}
          </Button>
          <Button appearance="primary" icon={<DocumentAddRegular />} onClick={state.onBuild} disabledFocusable={!state.canBuild}>
            {shown?.kind === 'correction' ? t('invoice.buildCorrection') : t('invoice.build')}
          </Button>
        </div>
      </div>
      <div aria-live="polite" className={view.section}>
        {state.progress !== undefined && (
          <Field
            className={styles.progress}
            label={t('invoice.writing')}
            validationState="none"
            validationMessage={state.strings.percent(state.progress, 0)}
          >
            <ProgressBar value={state.progress} max={1} />
          </Field>
        )}
        <div ref={state.outcomeRef} tabIndex={-1} className={styles.outcome}>
          {build.status === 'failed' && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{t('invoice.buildFailed')}</MessageBarTitle>
                {build.error}
              </MessageBarBody>
            </MessageBar>
          )}
          {build.status === 'done' && build.result.kind === 'changed' && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('invoice.changedSincePreview')}</MessageBarBody>
            </MessageBar>
          )}
          {build.status === 'done' && build.result.kind === 'built' && (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>{t('invoice.built')}</MessageBarTitle>
                <CellLink address={qualifiedAddress(build.result.sheetName, 0, 0)}>
                  {t('invoice.goToSheet', { sheet: build.result.sheetName })}
                </CellLink>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        <TaskProgress task={preview} running={t('invoice.computing')} />
        {shown && <InvoicePreviewView preview={shown} strings={state.strings} />}
      </div>
      <EInvoiceAction week={state.week} ledger={setup.status === 'done' ? setup.result.ledger : undefined} />
      <section className={view.section} aria-labelledby="ledger-title">
        <Subtitle2 as="h3" id="ledger-title" className={view.heading}>
          {t('ledger.title')}
        </Subtitle2>
        {setup.status === 'done' && <LedgerTable ledger={setup.result.ledger} strings={state.strings} currency={setup.result.currency} />}
      </section>
    </div>
  );
}
