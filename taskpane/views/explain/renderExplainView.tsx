import { TaskProgress } from '../../components/TaskProgress';
import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { CursorClickRegular, QuestionCircleRegular } from '@fluentui/react-icons';
import { useViewStyles } from '../useViewStyles.styles';
import { ExplainSteps } from './ExplainSteps';
import { ExplainViewState } from './ExplainView.types';
import { useExplainViewStyles } from './useExplainViewStyles.styles';

export function renderExplainView(
  state: ExplainViewState,
  styles: ReturnType<typeof useExplainViewStyles>,
  view: ReturnType<typeof useViewStyles>,
) {
  const { t } = state.strings;
  const { explanation } = state;
  return (
    <div className={view.root}>
      <Text className={view.muted}>{t('explain.intro')}</Text>
      <div className={view.controls}>
        <div className={view.actions}>
          <Button appearance="primary" icon={<CursorClickRegular />} onClick={state.onUseSelection} disabled={!state.canUseSelection}>
            {t('explain.useSelection')}
          </Button>
        </div>
        <Field label={t('explain.sheet')}>
          <Select value={state.sheet} onChange={(_, data) => state.onSheetChange(data.value)} disabled={state.sheets.length === 0}>
            <option value="">{state.sheets.length === 0 ? t('explain.noSheets') : t('explain.pickSheet')}</option>
            {state.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('explain.line')}>
          <Select value={state.line} onChange={(_, data) => state.onLineChange(data.value)} disabled={state.lines.length === 0}>
            <option value="">{t('explain.pickLine')}</option>
            {state.lines.map((line) => (
              <option key={line.address} value={line.address}>
                {line.candidateId}
              </option>
            ))}
          </Select>
        </Field>
        <form
          className={styles.address}
          onSubmit={(event) => {
            event.preventDefault();
            state.onExplain();
          }}
        >
          <Field label={t('explain.address')} hint={t('explain.addressHint')}>
            <Input value={state.address} onChange={(_, data) => state.onAddressChange(data.value)} spellCheck={false} autoComplete="off" />
          </Field>
          <Button type="submit" icon={<QuestionCircleRegular />} disabled={state.address.trim() === ''}>
            {t('explain.explain')}
          </Button>
        </form>
      </div>
      <div aria-live="polite" className={view.section}>
        <TaskProgress task={explanation} running={t('explain.running')} />
        {explanation.status === 'done' && <ExplainSteps explanation={explanation.result} strings={state.strings} />}
      </div>
    </div>
  );
}
