import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import outputs from '../build/outputs.json';
import danish from '../functions/translations.da-DK.json';
import { productionBuild } from './support/productionBuild';

const FUNCTIONS_GZIP_BUDGET = 60 * 1024;

/** docs/rules.md §5: every function with its parameters in order; `?` marks an optional one. */
const SIGNATURES: Record<string, string[]> = {
  RESULTPAYMENT: ['statuses', 'weeklyRate', 'partialRate?'],
  PAYABLEWEEKS: ['statuses', 'maxWeeks?'],
  CANDIDATETOTAL: ['statuses', 'weeklyRate', 'partialRate?', 'maxWeeks?'],
  INVESTORRETURN: ['invested', 'repaid'],
  INVESTORMULTIPLE: ['invested', 'repaid'],
  INVESTORIRR: ['amounts', 'dates', 'guess?'],
  SUCCESSRATE: ['candidateIds', 'statuses', 'minWeeks?'],
  WEEKLABEL: ['date'],
  WEEKSTART: ['weekLabel'],
};
const SPILLING = ['RESULTPAYMENT', 'WEEKLABEL', 'WEEKSTART'];

interface Parameter {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

let dist: string;
const read = (file: string): string => fs.readFileSync(path.join(dist, file), 'utf8');
const metadata = (file: string): FunctionMetadata[] => JSON.parse(read(file)).functions;

beforeAll(async () => {
  dist = await productionBuild();
}, 300_000);

describe('npm run build', () => {
  it('emits every file the manifest points at', () => {
    for (const file of Object.values(outputs)) expect(fs.existsSync(path.join(dist, file)) ? file : `missing ${file}`).toBe(file);
  });

  it('functions.json lists the nine functions with help for every parameter', () => {
    const functions = metadata(outputs.functionsMetadata);
    expect(functions.map((fn) => fn.id)).toEqual(Object.keys(SIGNATURES));
    for (const fn of functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.description).toBeTruthy();
      expect(fn.parameters.map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}`)).toEqual(SIGNATURES[fn.id]);
      for (const parameter of fn.parameters) expect(parameter.description).toBeTruthy();
      expect(fn.result.dimensionality ?? 'scalar').toBe(SPILLING.includes(fn.id) ? 'matrix' : 'scalar');
    }
  });

  it('functions.da-DK.json is the same metadata with the Danish names and help', () => {
    const english = metadata(outputs.functionsMetadata);
    const localized = metadata(outputs.functionsMetadataDanish);
    const table = danish as Record<
      string,
      { name: string; description: string; parameters: Record<string, { name: string; description: string }> }
    >;
    expect(localized.map((fn) => fn.id)).toEqual(english.map((fn) => fn.id));
    localized.forEach((fn, index) => {
      const entry = table[fn.id];
      expect([fn.name, fn.description]).toEqual([entry.name, entry.description]);
      expect(fn.name).not.toBe(english[index].name);
      expect(fn.parameters.map((parameter) => [parameter.name, parameter.description])).toEqual(
        english[index].parameters.map((parameter) => [entry.parameters[parameter.name].name, entry.parameters[parameter.name].description]),
      );
      const shape = ({ parameters, result }: FunctionMetadata) => ({
        result,
        parameters: parameters.map(({ name: _name, description: _description, ...rest }) => rest),
      });
      expect(shape(fn)).toEqual(shape(english[index]));
    });
  });

  it('associates every function id with its code in functions.js', () => {
    const script = read(outputs.functionsScript);
    for (const id of Object.keys(SIGNATURES)) expect(script).toContain(`CustomFunctions.associate("${id}",`);
  });

  it('the shared-runtime page loads office.js, then functions.js, then taskpane.js', () => {
    const page = read(outputs.page);
    const order = ['office.js', outputs.functionsScript, outputs.taskpaneScript].map((script) => page.indexOf(script));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it(`keeps functions.js within ${FUNCTIONS_GZIP_BUDGET / 1024} KB gzipped`, () => {
    const gzipped = zlib.gzipSync(fs.readFileSync(path.join(dist, outputs.functionsScript)), { level: 9 }).length;
    console.info(`functions.js: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(FUNCTIONS_GZIP_BUDGET);
  });
});

describe('build outputs', () => {
  it('the add-in build (webpack, which empties its folder) and the CLI build (tsc) live apart', () => {
    const root = path.join(__dirname, '..');
    const webpackConfig = require('../webpack.config.js')({}, { mode: 'production' });
    const addin = path.resolve(webpackConfig.output.path);
    const cli = path.resolve(root, JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.node.json'), 'utf8')).compilerOptions.outDir);
    const inside = (child: string, parent: string) => !path.relative(parent, child).startsWith('..');
    expect(inside(cli, addin) || inside(addin, cli)).toBe(false);
    expect(fs.readFileSync(path.join(root, 'bin', 'sib.js'), 'utf8')).toContain(`'${path.relative(root, cli)}'`);
  });
});

describe('the production manifest step (build/productionManifestPlugin.js)', () => {
  /** A one-module webpack build with only that plugin, into a folder of its own: what it emits and what it says. */
  async function buildWith(addinUrl?: string): Promise<{ files: string[]; errors: string[]; logged: string }> {
    const webpack = require('webpack');
    const { ProductionManifestPlugin } = require('../build/productionManifestPlugin');
    const out = fs.mkdtempSync(path.join(require('os').tmpdir(), 'sib-manifest-step-'));
    fs.writeFileSync(path.join(out, 'entry.js'), 'export default 1;\n');
    let logged = '';
    const compiler = webpack({
      mode: 'production',
      context: out,
      entry: './entry.js',
      output: { path: path.join(out, 'dist') },
      infrastructureLogging: { level: 'info', stream: { write: (text: string) => (logged += text), isTTY: false } },
      plugins: [new ProductionManifestPlugin({ template: path.join(__dirname, '..', 'manifest.xml'), addinUrl, version: '0.1.0' })],
    });
    const stats = await new Promise<any>((resolve, reject) =>
      compiler.run((error: Error, result: unknown) => (error ? reject(error) : resolve(result))),
    );
    await new Promise((resolve) => compiler.close(resolve));
    const files = fs.existsSync(path.join(out, 'dist')) ? fs.readdirSync(path.join(out, 'dist')).sort() : [];
    fs.rmSync(out, { recursive: true, force: true });
    return { files, errors: stats.compilation.errors.map((error: Error) => error.message), logged };
  }

  it('without ADDIN_URL writes no manifest and says how to make one', async () => {
    const built = await buildWith(undefined);
    expect(built.files).not.toContain('manifest.xml');
    expect(built.errors).toEqual([]);
    expect(built.logged).toContain('ADDIN_URL is not set, so no manifest.xml was written to the build');
  });

  it('with ADDIN_URL writes manifest.xml; with a wrong one fails the build, saying why', async () => {
    expect((await buildWith('https://settle.example.org/sib/')).files).toContain('manifest.xml');
    const wrong = await buildWith('http://settle.example.org/sib/');
    expect(wrong.files).not.toContain('manifest.xml');
    expect(wrong.errors).toEqual([expect.stringContaining('ADDIN_URL must be an https:// address')]);
  });
});
