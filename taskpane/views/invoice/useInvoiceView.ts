import { useState } from 'react';
import { IsoWeek, parseWeekLabel, todayDay, weekLabel } from '../../../src/engine/weeks';
import { isEngineError } from '../../../src/engine/errors';
import { runCheck } from '../../../src/jobs/checkJob';
import { InvoiceJobResult, runInvoice } from '../../../src/jobs/invoiceJob';
import { defaultInvoiceWeek } from '../../../src/sheet/defaultWeek';
import { readLedger } from '../../../src/sheet/ledger';
import { findLedgerSheet } from '../../../src/sheet/sheetNames';
import { useHost } from '../../host/HostContext';
import { useStrings } from '../../i18n/I18nContext';
import { useSheetChoice } from '../../state/SheetChoice';
import { useTask } from '../../state/useTask';
import { useWorkbookTask } from '../../state/useWorkbookTask';
import { BuildOutcome, InvoiceViewState } from './InvoiceView.types';

export function useInvoiceView(): InvoiceViewState {
  const host = useHost();
  const strings = useStrings();
  const [choice] = useSheetChoice();
  const [picked, setPicked] = useState<string>();
  const [progress, setProgress] = useState<number>();
  const [setup] = useWorkbookTask(
    async (workbook) => {
      const check = await runCheck(workbook, choice);
      const ledgerSheet = findLedgerSheet(await workbook.sheetNames());
      return {
        sheetName: check.sheet?.layout.sheet,
        weeks: [...(check.sheet?.weeks ?? [])].sort((a, b) => a.monday - b.monday),
        defaultWeek: check.sheet && defaultInvoiceWeek(check.sheet, todayDay()),
        ledger: ledgerSheet === undefined ? undefined : readLedger(await workbook.readSheet(ledgerSheet)),
        currency: check.contract.terms?.currency,
      };
    },
    [choice.sheet, choice.headerRow],
  );
  const defaultLabel = setup.status === 'done' && setup.result.defaultWeek ? weekLabel(setup.result.defaultWeek) : '';
  const week = picked ?? defaultLabel;
  const invoiceFor = async (label: string) =>
    runInvoice(await host.workbook(), { ...choice, week: parseWeekLabel(label) as IsoWeek, builtAt: new Date() });
  const [preview, runPreview, resetPreview] = useTask(invoiceFor);
  const [build, runBuild] = useTask(async (label: string, shown: InvoiceJobResult): Promise<BuildOutcome> => {
    const fresh = await invoiceFor(label);
    if (!sameResult(fresh, shown) || (fresh.kind !== 'invoice' && fresh.kind !== 'correction')) {
      void runPreview(label);
      return { kind: 'changed' };
    }
    setProgress(0);
    try {
      await host.apply(fresh.changes, (done, total) => setProgress(total > 0 ? done / total : 1));
    } finally {
      setProgress(undefined);
    }
    resetPreview();
    return { kind: 'built', sheetName: fresh.sheetName };
  });
  return {
    strings,
    setup,
    week,
    preview,
    build,
    progress,
    onWeekChange: (label) => {
      setPicked(label);
      resetPreview();
    },
    onPreview: () => {
      if (week && !isEngineError(parseWeekLabel(week))) void runPreview(week);
    },
    onBuild: () => {
      if (preview.status === 'done') void runBuild(week, preview.result);
    },
  };
}

/** Whether a fresh result would write what the preview showed: the same kind, built from the same data. */
function sameResult(fresh: InvoiceJobResult, shown: InvoiceJobResult): boolean {
  if (fresh.kind !== shown.kind) return false;
  if (fresh.kind === 'refused' || shown.kind === 'refused') return false;
  return (
    fresh.invoice.fingerprint === shown.invoice.fingerprint &&
    ('sheetName' in fresh ? fresh.sheetName : '') === ('sheetName' in shown ? shown.sheetName : '')
  );
}
