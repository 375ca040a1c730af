import fs from 'fs';
import path from 'path';
import { missingRequirements } from '../src/adapters/office';
import { compareVersions, newestVersion, officeApiUses, OfficeApiUse, sourceFiles } from './support/officeApiSets';
import { descendants, only, parseXml } from './support/xml';

const ROOT = path.join(__dirname, '..');
const SET = 'ExcelApi';
const PLATFORM_ONLY = /^ExcelApi(Desktop|Online) /;

const version = (text: string) => text.split('.').map(Number);
const text = (parts: readonly number[]) => parts.join('.');

let uses: OfficeApiUse[];
beforeAll(() => {
  uses = officeApiUses([...sourceFiles(path.join(ROOT, 'src/adapters/office')), path.join(ROOT, 'taskpane/host/officeHost.ts')]);
}, 120_000);

/** The ExcelApi version each member needs, by @types/office-js. */
function needed(): { use: OfficeApiUse; version: number[] }[] {
  return uses.flatMap((use) => {
    const versions = use.notes.map((note) => newestVersion(note, SET)).filter((each): each is number[] => each !== undefined);
    return versions.length ? [{ use, version: versions.sort(compareVersions).at(-1)! }] : [];
  });
}

describe("the manifest's requirement sets against the Office.js calls the code makes", () => {
  it('finds the calls (the reader of @types/office-js works)', () => {
    const members = new Set(uses.map((use) => use.member));
    for (const member of ['Workbook.getActiveCell', 'NamedItem.formula', 'Range.valueTypes', 'Table.showTotals', 'ChartCollection.add'])
      expect(members.has(member) ? member : `${member} not found`).toBe(member);
  });

  it(`declares the newest ${SET} version the Office adapter uses, no more and no less`, () => {
    const manifest = parseXml(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
    const declared = descendants(only(manifest, 'Requirements'), 'Set').find((set) => set.attributes.Name === SET);
    const newest = needed().sort((a, b) => compareVersions(a.version, b.version));
    const top = newest.at(-1)!.version;
    const why = newest.filter((each) => compareVersions(each.version, top) === 0).map((each) => `${each.use.member} (${each.use.at})`);
    expect(`${SET} ${declared?.attributes.MinVersion} for ${why.join(', ')}`).toBe(`${SET} ${text(top)} for ${why.join(', ')}`);
  });

  it('checks at run time for every feature a set it needs, none above what the manifest declares', () => {
    const newest = needed()
      .map((each) => each.version)
      .sort(compareVersions)
      .at(-1)!;
    const checked = missingRequirements(() => false).map((requirement) => version(requirement.version));
    expect(checked.every((each) => compareVersions(each, newest) <= 0)).toBe(true);
    expect(text(checked.sort(compareVersions).at(-1)!)).toBe(text(newest));
  });

  it('uses nothing that only Excel on Windows or only Excel on the web has', () => {
    expect(uses.filter((use) => use.notes.length > 0 && use.notes.every((note) => PLATFORM_ONLY.test(note)))).toEqual([]);
  });
});
