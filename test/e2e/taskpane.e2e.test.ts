import fs from 'fs';
import { Server } from 'http';
import os from 'os';
import path from 'path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { createStaticServer } from '../../scripts/staticServer';
import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
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
 * may leave the page's origin. Every test has a browser context of its own, so one failure stays its own;
 * they share the build, the server and the browser.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts');

let server: Server;
let origin: string;
let browser: Browser;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), `sib-e2e-${process.pid}-`));
const fixture = createXlsx(fixtureWorkbook());
const fixturePath = path.join(folder, 'fixture.xlsx');
/** The fixture with the invoice for FIXTURE_WEEK built into it, as the pane would have built it. */
const invoicedPath = path.join(folder, 'invoiced.xlsx');
const textPath = path.join(folder, 'notes.txt');

interface Pane {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Requests that left the page's origin, and errors the page raised. */
  readonly elsewhere: string[];
  readonly pageErrors: string[];
}

let pane: Pane | undefined;

async function openPane(query = '', locale = 'en-US'): Promise<Pane> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale, acceptDownloads: true });
  const page = await context.newPage();
  const opened: Pane = { page, context, elsewhere: [], pageErrors: [] };
  page.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`) && !/^(blob|data):/.test(request.url())) opened.elsewhere.push(request.url());
  });
  page.on('pageerror', (error) => opened.pageErrors.push(error.message));
  await page.goto(`${origin}/${query}`);
  pane = opened;
  return opened;
}

/** The pane as a user sees it in a pane `width` px wide: the whole page, or (for long lists) its first screen. */
async function screenshot(page: Page, name: string, width: number, fullPage = true): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${width}-${name}.png`), fullPage });
}

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.getByLabel('Workbook file (.xlsx)').setInputFiles(file);
  await page.getByText(path.basename(file), { exact: true }).waitFor();
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(fixturePath, fixture);
  const invoice = await runInvoice(openXlsx(fixture), { week: parseWeekLabel(FIXTURE_WEEK) as IsoWeek, builtAt: new Date(2021, 3, 5) });
  if (invoice.kind !== 'invoice') throw new Error(invoice.kind);
  fs.writeFileSync(invoicedPath, writeXlsx(fixture, invoice.changes));
  fs.writeFileSync(textPath, 'Candidate ID;2021-W01\nK-1;S\n');
  const dist = await productionBuild();
  server = createStaticServer(dist);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 300_000);

afterEach(async () => {
  const closing = pane;
  pane = undefined;
  if (!closing) return;
  await closing.context.close();
  expect({ elsewhere: closing.elsewhere, pageErrors: closing.pageErrors }).toEqual({ elsewhere: [], pageErrors: [] });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('the task pane in a browser', () => {
  test('opens with the demo workbook: clean, and its investor figures computed from its history', async () => {
    const { page } = await openPane();
    await page.getByText('demo.xlsx').waitFor();
    await page.getByText('No findings: the sheet is ready to invoice.').waitFor();
    await openView(page, 'Investor');
    await page.getByRole('img', { name: 'Cumulative repayments against the amount invested' }).waitFor();
    await page.getByText('No ledger yet: repayments are the weekly invoices the candidate sheet gives, up to 2020-W53.').waitFor();
    await screenshot(page, 'investor-demo', 320);
    await screenshot(page, 'investor-demo', 1024);
  });

  test('opens a fixture through the file input; the check lists its findings, each stating its advice once', async () => {
    const { page } = await openPane();
    await openFile(page, fixturePath);
    const errors = page.getByRole('region', { name: /Errors/ });
    const warnings = page.getByRole('region', { name: /Warnings/ });
    await errors.waitFor();
    expect(await errors.getByRole('listitem').allTextContents()).toEqual([
      "Candidates!J5Unknown status 'X' in a status cellUse S, D, a share 0–1, or leave blank",
    ]);
    const expected = (await runCheck(openXlsx(fixture))).findings
      .filter((finding) => finding.severity === 'warning')
      .map((finding) => finding.address);
    const shown = () =>
      warnings.getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.querySelector('span')?.textContent));
    const first = await shown();
    expect(first).toEqual(expected.slice(0, first.length));
    expect(await warnings.getByRole('listitem').first().getAttribute('aria-setsize')).toBe(String(expected.length));
    await warnings.getByRole('list').evaluate((list) => list.parentElement!.scrollTo({ top: list.parentElement!.scrollHeight }));
    await warnings.getByText(expected.at(-1)!, { exact: true }).waitFor();
    await screenshot(page, 'check', 320, false);
    await screenshot(page, 'check', 1024, false);
  });

  test('builds the invoice for a week after showing its lines and total; the download is named for it and holds the engine’s amounts', async () => {
    const { page } = await openPane();
    await openFile(page, fixturePath);
    await openView(page, 'Invoice');
    await page.getByRole('combobox', { name: 'Week' }).selectOption(FIXTURE_WEEK);
    await page.getByRole('button', { name: 'Preview' }).click();
    const engine = await runInvoice(openXlsx(fixture), { week: parseWeekLabel(FIXTURE_WEEK) as IsoWeek });
    if (engine.kind !== 'invoice') throw new Error(engine.kind);
    const table = page.getByRole('table', { name: `Preview of Invoice ${FIXTURE_WEEK}` });
    await table.getByRole('row').first().waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(engine.invoice.lines.length + 1));
    expect(new Set(engine.invoice.lines.map((line) => line.reason))).toEqual(new Set([null, 'max-weeks', 'cap']));
    const total = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 }).format(Number(formatAmount(engine.invoice.total)));
    expect(
      await page
        .locator('dt', { hasText: /^Total$/ })
        .locator('xpath=following-sibling::dd')
        .textContent(),
    ).toBe(`DKK ${total}`);
    await screenshot(page, 'invoice-preview', 320);
    await page.getByRole('button', { name: 'Build invoice' }).click();
    await page.getByText('Written to the workbook.').waitFor();
    await page.getByRole('table', { name: 'Settlement ledger' }).getByText(`Invoice ${FIXTURE_WEEK}`).waitFor();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
    await page.getByText('Not downloaded').waitFor();
    await screenshot(page, 'invoice-built', 320);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe(`fixture - ${FIXTURE_WEEK}.xlsx`);
    await page.getByText('Not downloaded').waitFor({ state: 'detached' });
    const written = openXlsx(new Uint8Array(fs.readFileSync((await download.path())!)));
    expect(await written.sheetNames()).toEqual(['Contract', 'Candidates', `Invoice ${FIXTURE_WEEK}`, 'Settlement ledger']);
    const grid = await written.readSheet(`Invoice ${FIXTURE_WEEK}`);
    const header = grid.rows.findIndex((row) => row?.[0] === 'Candidate ID');
    const amount = grid.rows[header]!.indexOf('Amount');
    const lines = grid.rows.slice(header + 1, header + 1 + engine.invoice.lines.length);
    expect(lines.map((row) => [row?.[0], (row?.[amount] as number).toFixed(2)])).toEqual(
      engine.invoice.lines.map((line) => [line.candidate.id, formatAmount(line.amount)]),
    );
    expect((grid.rows[header + 1 + engine.invoice.lines.length]?.[amount] as number).toFixed(2)).toBe(formatAmount(engine.invoice.total));
  });

  test('changes not downloaded are not lost: leaving asks, and opening another file asks first', async () => {
    const { page } = await openPane();
    await openView(page, 'Invoice');
    await page.getByRole('button', { name: 'Build invoice' }).click();
    await page.getByText('Written to the workbook.').waitFor();
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.reload({ timeout: 2000 }).catch(() => undefined);
    expect(await asked).toBe('beforeunload');
    await page.getByLabel('Workbook file (.xlsx)').setInputFiles(fixturePath);
    const question = page.getByRole('dialog', { name: 'Download the changes first?' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await page.getByText('demo.xlsx', { exact: true }).count()).toBe(1);
    await page.getByLabel('Workbook file (.xlsx)').setInputFiles(fixturePath);
    await question.getByRole('button', { name: 'Open without downloading' }).click();
    await page.getByText('fixture.xlsx', { exact: true }).waitFor();
  });

  test('a file that is not a workbook is refused in words a finance officer understands, and the workbook stays', async () => {
    const { page } = await openPane();
    await page.getByText('No findings: the sheet is ready to invoice.').waitFor();
    await page.getByLabel('Workbook file (.xlsx)').setInputFiles(textPath);
    await page.getByText("'notes.txt' is not an Excel workbook (.xlsx). Open a file saved as an Excel Workbook (.xlsx).").waitFor();
    expect(await page.getByText('demo.xlsx', { exact: true }).count()).toBe(1);
    await page.getByText('No findings: the sheet is ready to invoice.').waitFor();
  });

  test('at 320 px the ledger keeps week labels whole, its links in the table’s size, and amounts under their right-aligned headers', async () => {
    const { page } = await openPane();
    await openFile(page, invoicedPath);
    await openView(page, 'Invoice');
    const ledger = page.getByRole('table', { name: 'Settlement ledger' });
    await ledger.getByText(`Invoice ${FIXTURE_WEEK}`).waitFor();
    const layout = await ledger.evaluate((table) => {
      const rows = [...table.querySelectorAll('tr')];
      const week = rows[1].querySelector('td')!;
      const range = document.createRange();
      range.selectNodeContents(week);
      const link = table.querySelector('td button')!;
      const amountCell = rows[2].querySelectorAll('td')[2];
      const amountHeader = rows[0].querySelectorAll('th')[2];
      const right = (element: Element) => {
        const text = document.createRange();
        text.selectNodeContents(element);
        return Math.round(text.getBoundingClientRect().right);
      };
      return {
        weekLines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size,
        linkSize: getComputedStyle(link).fontSize,
        cellSize: getComputedStyle(link.closest('td')!).fontSize,
        rightEdges: Math.abs(right(amountCell) - right(amountHeader)) <= 1,
      };
    });
    expect(layout).toEqual({ weekLines: 1, linkSize: layout.cellSize, cellSize: layout.cellSize, rightEdges: true });
  });

  test('explains an amount of an invoice built before', async () => {
    const { page } = await openPane();
    await openFile(page, invoicedPath);
    await openView(page, 'Explain');
    await page.getByRole('combobox', { name: 'Invoice sheet' }).selectOption(`Invoice ${FIXTURE_WEEK}`);
    await page.getByRole('combobox', { name: 'Line' }).selectOption({ label: 'E-02' });
    await page.getByRole('heading', { name: new RegExp(`^How 'Invoice ${FIXTURE_WEEK}'!G\\d+ comes about$`) }).waitFor();
    await page.getByText('rounded to øre (half away from zero)').waitFor();
    await screenshot(page, 'explain', 320);
  });

  test('shows the investor’s figures and the repayment chart, as wide as the pane and with a value axis', async () => {
    const { page } = await openPane();
    await openFile(page, invoicedPath);
    await openView(page, 'Investor');
    const chart = page.getByRole('img', { name: 'Cumulative repayments against the amount invested' });
    await chart.waitFor();
    await page.getByText(`From the settlement ledger, up to ${FIXTURE_WEEK}.`).waitFor();
    await screenshot(page, 'investor', 320);
    await screenshot(page, 'investor', 1024);
    const widths = await chart.evaluate((svg) => ({
      chart: Math.round(svg.getBoundingClientRect().width),
      panel: Math.round(svg.closest('[role="tabpanel"]')!.getBoundingClientRect().width),
      labels: [...svg.querySelectorAll('text')].map((text) => text.textContent),
    }));
    expect(widths.chart).toBeGreaterThanOrEqual(widths.panel - 2);
    expect(widths.panel).toBeGreaterThan(600);
    expect(widths.labels).toEqual(expect.arrayContaining(['0', 'DKK']));
  });

  test('works from the keyboard alone, with the focus visible', async () => {
    const { page } = await openPane();
    await page.getByText('No findings: the sheet is ready to invoice.').waitFor();
    await openView(page, 'Investor');
    await page.getByRole('img', { name: 'Cumulative repayments against the amount invested' }).waitFor();
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
    await screenshot(page, 'keyboard-focus', 320);
  });

  test('speaks Danish when asked to', async () => {
    const { page } = await openPane('?lang=da');
    await page.getByText('Ingen fund: arket er klar til fakturering.').waitFor();
    await page.getByRole('tab', { name: 'Kontrakt' }).click();
    await page.getByRole('textbox', { name: 'Ugetakst, helt selvforsørgende' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-320-contract-da.png'), fullPage: true });
  });
});
