import { useArrowNavigationGroup } from '@fluentui/react-components';
import { Finding, Severity } from '../../../src/sheet/findings';
import { Strings } from '../../i18n/I18nContext';
import { TaskState } from '../../state/useTask';

export interface FindingListProps {
  readonly findings: readonly Finding[];
  /**
   * How many findings of each severity are shown before a "show all" button.
   * @default 100
   */
  readonly limit?: number;
}

export interface ShownGroup {
  readonly severity: Severity;
  readonly total: number;
  readonly items: readonly { readonly key: string; readonly address: string; readonly message: string; readonly action: string }[];
  readonly hidden: number;
}

export interface FindingListState {
  readonly strings: Strings;
  /** Arrow keys move between the findings of a list. */
  readonly listAttributes: ReturnType<typeof useArrowNavigationGroup>;
  readonly groups: readonly ShownGroup[];
  readonly onShowAll: (severity: Severity) => void;
  readonly onSelect: (address: string) => void;
  readonly navigation: TaskState<void>;
}
