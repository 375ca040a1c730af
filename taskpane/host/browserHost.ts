import { Language } from '../../src/engine/messages';
import { BuildOutcome } from '../../src/jobs/paneJobs';
import { EngineClient } from '../engine/engineClient';
import { downloadName, EDITED } from './downloadName';
import { Host } from './host';
import { HostStore } from './hostStore';

/**
 * The pane in a browser, without Office: an .xlsx file held in memory by the engine's worker. Every change
 * writes new bytes there (the old ones stay until the new ones are complete), and downloading hands over
 * the current bytes under a new name. Going to a cell remembers it, for the pane to show and to explain.
 */
export function createBrowserHost(engine: EngineClient, fileName: string, language: Language, opening?: Promise<void>): Host {
  let name = fileName;
  /** Jobs wait for the first file to open, so a failure to open it is what they report. */
  const opened = async () => opening;
  /** What was last written since the file was opened, which names the download. */
  let written: string | undefined;
  const store = new HostStore();
  const changed = (what: string) => {
    written = what;
    store.changed();
  };
  return {
    kind: 'browser',
    language,
    run: async (job) => {
      await opened();
      return engine.run(job);
    },
    build: async (request, progress) => {
      const outcome = (await engine.build(request, progress)) as BuildOutcome;
      if (outcome.kind === 'built') changed(outcome.sheetName);
      return outcome;
    },
    apply: async (changes) => {
      await engine.apply(changes);
      changed(changes.addSheets.at(-1)?.name ?? written ?? EDITED);
    },
    setCells: async (edits) => {
      await engine.setCells(edits);
      changed(written ?? EDITED);
    },
    select: async (address) => store.selected(address),
    selectedCell: async () => store.state().selected,
    formulaOf: (address) => engine.formulaOf(address),
    file: {
      get name() {
        return name;
      },
      open: async (file) => {
        await engine.open(file.name, new Uint8Array(await file.arrayBuffer()));
        name = file.name;
        written = undefined;
        store.opened();
      },
      download: async () => {
        const bytes = await engine.bytes();
        store.saved();
        return { bytes, name: downloadName(name, written) };
      },
    },
    officeTheme: () => undefined,
    subscribe: store.subscribe,
    state: store.state,
  };
}
