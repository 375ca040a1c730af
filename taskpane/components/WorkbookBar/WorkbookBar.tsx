import { WorkbookBarProps } from './WorkbookBar.types';
import { renderWorkbookBar } from './renderWorkbookBar';
import { useWorkbookBar } from './useWorkbookBar';
import { useWorkbookBarStyles } from './useWorkbookBarStyles.styles';

/** In a browser: the workbook the pane works on — open another (or drop one on the pane), download it with every change. */
export function WorkbookBar(props: WorkbookBarProps) {
  return renderWorkbookBar(useWorkbookBar(props), useWorkbookBarStyles());
}
