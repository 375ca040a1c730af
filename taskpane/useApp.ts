import { useState } from 'react';
import { AppState, ViewName } from './App.types';
import { useHost } from './host/HostContext';
import { useStrings } from './i18n/I18nContext';
import { useWorkbookFile } from './state/useWorkbookFile';

export function useApp(): AppState {
  const host = useHost();
  const strings = useStrings();
  const file = useWorkbookFile();
  const [view, setView] = useState<ViewName>('check');
  const [visited, setVisited] = useState<ReadonlySet<ViewName>>(new Set(['check']));
  return {
    strings,
    view,
    visited,
    onViewChange: (next) => {
      setView(next);
      setVisited((previous) => (previous.has(next) ? previous : new Set([...previous, next])));
    },
    file: host.file ? file : undefined,
  };
}
