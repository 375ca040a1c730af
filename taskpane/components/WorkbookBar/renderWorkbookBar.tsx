import {
  Badge,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { FilePicker } from '../FilePicker';
import { WorkbookBarState } from './WorkbookBar.types';
import { useWorkbookBarStyles } from './useWorkbookBarStyles.styles';

export function renderWorkbookBar(state: WorkbookBarState, styles: ReturnType<typeof useWorkbookBarStyles>) {
  const { t } = state.strings;
  const { file } = state;
  return (
    <section className={styles.root} aria-label={t('file.region')}>
      <div className={styles.file}>
        <DocumentTableRegular aria-hidden />
        <Text weight="semibold" className={styles.name} title={state.name}>
          {state.name}
        </Text>
        {file.unsaved && (
          <Badge appearance="tint" color="warning" className={styles.unsaved}>
            {t('file.unsaved')}
          </Badge>
        )}
      </div>
      <div className={styles.actions}>
        <FilePicker label={t('file.open')} inputLabel={t('file.input')} icon={<FolderOpenRegular />} onFile={file.onFile} />
        <Button icon={<ArrowDownloadRegular />} appearance={file.unsaved ? 'primary' : 'secondary'} onClick={file.onDownload}>
          {t('file.download')}
        </Button>
      </div>
      <Caption1 className={styles.hint}>{file.unsaved ? t('file.unsavedHint') : t('file.hint')}</Caption1>
      <div aria-live="polite">
        {file.opening.status === 'running' && <Spinner size="tiny" label={t('file.opening')} />}
        {file.opening.status === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t('file.openFailed')}</MessageBarTitle>
              {file.opening.error}
            </MessageBarBody>
          </MessageBar>
        )}
        {file.download.status === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t('file.downloadFailed')}</MessageBarTitle>
              {file.download.error}
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
      <Dialog open={file.pending !== undefined} onOpenChange={(_, data) => !data.open && file.onCancelOpen()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('file.confirmTitle')}</DialogTitle>
            <DialogContent>{t('file.confirm', { name: state.name, next: file.pending?.name ?? '' })}</DialogContent>
            <DialogActions fluid>
              <Button appearance="primary" onClick={() => file.onConfirmOpen(true)}>
                {t('file.confirmDownload')}
              </Button>
              <Button onClick={() => file.onConfirmOpen(false)}>{t('file.confirmDiscard')}</Button>
              <Button appearance="subtle" onClick={file.onCancelOpen}>
                {t('file.confirmCancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
