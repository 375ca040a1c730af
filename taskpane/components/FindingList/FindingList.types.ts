import { useArrowNavigationGroup } from '@fluentui/react-components';
import { Finding, Severity, ShownFinding } from '../../../src/sheet/findings';
import { Strings } from '../../i18n/I18nContext';
import { TaskState } from '../../state/useTask';

export interface FindingListProps {
  readonly findings: readonly Finding[];
}

export interface FindingGroup {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

export interface FindingListState {
  readonly strings: Strings;
  /** Arrow keys move between the findings of a list. */
  readonly listAttributes: ReturnType<typeof useArrowNavigationGroup>;
  readonly groups: readonly FindingGroup[];
  /** A finding's texts in the reader's language; made only for the findings in view. */
  readonly show: (finding: Finding) => ShownFinding;
  readonly onSelect: (address: string) => void;
  readonly navigation: TaskState<void>;
}
