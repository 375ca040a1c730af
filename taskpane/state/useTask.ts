import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Language } from '../../src/engine/messages';
import { isWorkbookError } from '../../src/workbook/workbookError';
import { EngineRequestError } from '../engine/protocol';
import { useStrings } from '../i18n/I18nContext';

export type TaskState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly result: T }
  | { readonly status: 'failed'; readonly error: string };

/**
 * Runs an async job of the pane (a check, a preview, a write) and keeps its state. A newer run wins: the
 * result of an older one that finishes later is dropped, and so is any result after the view is gone.
 */
export function useTask<A extends unknown[], T>(
  job: (...args: A) => Promise<T>,
  /** 'running' for a task that starts as soon as the view shows, so its first paint already says so. */
  initial: 'idle' | 'running' = 'idle',
): [TaskState<T>, (...args: A) => Promise<T | undefined>, () => void] {
  const [state, setState] = useState<TaskState<T>>({ status: initial });
  const latest = useRef(0);
  const jobRef = useRef(job);
  const { language } = useStrings();
  const languageRef = useRef(language);
  useLayoutEffect(() => {
    jobRef.current = job;
    languageRef.current = language;
  });
  useEffect(() => () => void (latest.current = -1), []);
  const run = useCallback(async (...args: A) => {
    const id = ++latest.current;
    setState({ status: 'running' });
    try {
      const result = await jobRef.current(...args);
      if (id === latest.current) setState({ status: 'done', result });
      return result;
    } catch (error) {
      if (id === latest.current) setState({ status: 'failed', error: failureText(error, languageRef.current) });
      return undefined;
    }
  }, []);
  const reset = useCallback(() => {
    latest.current++;
    setState({ status: 'idle' });
  }, []);
  return [state, run, reset];
}

/**
 * What the pane says when a task fails: a workbook's refusal (either adapter's) or a job's, in the reader's
 * language, whether it was thrown here or in the engine's worker.
 */
function failureText(error: unknown, language: Language): string {
  if (isWorkbookError(error)) return error.text(language);
  if (error instanceof EngineRequestError && error.texts) return error.texts[language];
  return error instanceof Error ? error.message : String(error);
}
