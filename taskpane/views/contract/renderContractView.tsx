import { TaskProgress } from '../../components/TaskProgress';
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwiseRegular, SaveRegular } from '@fluentui/react-icons';
import { FindingList } from '../../components/FindingList/FindingList';
import { StringKey } from '../../i18n/strings';
import { useViewStyles } from '../useViewStyles.styles';
import { ContractViewState, TermField } from './ContractView.types';
import { useContractViewStyles } from './useContractViewStyles.styles';

export function renderContractView(
  state: ContractViewState,
  styles: ReturnType<typeof useContractViewStyles>,
  view: ReturnType<typeof useViewStyles>,
) {
  const { t } = state.strings;
  const { loading, save } = state;
  return (
    <div className={view.root}>
      <TaskProgress task={loading} running={t('contract.loading')} />
      {state.creates && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t('contract.noSheetTitle')}</MessageBarTitle>
            {t('contract.noSheet')}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.findings.length > 0 && <FindingList findings={state.findings} />}
      <form
        className={view.controls}
        onSubmit={(event) => {
          event.preventDefault();
          state.onSave();
        }}
      >
        <fieldset className={styles.fields} disabled={loading.status !== 'done'}>
          <legend className={styles.legend}>{t('contract.legend')}</legend>
          {state.fields.map((field) => renderField(field, state, styles))}
        </fieldset>
        <div className={view.actions}>
          <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={!state.canSave}>
            {state.creates ? t('contract.create') : t('contract.save')}
          </Button>
          <Button icon={<ArrowClockwiseRegular />} onClick={state.onReload}>
            {t('contract.reload')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        <TaskProgress task={save} running={t('contract.saving')} failedTitle={t('contract.saveFailed')} />
        {save.status === 'done' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('contract.saved')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}

function renderField(field: TermField, state: ContractViewState, styles: ReturnType<typeof useContractViewStyles>) {
  const { t } = state.strings;
  const where = field.address ?? field.brokenReference ?? (field.editable ? t('contract.notDefined') : t('contract.inName'));
  return (
    <Field
      key={field.key}
      label={{ children: t(`term.${field.key}` as StringKey), className: field.changed ? styles.changed : undefined }}
      hint={`${field.name} · ${where}`}
      validationState={field.problem ? 'error' : field.changed ? 'success' : 'none'}
      validationMessage={validationMessage(field, state)}
    >
      <Input
        type={field.kind === 'date' ? 'date' : 'text'}
        inputMode={field.kind === 'amount' || field.kind === 'percent' ? 'decimal' : field.kind === 'integer' ? 'numeric' : undefined}
        value={field.text}
        readOnly={!field.editable}
        onChange={(_, data) => state.onChange(field.key, data.value)}
      />
    </Field>
  );
}

/** What is wrong with a change, or what the cell will hold once saved. */
function validationMessage(field: TermField, state: ContractViewState): string | undefined {
  const { t } = state.strings;
  if (field.problem) return t(`contract.problem.${field.problem}` as StringKey);
  if (!field.changed) return undefined;
  return field.stored === undefined ? t('contract.willClear') : t('contract.willStore', { value: field.stored });
}
