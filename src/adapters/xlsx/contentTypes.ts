import { appendToElement, childrenNamed, parseXmlPart, prefixOf } from './xmlPart';
import { escapeXml } from './xmlText';

/** `[Content_Types].xml`: new parts are declared by appending `<Override>` elements, and `<Default>`s they need. */

export const CONTENT_TYPES_PART = '[Content_Types].xml';

const SPREADSHEETML = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';

export const CONTENT_TYPE = {
  workbook: `${SPREADSHEETML}sheet.main+xml`,
  worksheet: `${SPREADSHEETML}worksheet+xml`,
  table: `${SPREADSHEETML}table+xml`,
  styles: `${SPREADSHEETML}styles+xml`,
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

export interface Override {
  /** Zip entry name, without the leading slash the content types part uses. */
  readonly part: string;
  readonly contentType: string;
}

/**
 * Declares the new parts. Each gets an `<Override>`, except a relationships part, which a package normally
 * covers by `<Default Extension="rels">`: that is added when missing (files from Apache POI lack it), since a
 * part without a content type makes Excel repair the file.
 */
export function addOverrides(xml: string, overrides: readonly Override[]): string {
  const root = parseXmlPart(xml, CONTENT_TYPES_PART);
  const prefix = prefixOf(root);
  const defaults = new Set(childrenNamed(root, 'Default').map((element) => (element.attributes.Extension ?? '').toLowerCase()));
  const needsRelsDefault = overrides.some(({ part }) => part.toLowerCase().endsWith('.rels')) && !defaults.has('rels');
  const added =
    (needsRelsDefault ? `<${prefix}Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/>` : '') +
    overrides
      .filter(({ part }) => !part.toLowerCase().endsWith('.rels'))
      .map(({ part, contentType }) => `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`)
      .join('');
  return appendToElement(xml, root, added);
}

export function contentTypesXml(overrides: readonly Override[]): string {
  return addOverrides(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    overrides,
  );
}
