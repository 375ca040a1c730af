import { RefObject } from 'react';
import { BuildOutcome, InvoicePreview, InvoiceSetup } from '../../../src/jobs/paneJobs';
import { Strings } from '../../i18n/I18nContext';
import { TaskState } from '../../state/useTask';

export interface InvoiceViewState {
  readonly strings: Strings;
  readonly setup: TaskState<InvoiceSetup>;
  /** The chosen week's label. */
  readonly week: string;
  readonly preview: TaskState<InvoicePreview>;
  readonly build: TaskState<BuildOutcome>;
  /** What the week would write, as last shown: by the preview, or by a build that wrote nothing. */
  readonly shown?: InvoicePreview;
  /** Share written so far, 0–1, while building. */
  readonly progress?: number;
  /** Whether building is possible now; when the preview shown says it is not, it also says why. */
  readonly canBuild: boolean;
  /** Where the focus goes when a build ends, so it never falls to the page. */
  readonly outcomeRef: RefObject<HTMLDivElement>;
  readonly onWeekChange: (label: string) => void;
  readonly onPreview: () => void;
  readonly onBuild: () => void;
}
