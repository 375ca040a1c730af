import { DragEvent, useEffect, useState } from 'react';
import { EngineRequestError } from '../engine/protocol';
import { downloadWorkbook } from '../host/download';
import { useStrings } from '../i18n/I18nContext';
import { useHost, useHostState } from '../host/HostContext';
import { TaskState, useTask } from './useTask';

export interface WorkbookFileState {
  readonly opening: TaskState<string>;
  /** Whether the workbook has changes that were not downloaded since. */
  readonly unsaved: boolean;
  /** A file the user asked to open while there were unsaved changes: the pane asks first. */
  readonly pending?: File;
  readonly onFile: (file: File) => void;
  /** Opens the pending file, downloading the changes first if asked to. */
  readonly onConfirmOpen: (downloadFirst: boolean) => void;
  readonly onCancelOpen: () => void;
  readonly onDownload: () => void;
  readonly download: TaskState<string>;
  /** Whether a file is being dragged over the pane. */
  readonly dragging: boolean;
  /** Spread on the element that takes dropped files: the whole pane. */
  readonly dropProps: {
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
}

/**
 * The workbook file of the browser pane: opening another (from the file chooser or dropped anywhere on the
 * pane), downloading it with every change under a new name, and not losing changes that were not
 * downloaded: the browser asks before the page is left, and the pane before another file replaces them.
 */
export function useWorkbookFile(): WorkbookFileState {
  const host = useHost();
  const { t, language } = useStrings();
  const { unsaved } = useHostState();
  const [dragging, setDragging] = useState(false);
  const [pending, setPending] = useState<File>();
  const [opening, open] = useTask(async (file: File) => {
    try {
      await host.file?.open(file);
    } catch (error) {
      if (error instanceof EngineRequestError && error.code === 'not-xlsx') throw new Error(t('file.notXlsx', { name: file.name }));
      if (error instanceof EngineRequestError && error.texts) throw new Error(error.texts[language]);
      throw error;
    }
    return file.name;
  });
  const [download, runDownload] = useTask(async () => {
    if (!host.file) return '';
    const { bytes, name } = await host.file.download();
    downloadWorkbook(bytes, name);
    return name;
  });

  const inMemory = host.file !== undefined;
  useEffect(() => {
    // Inside Excel the workbook is Excel's to save; only a workbook held in the page can be lost with it.
    if (!unsaved || !inMemory) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved, inMemory]);

  const onFile = (file: File) => {
    if (host.state().unsaved) setPending(file);
    else void open(file);
  };
  const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
  return {
    opening,
    unsaved,
    pending,
    onFile,
    onConfirmOpen: (downloadFirst) => {
      const file = pending;
      setPending(undefined);
      if (!file) return;
      void (async () => {
        if (downloadFirst && (await runDownload()) === undefined) return;
        await open(file);
      })();
    },
    onCancelOpen: () => setPending(undefined),
    onDownload: () => void runDownload(),
    download,
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
        if (file) onFile(file);
      },
    },
  };
}
