import { DragEvent, useState } from 'react';
import { useHost } from '../host/HostContext';
import { TaskState, useTask } from './useTask';

export interface WorkbookFileState {
  readonly opening: TaskState<string>;
  readonly onFile: (file: File) => void;
  /** Whether a file is being dragged over the pane. */
  readonly dragging: boolean;
  /** Spread on the element that takes dropped files: the whole pane. */
  readonly dropProps: {
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
}

/** Opening another .xlsx in the browser pane, from the file chooser or dropped anywhere on the pane. */
export function useWorkbookFile(): WorkbookFileState {
  const host = useHost();
  const [dragging, setDragging] = useState(false);
  const [opening, open] = useTask(async (file: File) => {
    await host.file?.open(file);
    return file.name;
  });
  const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
  return {
    opening,
    onFile: (file) => void open(file),
    dragging,
    dropProps: {
      onDragOver: (event) => {
        if (!host.file || !carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave: (event) => {
        if (event.currentTarget === event.target || !event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      },
      onDrop: (event) => {
        if (!host.file || !carriesFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) void open(file);
      },
    },
  };
}
