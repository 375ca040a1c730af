import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import outputs from '../build/outputs.json';
import { productionBuild } from './support/productionBuild';

/** What the task pane ships: its size, what each page loads, and what it may reach (docs/rules.md §10). */
const TASKPANE_GZIP_BUDGET = 300 * 1024;
const REACT_MARKER = '__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED';

let dist: string;
const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const scriptsOf = (page: string) => [...read(page).matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((match) => match[1]);
const cspOf = (page: string) => /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(read(page))?.[1];

beforeAll(async () => {
  dist = await productionBuild();
}, 300_000);

describe('the task pane bundle', () => {
  test(`the pane's initial script stays within ${TASKPANE_GZIP_BUDGET / 1024} KB gzipped; the .xlsx adapter and the demo are the engine worker's`, () => {
    console.info(
      `taskpane.js: ${(gzipped(outputs.taskpaneScript) / 1024).toFixed(1)} KB gzipped; functions.js: ${(gzipped(outputs.functionsScript) / 1024).toFixed(1)} KB gzipped`,
    );
    expect(gzipped(outputs.taskpaneScript)).toBeLessThanOrEqual(TASKPANE_GZIP_BUDGET);
    const pane = read(outputs.taskpaneScript);
    expect(pane).not.toContain('fullCalcOnLoad');
    expect(pane).not.toContain('IMPACT60');
    const chunks = fs.readdirSync(dist).filter((file) => /^(host-browser|host-excel)\.[0-9a-f]{8}\.js$/.test(file));
    expect(chunks.map((file) => file.split('.')[0]).sort()).toEqual(['host-browser', 'host-excel']);
    const worker = read(outputs.engineWorkerScript);
    expect(worker).toContain('fullCalcOnLoad');
    expect(worker).toContain('IMPACT60');
    expect(worker).not.toContain(REACT_MARKER);
  });

  test('functions.js carries no React', () => {
    expect(read(outputs.taskpaneScript)).toContain(REACT_MARKER);
    expect(read(outputs.functionsScript)).not.toContain(REACT_MARKER);
  });

  test('inside Excel: office.js from Microsoft’s CDN, a local copy to fall back on offline, and a Content-Security-Policy', () => {
    expect(scriptsOf(outputs.page)).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'office-fallback.js',
      outputs.functionsScript,
      outputs.taskpaneScript,
    ]);
    expect(read('office-fallback.js')).toContain('office/office.js');
    for (const file of [
      'office/office.js',
      'office/excel-win32-16.01.js',
      'office/excel-web-16.00.js',
      'office/en-us/office_strings.js',
      'office/da-dk/office_strings.js',
    ])
      expect(fs.existsSync(path.join(dist, file)) ? file : `missing ${file}`).toBe(file);
    expect(fs.readFileSync(path.join(dist, 'office/office.js'))).toEqual(
      fs.readFileSync(require.resolve('@microsoft/office-js/dist/office.js')),
    );
    const csp = cspOf(outputs.page)!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("worker-src 'self';");
  });

  test('in a browser: index.html loads only the pane, no office.js, and may reach nothing but its own origin', () => {
    expect(scriptsOf('index.html')).toEqual([outputs.taskpaneScript]);
    const csp = cspOf('index.html')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("worker-src 'self';");
    expect(csp).not.toMatch(/https?:/);
  });
});
