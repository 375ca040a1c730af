import { useState } from 'react';
import { IsoWeek, parseWeekLabel } from '../../../src/engine/weeks';
import { useHost } from '../../host/HostContext';
import { useStrings } from '../../i18n/I18nContext';
import { useSheetChoice } from '../../state/SheetChoice';
import { useTask } from '../../state/useTask';
import { useWorkbookTask } from '../../state/useWorkbookTask';
import { StatementSource, StatementViewState } from './StatementView.types';

export function useStatementView(): StatementViewState {
  const host = useHost();
  const strings = useStrings();
  const [choice] = useSheetChoice();
  const [source, setSource] = useState<StatementSource>('workbook');
  const [file, setFile] = useState<File>();
  const [week, setWeek] = useState('');
  const [setup] = useWorkbookTask((each) => each.run({ kind: 'statementWeeks', choice }), [choice.sheet, choice.headerRow]);
  const [result, run, reset] = useTask(async () =>
    host.run({
      kind: 'statement',
      choice,
      week: week === '' ? undefined : (parseWeekLabel(week) as IsoWeek),
      received: source === 'file' && file ? new Uint8Array(await file.arrayBuffer()) : undefined,
    }),
  );
  return {
    strings,
    source,
    fileName: file?.name,
    weeks: setup.status === 'done' ? setup.result : [],
    week,
    result,
    canRun: source === 'workbook' || file !== undefined,
    onSourceChange: (next) => {
      setSource(next);
      reset();
    },
    onFile: (next) => {
      setFile(next);
      reset();
    },
    onWeekChange: (label) => {
      setWeek(label);
      reset();
    },
    onRun: () => void run(),
  };
}
