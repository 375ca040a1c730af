import { DependencyList, useEffect } from 'react';
import { Host } from '../host/host';
import { useHost, useHostState } from '../host/HostContext';
import { TaskState, useTask } from './useTask';

/**
 * Reads something from the workbook (through one of the host's engine jobs) when the view shows, again
 * whenever the workbook changes through the pane or `deps` change, and whenever asked (the returned
 * function: after the user edited the workbook).
 */
export function useWorkbookTask<T>(load: (host: Host) => Promise<T>, deps: DependencyList): [TaskState<T>, () => void] {
  const host = useHost();
  const { revision } = useHostState();
  const [state, run] = useTask(async () => load(host), 'running');
  useEffect(() => {
    void run();
    // The caller's deps, as with useEffect's own list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run, revision, ...deps]);
  return [state, () => void run()];
}
