import { IsoWeek } from '../../../src/engine/weeks';
import { StatementOutcome } from '../../../src/jobs/paneJobs';
import { Strings } from '../../i18n/I18nContext';
import { TaskState } from '../../state/useTask';

/** Where the received invoice table is: pasted into this workbook, or in a workbook file of its own. */
export type StatementSource = 'workbook' | 'file';

export interface StatementViewState {
  readonly strings: Strings;
  readonly source: StatementSource;
  readonly fileName?: string;
  /** The fund's own weeks, for checking a statement that does not say its week. */
  readonly weeks: readonly IsoWeek[];
  /** '' to take the week from the statement. */
  readonly week: string;
  readonly result: TaskState<StatementOutcome>;
  readonly onSourceChange: (source: StatementSource) => void;
  readonly onFile: (file: File | undefined) => void;
  readonly onWeekChange: (label: string) => void;
  readonly onRun: () => void;
  readonly canRun: boolean;
}
