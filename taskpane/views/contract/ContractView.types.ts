import { TermKey } from '../../../src/sheet/contractTerms';
import { TermKind } from '../../../src/sheet/contractSheet';
import { TermInputProblem } from '../../../src/sheet/termInput';
import { Finding } from '../../../src/sheet/findings';
import { Strings } from '../../i18n/I18nContext';
import { TaskState } from '../../state/useTask';

export interface TermField {
  readonly key: TermKey;
  /** The defined name, e.g. SIB_WeeklyRate. */
  readonly name: string;
  readonly kind: TermKind;
  /** The cell the name points at; absent for a missing term or one whose value is written into the name. */
  readonly address?: string;
  /** What a name that gives no usable value refers to (a range, `#REF!`); the findings say what is wrong. */
  readonly brokenReference?: string;
  readonly editable: boolean;
  readonly text: string;
  readonly changed: boolean;
  readonly problem?: TermInputProblem;
  /** For a change that reads well: what the cell will hold, as the reader writes it; absent when it will be cleared. */
  readonly stored?: string;
}

export interface ContractViewState {
  readonly strings: Strings;
  readonly loading: TaskState<unknown>;
  readonly fields: readonly TermField[];
  readonly findings: readonly Finding[];
  /** The workbook has no Contract sheet and lacks terms: saving creates the sheet. */
  readonly creates: boolean;
  readonly missing: number;
  readonly save: TaskState<void>;
  readonly canSave: boolean;
  readonly onChange: (key: TermKey, text: string) => void;
  readonly onSave: () => void;
  readonly onReload: () => void;
}
