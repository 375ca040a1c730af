import { renderApp } from './renderApp';
import { useApp } from './useApp';
import { useAppStyles } from './useAppStyles.styles';

/** The task pane: one tab per job — contract, check, invoice, statement, explain, investor. */
export function App() {
  return renderApp(useApp(), useAppStyles());
}
