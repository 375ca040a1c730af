import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import * as React from 'react';
import { TaskState } from '../state/useTask';

export interface TaskProgressProps {
  readonly task: TaskState<unknown>;
  /** What the spinner says while the task runs. */
  readonly running: string;
  /** A title above the error message when the task failed. */
  readonly failedTitle?: string;
}

/** A task's spinner while it runs and its error when it failed; nothing otherwise. */
export function TaskProgress({ task, running, failedTitle }: TaskProgressProps): React.ReactElement | null {
  if (task.status === 'running') return <Spinner size="tiny" label={running} />;
  if (task.status !== 'failed') return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {failedTitle && <MessageBarTitle>{failedTitle}</MessageBarTitle>}
        {task.error}
      </MessageBarBody>
    </MessageBar>
  );
}
