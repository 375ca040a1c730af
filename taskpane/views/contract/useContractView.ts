import { useMemo, useState } from 'react';
import { CellEdit, DefinedNameSpec } from '../../../src/workbook/types';
import { languageNamed, TERM_NAMES, TermKey } from '../../../src/sheet/contractTerms';
import {
  addedTermRows,
  contractSheetName,
  CONTRACT_TERMS,
  newContractSheet,
  termFormat,
  TermValues,
} from '../../../src/sheet/contractSheet';
import { termText, termValue } from '../../../src/sheet/termInput';
import { useHost } from '../../host/HostContext';
import { decimalMark } from '../../../src/engine/numberFormat';
import { useStrings } from '../../i18n/I18nContext';
import { useTask } from '../../state/useTask';
import { useWorkbookTask } from '../../state/useWorkbookTask';
import { ContractViewState, TermField } from './ContractView.types';
import { storedText } from './storedText';

export function useContractView(): ContractViewState {
  const host = useHost();
  const strings = useStrings();
  const mark = decimalMark(strings.language);
  const [loading, reload] = useWorkbookTask((each) => each.run({ kind: 'contract' }), []);
  const setup = loading.status === 'done' ? loading.result : undefined;
  const [drafts, setDrafts] = useState<Partial<Record<TermKey, string>>>({});
  // Drafts belong to the terms they were typed over: newly read terms start with none.
  const [draftsOf, setDraftsOf] = useState(setup);
  if (draftsOf !== setup) {
    setDraftsOf(setup);
    setDrafts({});
  }

  const fields = useMemo(
    () =>
      CONTRACT_TERMS.map(({ key, kind }): TermField => {
        const source = setup?.contract.sources[key];
        const saved = setup ? termText(key, source?.value, mark, setup.dateSystem) : '';
        const text = drafts[key] ?? saved;
        const parsed = setup && text !== saved ? termValue(key, text, mark, setup.dateSystem) : undefined;
        return {
          key,
          name: TERM_NAMES[key],
          kind,
          address: source?.address,
          brokenReference: source?.problem ? source.reference : undefined,
          editable: source === undefined || source.address !== undefined,
          text,
          changed: text !== saved,
          problem: parsed && 'problem' in parsed ? parsed.problem : undefined,
          stored: parsed && 'value' in parsed ? storedText(kind, parsed.value, strings, setup!.dateSystem) : undefined,
        };
      }),
    [setup, drafts, mark, strings],
  );
  const missing = fields.filter((field) => setup && !setup.contract.sources[field.key]);
  const creates = setup !== undefined && !setup.contractSheet && missing.length > 0;

  const [save, runSave] = useTask(async () => {
    if (!setup) return;
    const values: TermValues = {};
    for (const field of fields) {
      const parsed = termValue(field.key, field.text, mark, setup.dateSystem);
      if ('value' in parsed) values[field.key] = parsed.value;
    }
    const edits: CellEdit[] = fields
      .filter((field) => field.changed && field.address)
      .map((field) => ({ address: field.address!, cell: { value: values[field.key] ?? null, format: termFormat(field.key) } }));
    const absent = missing.map((field) => field.key);
    // The sheet is labelled in the language being saved, so choosing Danish on a new workbook gives a Danish sheet.
    const language = (typeof values.language === 'string' && languageNamed(values.language)) || setup.contract.language;
    const added = creates
      ? undefined
      : addedTermRows(
          setup.contractSheet ?? { name: contractSheetName(language), rows: [] },
          absent.filter((key) => values[key] !== undefined && values[key] !== null),
          values,
          language,
        );
    const cells = [...edits, ...(added?.edits ?? [])];
    if (cells.length > 0) await host.setCells(cells);
    const names: DefinedNameSpec[] = added?.names ?? [];
    if (creates) await host.apply(newContractSheet(absent, values, language));
    else if (names.length > 0) await host.apply({ addSheets: [], addNames: names });
  });

  const anyChange = fields.some((field) => field.changed);
  return {
    strings,
    loading,
    fields,
    findings: setup?.contract.findings ?? [],
    creates,
    missing: missing.length,
    save,
    canSave: setup !== undefined && save.status !== 'running' && fields.every((field) => !field.problem) && (anyChange || creates),
    onChange: (key, text) => setDrafts((previous) => ({ ...previous, [key]: text })),
    onSave: () => void runSave(),
    onReload: reload,
  };
}
