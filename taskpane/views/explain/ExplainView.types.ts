import { Explanation } from '../../../src/sheet/explain';
import { Strings } from '../../i18n/I18nContext';
import { TaskState } from '../../state/useTask';

export interface ExplainViewState {
  readonly strings: Strings;
  readonly canUseSelection: boolean;
  readonly sheets: readonly string[];
  readonly sheet: string;
  readonly lines: readonly { readonly candidateId: string; readonly address: string }[];
  readonly line: string;
  readonly address: string;
  readonly explanation: TaskState<Explanation>;
  readonly onUseSelection: () => void;
  readonly onSheetChange: (sheet: string) => void;
  readonly onLineChange: (address: string) => void;
  readonly onAddressChange: (address: string) => void;
  readonly onExplain: () => void;
}
