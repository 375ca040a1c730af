import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { escapeXml } from '../../src/adapters/xlsx/xmlText';

/**
 * Sheet-scoped names (`localSheetId`, the sheet's 0-based position), as Excel stores a name created with a
 * sheet as its scope. Our writer adds names for the whole workbook only, so tests make these by editing the
 * workbook part of a file it wrote.
 */
function editWorkbookPart(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  return zipSync({ ...parts, 'xl/workbook.xml': strToU8(edit(strFromU8(parts['xl/workbook.xml']))) });
}

/** The names given, already defined for the whole workbook, made local to a sheet instead. */
export function scopeNames(bytes: Uint8Array, scopes: Readonly<Record<string, number>>): Uint8Array {
  return editWorkbookPart(bytes, (xml) =>
    Object.entries(scopes).reduce((edited, [name, sheet]) => {
      const tag = `<definedName name="${name}">`;
      if (!edited.includes(tag)) throw new Error(`The workbook defines no name ${name} to scope`);
      return edited.replace(tag, `<definedName name="${name}" localSheetId="${sheet}">`);
    }, xml),
  );
}

/** More sheet-scoped names, beside the workbook's own (which may have the same name in another scope). */
export function addScopedNames(bytes: Uint8Array, names: readonly { name: string; sheet: number; formula: string }[]): Uint8Array {
  const added = names
    .map(({ name, sheet, formula }) => `<definedName name="${name}" localSheetId="${sheet}">${escapeXml(formula)}</definedName>`)
    .join('');
  return editWorkbookPart(bytes, (xml) =>
    xml.includes('</definedNames>')
      ? xml.replace('</definedNames>', `${added}</definedNames>`)
      : xml.replace('</sheets>', `</sheets><definedNames>${added}</definedNames>`),
  );
}
