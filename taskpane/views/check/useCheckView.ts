import { useState } from 'react';
import { useStrings } from '../../i18n/I18nContext';
import { useSheetChoice } from '../../state/SheetChoice';
import { useWorkbookTask } from '../../state/useWorkbookTask';
import { CheckViewState } from './CheckView.types';

export function useCheckView(): CheckViewState {
  const strings = useStrings();
  const [choice, setChoice] = useSheetChoice();
  const [headerRow, setHeaderRow] = useState(choice.headerRow === undefined ? '' : String(choice.headerRow + 1));
  const [sheets] = useWorkbookTask((host) => host.run({ kind: 'sheets' }), []);
  const [check, rerun] = useWorkbookTask((host) => host.run({ kind: 'check', choice }), [choice.sheet, choice.headerRow]);
  const headerRowValid = headerRow.trim() === '' || /^\s*[1-9]\d*\s*$/.test(headerRow);
  return {
    strings,
    sheets: sheets.status === 'done' ? sheets.result.names : [],
    detected: sheets.status === 'done' ? sheets.result.detected : undefined,
    sheet: choice.sheet ?? '',
    headerRow,
    headerRowValid,
    check,
    onSheetChange: (sheet) => setChoice({ ...choice, sheet: sheet === '' ? undefined : sheet }),
    onHeaderRowChange: (text) => {
      setHeaderRow(text);
      if (text.trim() === '') setChoice({ ...choice, headerRow: undefined });
      else if (/^\s*[1-9]\d*\s*$/.test(text)) setChoice({ ...choice, headerRow: Number(text) - 1 });
    },
    onRun: rerun,
  };
}
