import fs from 'fs';
import { Server } from 'http';
import os from 'os';
import path from 'path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { createStaticServer } from '../../scripts/staticServer';
import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import { formatAmount } from '../../src/engine/money';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { runCheck } from '../../src/jobs/checkJob';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { productionBuild } from '../support/productionBuild';
import { FIXTURE_WEEK, fixtureWorkbook } from './fixtureWorkbook';

/**
 * The standalone task pane in headless Chromium (Debian's, never a downloaded one), served from the
 * production build: open a workbook through the file input, check it, build an invoice, download the
 * result and compare its amounts with the engine's; screenshots at 320 and 1024 px; not one request
 * may leave the page's origin.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts');

let server: Server;
let origin: string;
let profile: string;
let context: BrowserContext;
let page: Page;
const elsewhere: string[] = [];
const pageErrors: string[] = [];
const fixturePath = path.join(os.tmpdir(), `sib-e2e-${process.pid}.xlsx`);
const fixture = createXlsx(fixtureWorkbook());

/** The pane as a user sees it in a pane `width` px wide: the whole page, or (for long lists) its first screen. */
async function screenshot(name: string, width: number, fullPage = true): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${width}-${name}.png`), fullPage });
}

async function openView(name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(fixturePath, fixture);
  const dist = await productionBuild();
  server = createStaticServer(dist);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sib-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 320, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`) && !/^(blob|data):/.test(request.url())) elsewhere.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/`);
}, 300_000);

afterAll(async () => {
  await context?.close();
  server?.close();
  fs.rmSync(profile, { recursive: true, force: true });
  fs.rmSync(fixturePath, { force: true });
});

describe('the task pane in a browser', () => {
  test('opens with the demo workbook: clean, and its investor figures computed from its history', async () => {
    await page.getByText('demo.xlsx').waitFor();
    await page.getByText('No findings: the sheet is ready to invoice.').waitFor();
    await openView('Investor');
    await page.getByRole('img', { name: 'Cumulative repayments against the amount invested' }).waitFor();
    await page.getByText('No ledger yet: repayments are the weekly invoices the candidate sheet gives, up to 2020-W53.').waitFor();
    await screenshot('investor-demo', 320);
    await screenshot('investor-demo', 1024);
    await openView('Check');
  });

  test('opens a fixture through the file input; the check lists its findings', async () => {
    await page.getByLabel('Workbook file (.xlsx)').setInputFiles(fixturePath);
    await page.getByText(path.basename(fixturePath)).waitFor();
    const errors = page.getByRole('region', { name: /Errors/ });
    const warnings = page.getByRole('region', { name: /Warnings/ });
    await errors.waitFor();
    expect(await errors.getByRole('listitem').allTextContents()).toEqual([
      "Candidates!J5Unknown status 'X' in a status cell — use S, D, a share 0–1, or leave blankUse S, D, a share between 0 and 1, or leave the cell blank",
    ]);
    const expected = (await runCheck(openXlsx(fixture))).findings
      .filter((finding) => finding.severity === 'warning')
      .map((finding) => finding.address);
    expect(
      await warnings.getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.querySelector('span')?.textContent)),
    ).toEqual(expected);
    await screenshot('check', 320, false);
    await screenshot('check', 1024, false);
  });

  test('builds the invoice for a week after showing its lines and total, and the downloaded workbook holds the engine’s amounts', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await openView('Invoice');
    await page.getByRole('combobox', { name: 'Week' }).selectOption(FIXTURE_WEEK);
    await page.getByRole('button', { name: 'Preview' }).click();
    const engine = await runInvoice(openXlsx(fixture), { week: parseWeekLabel(FIXTURE_WEEK) as IsoWeek });
    if (engine.kind !== 'invoice') throw new Error(engine.kind);
    const lines = page.getByRole('table', { name: `Preview of Invoice ${FIXTURE_WEEK}` }).getByRole('row');
    await lines.first().waitFor();
    expect(await lines.count()).toBe(Math.min(engine.invoice.lines.length, 50) + 1);
    expect(new Set(engine.invoice.lines.map((line) => line.reason))).toEqual(new Set([null, 'max-weeks', 'cap']));
    const total = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 }).format(Number(formatAmount(engine.invoice.total)));
    expect(
      await page
        .locator('dt', { hasText: /^Total$/ })
        .locator('xpath=following-sibling::dd')
        .textContent(),
    ).toBe(`DKK ${total}`);
    await screenshot('invoice-preview', 320);
    await page.getByRole('button', { name: 'Build invoice' }).click();
    await page.getByText('Written to the workbook.').waitFor();
    await page.getByRole('table', { name: 'Settlement ledger' }).getByText(`Invoice ${FIXTURE_WEEK}`).waitFor();
    await screenshot('invoice-built', 320);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    const bytes = new Uint8Array(fs.readFileSync((await download.path())!));
    const written = openXlsx(bytes);
    expect(await written.sheetNames()).toEqual(['Contract', 'Candidates', `Invoice ${FIXTURE_WEEK}`, 'Settlement ledger']);
    const grid = await written.readSheet(`Invoice ${FIXTURE_WEEK}`);
    const header = grid.rows.findIndex((row) => row?.[0] === 'Candidate ID');
    const amount = grid.rows[header]!.indexOf('Amount');
    const table = grid.rows.slice(header + 1, header + 1 + engine.invoice.lines.length);
    expect(table.map((row) => [row?.[0], (row?.[amount] as number).toFixed(2)])).toEqual(
      engine.invoice.lines.map((line) => [line.candidate.id, formatAmount(line.amount)]),
    );
    expect((grid.rows[header + 1 + engine.invoice.lines.length]?.[amount] as number).toFixed(2)).toBe(formatAmount(engine.invoice.total));
  });

  test('explains an amount of the invoice just built', async () => {
    await openView('Explain');
    await page.getByRole('combobox', { name: 'Invoice sheet' }).selectOption(`Invoice ${FIXTURE_WEEK}`);
    await page.getByRole('combobox', { name: 'Line' }).selectOption({ label: 'E-02' });
    await page.getByRole('heading', { name: new RegExp(`^How 'Invoice ${FIXTURE_WEEK}'!G\\d+ comes about$`) }).waitFor();
    await page.getByText('rounded to øre (half away from zero)').waitFor();
    await screenshot('explain', 320);
  });

  test('shows the investor’s figures and the repayment chart with break-even', async () => {
    await openView('Investor');
    await page.getByRole('img', { name: 'Cumulative repayments against the amount invested' }).waitFor();
    await page.getByText(`From the settlement ledger, up to ${FIXTURE_WEEK}.`).waitFor();
    await screenshot('investor', 320);
    await screenshot('investor', 1024);
  });

  test('works from the keyboard alone, with the focus visible', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByRole('tab', { name: 'Explain' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('tabpanel', { name: 'Investor' }).waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const after = getComputedStyle(element, '::after');
      return {
        text: element.textContent,
        indicator: getComputedStyle(element).outlineStyle !== 'none' || (after.borderTopStyle !== 'none' && after.borderTopWidth !== '0px'),
      };
    });
    expect(focused).toEqual({ text: 'Compute again', indicator: true });
    await screenshot('keyboard-focus', 320);
  });

  test('speaks Danish when asked to', async () => {
    const danish = await context.newPage();
    danish.on('request', (request) => {
      if (!request.url().startsWith(`${origin}/`) && !/^(blob|data):/.test(request.url())) elsewhere.push(request.url());
    });
    await danish.setViewportSize({ width: 320, height: 900 });
    await danish.goto(`${origin}/?lang=da`);
    await danish.getByText('Ingen fund: arket er klar til fakturering.').waitFor();
    await danish.getByRole('tab', { name: 'Kontrakt' }).click();
    await danish.getByRole('textbox', { name: 'Ugetakst, helt selvforsørgende' }).waitFor();
    await danish.screenshot({ path: path.join(ARTIFACTS, 'taskpane-320-contract-da.png'), fullPage: true });
    await danish.close();
  });

  test('nothing left the page’s origin, and the page raised no error', () => {
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
