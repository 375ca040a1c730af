import { useEffect, useRef, useState } from 'react';
import { isEngineError } from '../../../src/engine/errors';
import { IsoWeek, parseWeekLabel, weekLabel } from '../../../src/engine/weeks';
import { InvoicePreview } from '../../../src/jobs/paneJobs';
import { useHost } from '../../host/HostContext';
import { useStrings } from '../../i18n/I18nContext';
import { useSheetChoice } from '../../state/SheetChoice';
import { useTask } from '../../state/useTask';
import { useWorkbookTask } from '../../state/useWorkbookTask';
import { InvoiceViewState } from './InvoiceView.types';

export function useInvoiceView(): InvoiceViewState {
  const host = useHost();
  const strings = useStrings();
  const [choice] = useSheetChoice();
  const [picked, setPicked] = useState<string>();
  const [progress, setProgress] = useState<number>();
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [setup] = useWorkbookTask((each) => each.run({ kind: 'invoiceSetup', choice }), [choice.sheet, choice.headerRow]);
  const defaultLabel = setup.status === 'done' && setup.result.defaultWeek ? weekLabel(setup.result.defaultWeek) : '';
  const week = picked ?? defaultLabel;
  const parsed = parseWeekLabel(week);
  const chosen = week === '' || isEngineError(parsed) ? undefined : parsed;

  const [preview, runPreview, resetPreview] = useTask((at: IsoWeek) => host.run({ kind: 'invoicePreview', choice, week: at }));
  const [build, runBuild, resetBuild] = useTask(async (at: IsoWeek, seen: InvoicePreview | undefined) => {
    setProgress(0);
    try {
      const expected =
        seen?.kind === 'invoice' || seen?.kind === 'correction' ? { sheetName: seen.sheetName, fingerprint: seen.fingerprint } : undefined;
      return await host.build({ choice, week: at, builtAt: new Date(), expected }, (done, total) =>
        setProgress(total > 0 ? done / total : 1),
      );
    } finally {
      setProgress(undefined);
    }
  });

  const ended = build.status === 'done' || build.status === 'failed';
  useEffect(() => {
    if (ended) outcomeRef.current?.focus();
  }, [ended]);

  const shown =
    build.status === 'done' && build.result.kind !== 'built'
      ? build.result.preview
      : preview.status === 'done'
        ? preview.result
        : undefined;
  const writing = build.status === 'running';
  return {
    strings,
    setup,
    week,
    preview,
    build,
    shown,
    progress,
    canBuild:
      chosen !== undefined &&
      !writing &&
      preview.status !== 'running' &&
      (!shown || shown.kind === 'invoice' || shown.kind === 'correction'),
    outcomeRef,
    onWeekChange: (label) => {
      setPicked(label);
      resetPreview();
      resetBuild();
    },
    onPreview: () => {
      if (!chosen) return;
      resetBuild();
      void runPreview(chosen);
    },
    onBuild: () => {
      if (!chosen) return;
      const seen = shown;
      resetPreview();
      void runBuild(chosen, seen);
    },
  };
}
