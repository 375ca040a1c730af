import { useState } from 'react';
import { LINE_SHEETS } from '../../../src/sheet/explain';
import { useHost, useHostState } from '../../host/HostContext';
import { useStrings } from '../../i18n/I18nContext';
import { useSheetChoice } from '../../state/SheetChoice';
import { useTask } from '../../state/useTask';
import { useWorkbookTask } from '../../state/useWorkbookTask';
import { ExplainViewState } from './ExplainView.types';

export function useExplainView(): ExplainViewState {
  const host = useHost();
  const { selected } = useHostState();
  const strings = useStrings();
  const [choice] = useSheetChoice();
  const [sheet, setSheet] = useState('');
  const [line, setLine] = useState('');
  const [address, setAddress] = useState('');
  const [sheets] = useWorkbookTask(async (each) => (await each.run({ kind: 'sheets' })).names.filter((name) => LINE_SHEETS.test(name)), []);
  const [lines] = useWorkbookTask(async (each) => (sheet === '' ? [] : each.run({ kind: 'explainableLines', sheet })), [sheet]);
  /** Explains `cell`, or the selected cell when none is given. */
  const [explanation, explain] = useTask(async (cell?: string) => {
    const target = cell ?? (await host.selectedCell());
    if (target === undefined) throw new Error(strings.t('explain.noSelection'));
    setAddress(target);
    return host.run({ kind: 'explain', address: target, formula: await host.formulaOf(target), choice });
  });
  const explainCell = (cell: string) => {
    setAddress(cell);
    if (cell.trim() !== '') void explain(cell.trim());
  };
  return {
    strings,
    canUseSelection: host.kind === 'excel' || selected !== undefined,
    sheets: sheets.status === 'done' ? sheets.result : [],
    sheet,
    lines: lines.status === 'done' ? lines.result : [],
    line,
    address,
    explanation,
    onUseSelection: () => void explain(),
    onSheetChange: (next) => {
      setSheet(next);
      setLine('');
    },
    onLineChange: (next) => {
      setLine(next);
      if (next !== '') explainCell(next);
    },
    onAddressChange: setAddress,
    onExplain: () => explainCell(address),
  };
}
