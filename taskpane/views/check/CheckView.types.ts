import { CheckSummary } from '../../../src/jobs/paneJobs';
import { Strings } from '../../i18n/I18nContext';
import { TaskState } from '../../state/useTask';

export interface CheckViewState {
  readonly strings: Strings;
  readonly sheets: readonly string[];
  /** The candidate sheet found automatically. */
  readonly detected?: string;
  /** The sheet chosen; '' for the automatic choice. */
  readonly sheet: string;
  /** The header row as typed (1-based); '' for the automatic search. */
  readonly headerRow: string;
  readonly headerRowValid: boolean;
  readonly check: TaskState<CheckSummary>;
  readonly onSheetChange: (sheet: string) => void;
  readonly onHeaderRowChange: (text: string) => void;
  readonly onRun: () => void;
}
