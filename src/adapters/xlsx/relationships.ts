import { appendToElement, attributeOf, childrenNamed, parseXmlPart, prefixOf, XmlNode } from './xmlPart';
import { escapeXml } from './xmlText';

/** OPC relationships (`_rels/*.rels`) and part-name arithmetic. */

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

const TRANSITIONAL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** Relationship types this adapter follows; strict OOXML uses other URIs with the same last segment. */
export type RelationshipKind = 'officeDocument' | 'worksheet' | 'sharedStrings' | 'styles' | 'table';

export function relationshipType(kind: RelationshipKind): string {
  return TRANSITIONAL + kind;
}

export function isKind(relationship: Relationship, kind: RelationshipKind): boolean {
  return relationship.type.endsWith(`/${kind}`);
}

/** The relationships in a rels part (`part` names it in messages); none when there is no such part. */
export function parseRelationships(xml: string | undefined, part: string): Relationship[] {
  if (xml === undefined) return [];
  return childrenNamed(parseXmlPart(xml, part), 'Relationship').map((element) => ({
    id: element.attributes.Id ?? '',
    type: element.attributes.Type ?? '',
    target: element.attributes.Target ?? '',
    external: element.attributes.TargetMode === 'External',
  }));
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package root's rels for ''. */
export function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The part a relationship of `sourcePart` points to, as a zip entry name (no leading slash). */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/** `target` written relative to the folder of `sourcePart`. */
export function relativeTarget(sourcePart: string, target: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** Ids `rId<n>` not yet taken in `existing`. */
export function freshIds(existing: readonly Relationship[], count: number): string[] {
  const taken = new Set(existing.map((relationship) => relationship.id));
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n++) if (!taken.has(`rId${n}`)) ids.push(`rId${n}`);
  return ids;
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.map((relationship) => relationshipElement('', relationship)).join('')}</Relationships>`;
}

/** Appends relationships at the end of an existing rels part, leaving the rest as it was. */
export function addRelationships(xml: string, part: string, relationships: readonly Relationship[]): string {
  const root = parseXmlPart(xml, part);
  const prefix = prefixOf(root);
  const added = relationships.map((relationship) => relationshipElement(prefix, relationship)).join('');
  return appendToElement(xml, root, added);
}

function relationshipElement(prefix: string, { id, type, target, external }: Relationship): string {
  return `<${prefix}Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ''}/>`;
}

/** The relationship id attribute of an element such as `<sheet r:id="rId1">`, whatever its prefix. */
export function relationshipIdOf(element: XmlNode): string | undefined {
  return attributeOf(element, 'id');
}
