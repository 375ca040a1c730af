import { useState } from 'react';
import { IsoWeek, parseWeekLabel } from '../../../src/engine/weeks';
import { isEngineError } from '../../../src/engine/errors';
import { EInvoiceFormatName } from '../../../src/einvoice/formats';
import { refusalText } from '../../../src/einvoice/refusal';
import { entriesFor, Ledger } from '../../../src/sheet/ledger';
import { downloadFile } from '../../host/download';
import { useHost } from '../../host/HostContext';
import { useStrings } from '../../i18n/I18nContext';
import { useTask } from '../../state/useTask';
import { EInvoiceActionState, EInvoiceOutcome } from './EInvoiceAction.types';

export function useEInvoiceAction(weekText: string, ledger: Ledger | undefined): EInvoiceActionState {
  const host = useHost();
  const strings = useStrings();
  const parsed = weekText ? parseWeekLabel(weekText) : undefined;
  const week = parsed && !isEngineError(parsed) ? parsed : undefined;
  const entries = week && ledger ? entriesFor(ledger, week) : [];
  const documents = entries.map((entry, index) => ({
    value: String(index),
    label:
      entry.kind === 'invoice'
        ? strings.t('einvoice.invoice', { sheet: entry.sheet })
        : strings.t('einvoice.correction', { nth: index, sheet: entry.sheet }),
  }));
  const [picked, setPicked] = useState<{ week: string; value: string }>();
  const chosen = picked?.week === weekText ? picked.value : '0';
  const [format, setFormat] = useState<EInvoiceFormatName>('peppol');
  const [task, run, reset] = useTask(async (at: IsoWeek, correction: number | undefined): Promise<EInvoiceOutcome> => {
    const result = await host.run({ kind: 'einvoice', week: at, correction, format });
    if (result.kind === 'refused') return { kind: 'refused', reasons: result.refusals.map((each) => refusalText(each, strings.language)) };
    downloadFile(result.einvoice.xml, result.fileName, 'application/xml');
    return { kind: 'written', fileName: result.fileName, einvoice: result.einvoice };
  });
  const [copied, setCopied] = useState(false);
  return {
    strings,
    documents,
    chosen,
    format,
    task,
    copied,
    onChoose: (value) => {
      setPicked({ week: weekText, value });
      reset();
    },
    onFormat: (value) => {
      setFormat(value);
      reset();
    },
    onExport: () => {
      // The week's entries are its invoice, then its corrections in the order built.
      if (week) void run(week, chosen === '0' ? undefined : Number(chosen));
      setCopied(false);
    },
    onCopy: () => {
      if (task.status === 'done' && task.result.kind === 'written')
        void navigator.clipboard.writeText(task.result.einvoice.xml).then(() => setCopied(true));
    },
  };
}
