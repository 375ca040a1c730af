import { IsoWeek } from '../../../src/engine/weeks';
import { InvoiceJobResult } from '../../../src/jobs/invoiceJob';
import { Ledger } from '../../../src/sheet/ledger';
import { Strings } from '../../i18n/I18nContext';
import { TaskState } from '../../state/useTask';

export interface InvoiceSetup {
  readonly sheetName?: string;
  /** The candidate sheet's weeks in date order. */
  readonly weeks: readonly IsoWeek[];
  readonly defaultWeek?: IsoWeek;
  readonly ledger?: Ledger;
  readonly currency?: string;
}

export type BuildOutcome = { readonly kind: 'built'; readonly sheetName: string } | { readonly kind: 'changed' };

export interface InvoiceViewState {
  readonly strings: Strings;
  readonly setup: TaskState<InvoiceSetup>;
  /** The chosen week's label. */
  readonly week: string;
  readonly preview: TaskState<InvoiceJobResult>;
  readonly build: TaskState<BuildOutcome>;
  /** Share written so far, 0–1, while building. */
  readonly progress?: number;
  readonly onWeekChange: (label: string) => void;
  readonly onPreview: () => void;
  readonly onBuild: () => void;
}
