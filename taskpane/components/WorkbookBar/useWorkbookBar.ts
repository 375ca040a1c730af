import { useHost, useHostState } from '../../host/HostContext';
import { useStrings } from '../../i18n/I18nContext';
import { useWorkbookTask } from '../../state/useWorkbookTask';
import { cellText } from '../../views/cellText';
import { WorkbookBarProps, WorkbookBarState } from './WorkbookBar.types';

export function useWorkbookBar({ file }: WorkbookBarProps): WorkbookBarState {
  const host = useHost();
  const strings = useStrings();
  const { selected } = useHostState();
  const [value] = useWorkbookTask(
    async (each) => (selected === undefined ? '' : cellText(await each.run({ kind: 'cellValue', address: selected }), strings.language)),
    [selected, strings.language],
  );
  return {
    strings,
    name: host.file?.name ?? '',
    file,
    selected: selected === undefined ? undefined : { address: selected, value },
  };
}
