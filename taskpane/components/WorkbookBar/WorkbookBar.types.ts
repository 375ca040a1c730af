import { Strings } from '../../i18n/I18nContext';
import { TaskState } from '../../state/useTask';
import { WorkbookFileState } from '../../state/useWorkbookFile';

export interface WorkbookBarProps {
  readonly file: WorkbookFileState;
}

export interface WorkbookBarState {
  readonly strings: Strings;
  readonly name: string;
  readonly file: WorkbookFileState;
  /** The cell the pane last went to and what it holds, in a browser where no grid shows it. */
  readonly selected?: { readonly address: string; readonly value: TaskState<string> };
}
