import fs from 'fs';
import path from 'path';
import outputs from '../build/outputs.json';
import { allElements, descendants, only, parseXml, XmlElement } from './support/xml';

const ROOT = path.join(__dirname, '..');
const manifest = parseXml(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
const versionOverrides = only(manifest, 'VersionOverrides');
const resources = only(versionOverrides, 'Resources');
const resourceById = new Map(
  ['bt:Image', 'bt:Url', 'bt:String'].flatMap((name) => descendants(resources, name)).map((resource) => [resource.attributes.id, resource]),
);
const DANISH = 'da-DK';
const URL_ELEMENTS = ['bt:Url', 'bt:Image', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'];

function resid(element: XmlElement): string {
  return element.attributes.resid;
}

function urlOf(residValue: string): URL {
  return new URL(resourceById.get(residValue)!.attributes.DefaultValue);
}

function overrides(element: XmlElement): Map<string, string> {
  return new Map(
    element.children.filter((child) => child.name.endsWith('Override')).map((child) => [child.attributes.Locale, child.attributes.Value]),
  );
}

function extensionPoint(type: string): XmlElement {
  const found = descendants(versionOverrides, 'ExtensionPoint').filter((point) => point.attributes['xsi:type'] === type);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('manifest.xml', () => {
  it('is one Excel task pane add-in with a fixed GUID', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(only(manifest, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(only(manifest, 'Hosts').children.map((host) => host.attributes.Name)).toEqual(['Workbook']);
    expect(descendants(versionOverrides, 'Host').map((host) => host.attributes['xsi:type'])).toEqual(['Workbook']);
    expect(versionOverrides.attributes['xsi:type']).toMatch(/^VersionOverridesV1_[01]$/);
  });

  it('asks for ReadWriteDocument', () => {
    expect(only(manifest, 'Permissions').text).toBe('ReadWriteDocument');
  });

  it('requires the shared runtime', () => {
    const sets = descendants(only(manifest, 'Requirements'), 'Set').map((set) => [set.attributes.Name, set.attributes.MinVersion]);
    expect(sets).toContainEqual(['SharedRuntime', '1.1']);
  });

  it('requires CustomFunctionsRuntime 1.3, which has the #NUM! and #DIV/0! the functions return', () => {
    const sets = descendants(only(manifest, 'Requirements'), 'Set').map((set) => [set.attributes.Name, set.attributes.MinVersion]);
    expect(sets).toContainEqual(['CustomFunctionsRuntime', '1.3']);
  });

  it('runs functions, ribbon and task pane in one long-lived runtime on the built page', () => {
    const runtimes = descendants(versionOverrides, 'Runtime');
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attributes.lifetime).toBe('long');
    const shared = resid(runtimes[0]);
    const functionsPage = only(only(extensionPoint('CustomFunctions'), 'Page'), 'SourceLocation');
    const taskpaneActions = descendants(versionOverrides, 'Action').filter((action) => action.attributes['xsi:type'] === 'ShowTaskpane');
    expect(taskpaneActions).toHaveLength(1);
    expect(resid(functionsPage)).toBe(shared);
    expect(resid(only(taskpaneActions[0], 'SourceLocation'))).toBe(shared);
    const desktop = only(only(only(versionOverrides, 'Hosts'), 'Host'), 'DesktopFormFactor');
    expect(resid(only(desktop, 'FunctionFile'))).toBe(shared);
    expect(urlOf(shared).pathname).toBe(`/${outputs.page}`);
    expect(only(only(manifest, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue).toBe(urlOf(shared).href);
  });

  it('has a ribbon button that opens the task pane', () => {
    const buttons = descendants(extensionPoint('PrimaryCommandSurface'), 'Control').filter(
      (control) => control.attributes['xsi:type'] === 'Button',
    );
    expect(buttons).toHaveLength(1);
    expect(only(buttons[0], 'Action').attributes['xsi:type']).toBe('ShowTaskpane');
  });

  it('declares the custom functions in namespace SIB, pointing at the build outputs', () => {
    const functions = extensionPoint('CustomFunctions');
    expect(resourceById.get(resid(only(functions, 'Namespace')))!.attributes.DefaultValue).toBe('SIB');
    expect(urlOf(resid(only(only(functions, 'Script'), 'SourceLocation'))).pathname).toBe(`/${outputs.functionsScript}`);
    const metadata = resourceById.get(resid(only(only(functions, 'Metadata'), 'SourceLocation')))!;
    expect(new URL(metadata.attributes.DefaultValue).pathname).toBe(`/${outputs.functionsMetadata}`);
    expect(new URL(overrides(metadata).get(DANISH)!).pathname).toBe(`/${outputs.functionsMetadataDanish}`);
  });

  it('resolves every resid to exactly one resource, and uses every resource', () => {
    const ids = ['bt:Image', 'bt:Url', 'bt:String']
      .flatMap((name) => descendants(resources, name))
      .map((resource) => resource.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = allElements(manifest)
      .map((element) => element.attributes.resid)
      .filter((value): value is string => value !== undefined);
    for (const value of referenced) {
      expect(resourceById.has(value) ? value : `unresolved resid ${value}`).toBe(value);
      expect(value.length).toBeLessThanOrEqual(32);
    }
    expect(ids.filter((id) => !referenced.includes(id))).toEqual([]);
  });

  it('serves every URL over HTTPS from localhost:3000', () => {
    const urls = allElements(manifest)
      .filter((element) => URL_ELEMENTS.includes(element.name))
      .flatMap((element) => [element.attributes.DefaultValue, ...overrides(element).values()])
      .filter((value): value is string => value !== undefined);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(`${new URL(url).protocol}//${new URL(url).host}`).toBe('https://localhost:3000');
  });

  it('points every icon at a PNG of that size in assets/', () => {
    for (const image of descendants(resources, 'bt:Image')) {
      const size = Number(/^Icon\.(\d+)x\1$/.exec(image.attributes.id)![1]);
      const file = fs.readFileSync(path.join(ROOT, decodeURIComponent(new URL(image.attributes.DefaultValue).pathname)));
      expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const name of ['IconUrl', 'HighResolutionIconUrl'])
      expect(fs.existsSync(path.join(ROOT, new URL(only(manifest, name).attributes.DefaultValue).pathname))).toBe(true);
  });

  it('has a Danish text for every display string, within Office’s length limits', () => {
    for (const name of ['DisplayName', 'Description']) expect(overrides(only(manifest, name)).get(DANISH)).toBeTruthy();
    for (const [group, limit] of [
      ['bt:ShortStrings', 125],
      ['bt:LongStrings', 250],
    ] as const) {
      for (const text of descendants(only(resources, group), 'bt:String')) {
        const danish = overrides(text).get(DANISH);
        expect(danish ? text.attributes.id : `${text.attributes.id} has no ${DANISH} override`).toBe(text.attributes.id);
        expect(Math.max(text.attributes.DefaultValue.length, danish!.length)).toBeLessThanOrEqual(limit);
      }
    }
  });
});
