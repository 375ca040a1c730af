import { TaskProgress } from '../../components/TaskProgress';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { weekLabel } from '../../../src/engine/weeks';
import { FindingList } from '../../components/FindingList/FindingList';
import { useViewStyles } from '../useViewStyles.styles';
import { CheckViewState } from './CheckView.types';
import { useCheckViewStyles } from './useCheckViewStyles.styles';

export function renderCheckView(
  state: CheckViewState,
  styles: ReturnType<typeof useCheckViewStyles>,
  view: ReturnType<typeof useViewStyles>,
) {
  const { t } = state.strings;
  const { check } = state;
  return (
    <div className={view.root}>
      <div className={view.controls}>
        <Field label={t('check.sheet')}>
          <Select value={state.sheet} onChange={(_, data) => state.onSheetChange(data.value)}>
            <option value="">
              {state.detected ? t('check.sheetAutomaticFound', { sheet: state.detected }) : t('check.sheetAutomatic')}
            </option>
            {state.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t('check.headerRow')}
          hint={
            check.status === 'done' && check.result.read
              ? t('check.headerRowFound', { row: check.result.read.headerRow + 1 })
              : t('check.headerRowHint')
          }
          validationState={state.headerRowValid ? 'none' : 'error'}
          validationMessage={state.headerRowValid ? undefined : t('check.headerRowInvalid')}
        >
          <Input
            type="number"
            min={1}
            inputMode="numeric"
            value={state.headerRow}
            onChange={(_, data) => state.onHeaderRowChange(data.value)}
          />
        </Field>
        <div className={view.actions}>
          <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={state.onRun} disabled={check.status === 'running'}>
            {t('check.run')}
          </Button>
        </div>
      </div>
      <section className={view.section} aria-live="polite" aria-busy={check.status === 'running'}>
        <TaskProgress task={check} running={t('check.running')} failedTitle={t('check.failed')} />
        {check.status === 'done' && (
          <>
            {check.result.read && (
              <Text className={styles.summary}>
                {t('check.summary', {
                  sheet: check.result.sheetName,
                  candidates: check.result.read.candidates,
                  weeks: check.result.read.weeks.length,
                  first: check.result.read.weeks.length ? weekLabel(check.result.read.weeks[0]) : '–',
                  last: check.result.read.weeks.length ? weekLabel(check.result.read.weeks[check.result.read.weeks.length - 1]) : '–',
                })}
              </Text>
            )}
            {check.result.findings.length === 0 ? (
              <MessageBar intent="success">
                <MessageBarBody>{t('check.clean')}</MessageBarBody>
              </MessageBar>
            ) : (
              <FindingList findings={check.result.findings} />
            )}
          </>
        )}
      </section>
    </div>
  );
}
