import { Strings } from './i18n/I18nContext';
import { WorkbookFileState } from './state/useWorkbookFile';

export const VIEWS = ['contract', 'check', 'invoice', 'statement', 'explain', 'investor'] as const;

export type ViewName = (typeof VIEWS)[number];

export interface AppState {
  readonly strings: Strings;
  readonly view: ViewName;
  /** Views shown at least once stay mounted (hidden), so they keep what the user did in them. */
  readonly visited: ReadonlySet<ViewName>;
  readonly onViewChange: (view: ViewName) => void;
  /** In a browser only: the workbook file. */
  readonly file?: WorkbookFileState;
}
