import { useViewStyles } from '../useViewStyles.styles';
import { renderExplainView } from './renderExplainView';
import { useExplainView } from './useExplainView';
import { useExplainViewStyles } from './useExplainViewStyles.styles';

/** How an amount was derived, in plain words: for the selected cell, a picked invoice line or a typed address. */
export function ExplainView() {
  return renderExplainView(useExplainView(), useExplainViewStyles(), useViewStyles());
}
