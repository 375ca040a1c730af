import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Subtitle2 } from '@fluentui/react-components';
import { CopyRegular, DocumentArrowDownRegular } from '@fluentui/react-icons';
import { eInvoiceFormat, EINVOICE_FORMATS, EInvoiceFormatName } from '../../../src/einvoice/formats';
import { Ledger } from '../../../src/sheet/ledger';
import { TaskProgress } from '../../components/TaskProgress';
import { useViewStyles } from '../useViewStyles.styles';
import { useEInvoiceAction } from './useEInvoiceAction';

export interface EInvoiceActionProps {
  /** The week chosen on the Invoice view, e.g. `2021-W10`. */
  readonly week: string;
  readonly ledger?: Ledger;
}

/**
 * docs/rules.md §10: the chosen week's issued invoice, or one of its corrections, as a Peppol BIS Billing 3.0 or
 * OIOUBL 2.1 e-invoice: downloaded as XML (inside Excel, where a download may not show, it can be copied instead).
 */
export function EInvoiceAction({ week, ledger }: EInvoiceActionProps) {
  const state = useEInvoiceAction(week, ledger);
  const view = useViewStyles();
  const { t } = state.strings;
  const { task } = state;
  return (
    <section className={view.section} aria-labelledby="einvoice-title">
      <Subtitle2 as="h3" id="einvoice-title" className={view.heading}>
        {t('einvoice.title')}
      </Subtitle2>
      {state.documents.length === 0 ? (
        <p className={view.muted}>{t('einvoice.none', { week })}</p>
      ) : (
        <div className={view.controls}>
          {state.documents.length > 1 && (
            <Field label={t('einvoice.document')}>
              <Select value={state.chosen} onChange={(_, data) => state.onChoose(data.value)}>
                {state.documents.map((document) => (
                  <option key={document.value} value={document.value}>
                    {document.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field label={t('einvoice.format')}>
            <Select value={state.format} onChange={(_, data) => state.onFormat(data.value as EInvoiceFormatName)}>
              {EINVOICE_FORMATS.map((format) => (
                <option key={format} value={format}>
                  {eInvoiceFormat(format).title}
                </option>
              ))}
            </Select>
          </Field>
          <div className={view.actions}>
            <Button icon={<DocumentArrowDownRegular />} onClick={state.onExport} disabled={task.status === 'running'}>
              {t('einvoice.export')}
            </Button>
          </div>
        </div>
      )}
      <div aria-live="polite" className={view.section}>
        <TaskProgress task={task} running={t('einvoice.exporting')} failedTitle={t('einvoice.refused')} />
        {task.status === 'done' && task.result.kind === 'refused' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t('einvoice.refused')}</MessageBarTitle>
              {task.result.reasons.map((reason) => (
                <p key={reason}>{reason}</p>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        {task.status === 'done' && task.result.kind === 'written' && (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>{t('einvoice.doneTitle', { file: task.result.fileName })}</MessageBarTitle>
              {t('einvoice.done', {
                format: eInvoiceFormat(task.result.einvoice.format).title,
                type: t(task.result.einvoice.type === 'Invoice' ? 'einvoice.typeInvoice' : 'einvoice.typeCreditNote'),
                total: state.strings.money(task.result.einvoice.payable, task.result.einvoice.currency),
                lines: task.result.einvoice.lines,
              })}{' '}
              {t('einvoice.downloadHint', { file: task.result.fileName })}
            </MessageBarBody>
          </MessageBar>
        )}
        {task.status === 'done' && task.result.kind === 'written' && (
          <div className={view.actions}>
            <Button icon={<CopyRegular />} onClick={state.onCopy}>
              {t('einvoice.copy')}
            </Button>
            {state.copied && <span>{t('einvoice.copied')}</span>}
          </div>
        )}
      </div>
    </section>
  );
}
