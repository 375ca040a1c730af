import { cellText } from '../../views/cellText';
import { parseRange, splitSheetReference } from '../../../src/workbook/ranges';
import { downloadWorkbook } from '../../host/download';
import { useHost, useHostState } from '../../host/HostContext';
import { useStrings } from '../../i18n/I18nContext';
import { useWorkbookTask } from '../../state/useWorkbookTask';
import { WorkbookBarProps, WorkbookBarState } from './WorkbookBar.types';

export function useWorkbookBar({ file }: WorkbookBarProps): WorkbookBarState {
  const host = useHost();
  const strings = useStrings();
  const { selected } = useHostState();
  const [value] = useWorkbookTask(
    async (workbook) => {
      const reference = selected === undefined ? undefined : splitSheetReference(selected);
      const cell = reference && parseRange(reference.range);
      if (!reference || !cell) return '';
      const sheet = (await workbook.sheetNames()).find((name) => name.toLowerCase() === reference.sheet.toLowerCase());
      return sheet === undefined ? '' : cellText((await workbook.readSheet(sheet)).rows[cell.top]?.[cell.left]);
    },
    [selected],
  );
  return {
    strings,
    name: host.file?.name ?? '',
    opening: file.opening,
    selected: selected === undefined ? undefined : { address: selected, value },
    onFile: file.onFile,
    onDownload: () => {
      if (host.file) downloadWorkbook(host.file.bytes(), host.file.name);
    },
  };
}
