import { createContext, ReactNode, useCallback, useContext, useSyncExternalStore } from 'react';
import { Host, HostState } from './host';

const HostContext = createContext<Host | undefined>(undefined);

export function HostProvider({ host, children }: { host: Host; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost needs a HostProvider above it');
  return host;
}

/** The host's state, re-rendering when the workbook or the selection changes. */
export function useHostState(): HostState {
  const host = useHost();
  const subscribe = useCallback((listener: () => void) => host.subscribe(listener), [host]);
  const state = useCallback(() => host.state(), [host]);
  return useSyncExternalStore(subscribe, state);
}
