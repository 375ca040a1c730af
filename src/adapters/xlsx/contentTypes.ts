import { escapeXml, rootPrefix } from './xmlText';

/** `[Content_Types].xml`: new parts are declared by appending `<Override>` elements. */

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

export function addOverrides(xml: string, overrides: readonly Override[]): string {
  const prefix = rootPrefix(xml);
  const close = xml.lastIndexOf(`</${prefix}Types>`);
  if (close < 0) throw new Error('Malformed [Content_Types].xml: no </Types>');
  const added = overrides
    .map(({ part, contentType }) => `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`)
    .join('');
  return xml.slice(0, close) + added + xml.slice(close);
}

export function contentTypesXml(overrides: readonly Override[]): string {
  return addOverrides(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    overrides,
  );
}
