import fs from 'fs';
import path from 'path';
import { productionManifest } from '../build/productionManifest';
import outputs from '../build/outputs.json';
import { version } from '../package.json';
import { productionBuild, SAMPLE_ADDIN_URL } from './support/productionBuild';
import { allElements, descendants, only, parseXml, XmlElement } from './support/xml';

const ROOT = path.join(__dirname, '..');
const DEVELOPMENT_URL = 'https://localhost:3000/';
const DANISH = 'da-DK';
const URL_ELEMENTS = ['bt:Url', 'bt:Image', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'];
const developmentText = () => fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** A manifest's parts the tests look at, and its resources by id. */
class Manifest {
  readonly root: XmlElement;
  readonly versionOverrides: XmlElement;
  readonly resources: XmlElement;
  readonly resourceById: Map<string, XmlElement>;

  constructor(readonly text: string) {
    this.root = parseXml(text);
    this.versionOverrides = only(this.root, 'VersionOverrides');
    this.resources = only(this.versionOverrides, 'Resources');
    this.resourceById = new Map(
      ['bt:Image', 'bt:Url', 'bt:String']
        .flatMap((name) => descendants(this.resources, name))
        .map((resource) => [resource.attributes.id, resource]),
    );
  }

  urlOf(residValue: string): URL {
    return new URL(this.resourceById.get(residValue)!.attributes.DefaultValue);
  }

  extensionPoint(type: string): XmlElement {
    const found = descendants(this.versionOverrides, 'ExtensionPoint').filter((point) => point.attributes['xsi:type'] === type);
    expect(found).toHaveLength(1);
    return found[0];
  }

  /** Every URL the manifest names, overrides included. */
  urls(): string[] {
    return allElements(this.root)
      .filter((element) => URL_ELEMENTS.includes(element.name))
      .flatMap((element) => [element.attributes.DefaultValue, ...overrides(element).values()])
      .filter((value): value is string => value !== undefined);
  }
}

function resid(element: XmlElement): string {
  return element.attributes.resid;
}

function overrides(element: XmlElement): Map<string, string> {
  return new Map(
    element.children.filter((child) => child.name.endsWith('Override')).map((child) => [child.attributes.Locale, child.attributes.Value]),
  );
}

describe.each([
  ['manifest.xml (development, npm start)', DEVELOPMENT_URL, async () => developmentText()],
  [
    `dist/manifest.xml (ADDIN_URL=${SAMPLE_ADDIN_URL} npm run build)`,
    SAMPLE_ADDIN_URL,
    async () => fs.readFileSync(path.join(await productionBuild(), 'manifest.xml'), 'utf8'),
  ],
])('%s', (_label, origin, load) => {
  let manifest: Manifest;
  let dist: string;
  beforeAll(async () => {
    [manifest, dist] = [new Manifest(await load()), await productionBuild()];
  }, 300_000);

  it('is one Excel task pane add-in with a fixed GUID', () => {
    const { root, versionOverrides } = manifest;
    expect(root.name).toBe('OfficeApp');
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(only(root, 'Id').text).toBe(only(parseXml(developmentText()), 'Id').text);
    expect(only(root, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(only(root, 'Hosts').children.map((host) => host.attributes.Name)).toEqual(['Workbook']);
    expect(descendants(versionOverrides, 'Host').map((host) => host.attributes['xsi:type'])).toEqual(['Workbook']);
    expect(versionOverrides.attributes['xsi:type']).toMatch(/^VersionOverridesV1_[01]$/);
  });

  it("carries package.json's version as Office's four-part version", () => {
    expect(only(manifest.root, 'Version').text).toBe(`${version}.0`);
  });

  it('asks for ReadWriteDocument', () => {
    expect(only(manifest.root, 'Permissions').text).toBe('ReadWriteDocument');
  });

  it('requires the shared runtime and the ExcelApi set the Office adapter needs', () => {
    const sets = descendants(only(manifest.root, 'Requirements'), 'Set').map((set) => [set.attributes.Name, set.attributes.MinVersion]);
    expect(sets).toContainEqual(['SharedRuntime', '1.1']);
    expect(sets).toContainEqual(['ExcelApi', '1.7']);
  });

  it('requires CustomFunctionsRuntime 1.3, which has the #NUM! and #DIV/0! the functions return', () => {
    const sets = descendants(only(manifest.root, 'Requirements'), 'Set').map((set) => [set.attributes.Name, set.attributes.MinVersion]);
    expect(sets).toContainEqual(['CustomFunctionsRuntime', '1.3']);
  });

  it('runs functions, ribbon and task pane in one long-lived runtime on the built page', () => {
    const { versionOverrides } = manifest;
    const runtimes = descendants(versionOverrides, 'Runtime');
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attributes.lifetime).toBe('long');
    const shared = resid(runtimes[0]);
    const functionsPage = only(only(manifest.extensionPoint('CustomFunctions'), 'Page'), 'SourceLocation');
    const taskpaneActions = descendants(versionOverrides, 'Action').filter((action) => action.attributes['xsi:type'] === 'ShowTaskpane');
    expect(taskpaneActions).toHaveLength(1);
    expect(resid(functionsPage)).toBe(shared);
    expect(resid(only(taskpaneActions[0], 'SourceLocation'))).toBe(shared);
    const desktop = only(only(only(versionOverrides, 'Hosts'), 'Host'), 'DesktopFormFactor');
    expect(resid(only(desktop, 'FunctionFile'))).toBe(shared);
    expect(manifest.urlOf(shared).href).toBe(`${origin}${outputs.page}`);
    expect(only(only(manifest.root, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue).toBe(manifest.urlOf(shared).href);
  });

  it('has a ribbon button that opens the task pane', () => {
    const buttons = descendants(manifest.extensionPoint('PrimaryCommandSurface'), 'Control').filter(
      (control) => control.attributes['xsi:type'] === 'Button',
    );
    expect(buttons).toHaveLength(1);
    expect(only(buttons[0], 'Action').attributes['xsi:type']).toBe('ShowTaskpane');
  });

  it('declares the custom functions in namespace SIB, pointing at the build outputs', () => {
    const functions = manifest.extensionPoint('CustomFunctions');
    expect(manifest.resourceById.get(resid(only(functions, 'Namespace')))!.attributes.DefaultValue).toBe('SIB');
    expect(manifest.urlOf(resid(only(only(functions, 'Script'), 'SourceLocation'))).href).toBe(`${origin}${outputs.functionsScript}`);
    const metadata = manifest.resourceById.get(resid(only(only(functions, 'Metadata'), 'SourceLocation')))!;
    expect(metadata.attributes.DefaultValue).toBe(`${origin}${outputs.functionsMetadata}`);
    expect(overrides(metadata).get(DANISH)).toBe(`${origin}${outputs.functionsMetadataDanish}`);
  });

  it('resolves every resid to exactly one resource, and uses every resource', () => {
    const ids = ['bt:Image', 'bt:Url', 'bt:String']
      .flatMap((name) => descendants(manifest.resources, name))
      .map((resource) => resource.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = allElements(manifest.root)
      .map((element) => element.attributes.resid)
      .filter((value): value is string => value !== undefined);
    for (const value of referenced) {
      expect(manifest.resourceById.has(value) ? value : `unresolved resid ${value}`).toBe(value);
      expect(value.length).toBeLessThanOrEqual(32);
    }
    expect(ids.filter((id) => !referenced.includes(id))).toEqual([]);
  });

  it(`serves every URL over HTTPS from ${origin}, and names no other host`, () => {
    const urls = manifest.urls();
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(origin) ? origin : url).toBe(origin);
    if (origin !== DEVELOPMENT_URL) expect(manifest.text).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('has a support page (SupportUrl), which the build serves', () => {
    expect(only(manifest.root, 'SupportUrl').attributes.DefaultValue).toBe(`${origin}support.html`);
  });

  it('points every URL at a file the build emits, and every icon at a PNG of its size', () => {
    for (const url of manifest.urls()) {
      const file = path.join(dist, decodeURIComponent(url.slice(origin.length)));
      expect(fs.existsSync(file) ? url : `${url}: no ${path.relative(dist, file)} in the build`).toBe(url);
    }
    for (const image of descendants(manifest.resources, 'bt:Image')) {
      const size = Number(/^Icon\.(\d+)x\1$/.exec(image.attributes.id)![1]);
      const file = fs.readFileSync(path.join(dist, image.attributes.DefaultValue.slice(origin.length)));
      expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('has a Danish text for every display string, within Office’s length limits', () => {
    for (const name of ['DisplayName', 'Description']) expect(overrides(only(manifest.root, name)).get(DANISH)).toBeTruthy();
    for (const [group, limit] of [
      ['bt:ShortStrings', 125],
      ['bt:LongStrings', 250],
    ] as const) {
      for (const text of descendants(only(manifest.resources, group), 'bt:String')) {
        const danish = overrides(text).get(DANISH);
        expect(danish ? text.attributes.id : `${text.attributes.id} has no ${DANISH} override`).toBe(text.attributes.id);
        expect(Math.max(text.attributes.DefaultValue.length, danish!.length)).toBeLessThanOrEqual(limit);
      }
    }
  });
});

describe('productionManifest (ADDIN_URL, SUPPORT_URL, the version)', () => {
  const build = (options: { addinUrl: string; supportUrl?: string; version?: string }) =>
    productionManifest(developmentText(), { version: '2.3.4', ...options });

  it('takes a folder with or without its trailing slash, and SUPPORT_URL for the support page', () => {
    const manifest = new Manifest(
      build({ addinUrl: 'https://addins.kommune.example/sib', supportUrl: 'https://it.kommune.example/help?app=sib' }),
    );
    expect(manifest.urlOf('Shared.Url').href).toBe('https://addins.kommune.example/sib/taskpane.html');
    expect(only(manifest.root, 'SupportUrl').attributes.DefaultValue).toBe('https://it.kommune.example/help?app=sib');
    expect(only(manifest.root, 'Version').text).toBe('2.3.4.0');
    expect(manifest.text).toContain('DefaultValue="https://it.kommune.example/help?app=sib"');
  });

  it.each([
    ['http://addins.example.org/sib/', {}, 'ADDIN_URL must be an https:// address'],
    ['addins.example.org/sib/', {}, 'ADDIN_URL is not a URL'],
    ['https://localhost:3000/', {}, 'ADDIN_URL must name the server users load the add-in from'],
    ['https://addins.example.org/sib/?v=2', {}, 'ADDIN_URL must be a folder'],
    ['https://addins.example.org/sib/', { supportUrl: 'http://it.example.org/' }, 'SUPPORT_URL must be an https:// address'],
    [
      'https://addins.example.org/sib/',
      { version: '1.0.0-beta.1' },
      "package.json's version '1.0.0-beta.1' cannot be an Office add-in version",
    ],
    ['https://addins.example.org/sib/', { version: '1.70000.0' }, 'each up to 65535'],
  ])('refuses ADDIN_URL %s with %j, saying why', (addinUrl, options, message) => {
    expect(() => build({ addinUrl, ...options })).toThrow(message);
  });
});
