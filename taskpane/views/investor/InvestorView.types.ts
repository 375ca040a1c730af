import { InvestorResult } from '../../../src/jobs/paneJobs';
import { Strings } from '../../i18n/I18nContext';
import { TaskState } from '../../state/useTask';

export interface InvestorViewState {
  readonly strings: Strings;
  readonly figures: TaskState<InvestorResult>;
  /** Inside Excel only: a native chart of the same data. */
  readonly canInsertChart: boolean;
  readonly chart: TaskState<string>;
  readonly onInsertChart: () => void;
  readonly onRefresh: () => void;
}
