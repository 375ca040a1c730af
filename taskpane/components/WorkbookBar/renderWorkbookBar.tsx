import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { FilePicker } from '../FilePicker';
import { WorkbookBarState } from './WorkbookBar.types';
import { useWorkbookBarStyles } from './useWorkbookBarStyles.styles';

export function renderWorkbookBar(state: WorkbookBarState, styles: ReturnType<typeof useWorkbookBarStyles>) {
  const { t } = state.strings;
  return (
    <section className={styles.root} aria-label={t('file.region')}>
      <div className={styles.file}>
        <DocumentTableRegular aria-hidden />
        <Text weight="semibold" className={styles.name} title={state.name}>
          {state.name}
        </Text>
      </div>
      <div className={styles.actions}>
        <FilePicker label={t('file.open')} inputLabel={t('file.input')} icon={<FolderOpenRegular />} onFile={state.onFile} />
        <Button icon={<ArrowDownloadRegular />} onClick={state.onDownload}>
          {t('file.download')}
        </Button>
      </div>
      <Caption1 className={styles.hint}>{t('file.hint')}</Caption1>
      <div aria-live="polite">
        {state.opening.status === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t('file.openFailed')}</MessageBarTitle>
              {state.opening.error}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.selected && (
          <Text className={styles.selected}>
            {state.selected.value.status === 'done' && state.selected.value.result !== ''
              ? t('file.selectedHolds', { address: state.selected.address, value: state.selected.value.result })
              : t('file.selected', { address: state.selected.address })}
          </Text>
        )}
      </div>
    </section>
  );
}
