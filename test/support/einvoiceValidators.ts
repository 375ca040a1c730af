import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { descendants, parseXml } from './xml';

/**
 * The official validation of an e-invoice, run as the artefacts' publishers intend: the OASIS UBL 2.1
 * schemas with xmllint, and either the Peppol BIS Billing 3.0 schematron (CEN EN 16931 rules, then Peppol's
 * with the Danish DK-R rules) compiled to XSLT by SchXslt, or NemHandel's OIOUBL 2.1 schematron, published
 * as compiled stylesheets; both run by Saxon-HE. The artefacts are vendored under test/vendor (see its
 * README); the tools come from Debian (.ci/run installs them).
 */
const VENDOR = join(__dirname, '..', 'vendor');
const SCHEMATRONS = ['CEN-EN16931-UBL', 'PEPPOL-EN16931-UBL'] as const;
const SAXON_JAR = process.env.SAXON_JAR ?? '/usr/share/java/Saxon-HE.jar';

export interface Assertion {
  readonly schematron: string;
  readonly id: string;
  readonly flag: string;
  readonly text: string;
}

export interface Validation {
  readonly xsdErrors: readonly string[];
  readonly failed: readonly Assertion[];
  /** Rules that applied to the document: a validation that fired none did not look at it. */
  readonly firedRules: number;
}

function tool(command: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  if (!found) throw new Error(`${command} is not installed: install Debian's libxml2-utils and libsaxonhe-java (.ci/run does)`);
}

export function requireValidators(): void {
  tool('xmllint');
  tool('java');
  try {
    accessSync(SAXON_JAR, constants.R_OK);
  } catch {
    throw new Error(`Saxon-HE is not at ${SAXON_JAR}: install Debian's libsaxonhe-java (.ci/run does) or set SAXON_JAR`);
  }
}

function saxon(args: readonly string[]): void {
  const run = spawnSync('java', ['-jar', SAXON_JAR, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`Saxon failed (${run.status}): ${run.stderr || run.stdout}`);
}

/**
 * The schematron compiled to XSLT, once per test run: kept in the run's folder (SIB_TEST_RUN_DIR), written
 * under another name and renamed into place so a parallel test file never reads half a stylesheet.
 */
function compiled(name: (typeof SCHEMATRONS)[number]): string {
  const dir = join(process.env.SIB_TEST_RUN_DIR ?? tmpdir(), 'schematron');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${name}.xsl`);
  if (existsSync(target)) return target;
  const temporary = `${target}.${process.pid}.tmp`;
  saxon([
    `-s:${join(VENDOR, 'peppol-bis-billing-3', `${name}.sch`)}`,
    `-xsl:${join(VENDOR, 'schxslt', '2.0', 'pipeline-for-svrl.xsl')}`,
    `-o:${temporary}`,
  ]);
  renameSync(temporary, target);
  return target;
}

/** Validates every document (file name → XML) in one xmllint and one Saxon run per schematron. */
export function validateEInvoices(documents: Readonly<Record<string, string>>): Record<string, Validation> {
  requireValidators();
  const root = mkdtempSync(join(tmpdir(), 'sib-einvoice-'));
  try {
    const input = join(root, 'in');
    mkdirSync(input);
    for (const [name, xml] of Object.entries(documents)) writeFileSync(join(input, name), xml);
    const results: Record<string, { xsdErrors: string[]; failed: Assertion[]; firedRules: number }> = {};
    for (const name of Object.keys(documents))
      results[name] = { xsdErrors: xsdErrors(join(input, name), documents[name]), failed: [], firedRules: 0 };
    for (const schematron of SCHEMATRONS) {
      const output = join(root, schematron);
      mkdirSync(output);
      saxon([`-s:${input}`, `-xsl:${compiled(schematron)}`, `-o:${output}`]);
      for (const name of Object.keys(documents)) {
        const report = parseXml(readFileSync(join(output, name), 'utf8'));
        results[name].firedRules += descendants(report, 'svrl:fired-rule').length;
        for (const failed of descendants(report, 'svrl:failed-assert'))
          results[name].failed.push({
            schematron,
            id: failed.attributes.id ?? '',
            flag: failed.attributes.flag ?? '',
            text: descendants(failed, 'svrl:text')[0]?.text.trim() ?? '',
          });
      }
    }
    return results;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** NemHandel's OIOUBL 2.1 schematron, one stylesheet per document type. */
const OIOUBL_STYLESHEETS = { Invoice: 'OIOUBL_Invoice_Schematron.xsl', CreditNote: 'OIOUBL_CreditNote_Schematron.xsl' } as const;

export interface OioublValidation {
  readonly xsdErrors: readonly string[];
  readonly failed: readonly Assertion[];
  /** The report's title, which names the document type and the schematron's version it was checked by. */
  readonly checkedBy: string;
}

function saxonAsync(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const run = spawn('java', ['-jar', SAXON_JAR, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    run.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    run.on('error', reject);
    run.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`Saxon failed (${status}): ${stderr}`))));
  });
}

/**
 * Validates every document (file name → XML) against the UBL 2.1 schemas and the OIOUBL 2.1 schematron: one
 * Saxon run per document type, the two at once. The schematron's report lists each failed rule as an Error
 * whose description begins with the rule's id, F-… for a fatal error and W-… for a warning.
 */
export async function validateOioublEInvoices(documents: Readonly<Record<string, string>>): Promise<Record<string, OioublValidation>> {
  requireValidators();
  const root = mkdtempSync(join(tmpdir(), 'sib-oioubl-'));
  try {
    const typeOf = (xml: string) => (/<CreditNote\b/.test(xml) ? 'CreditNote' : 'Invoice');
    const types = Object.keys(OIOUBL_STYLESHEETS) as (keyof typeof OIOUBL_STYLESHEETS)[];
    for (const type of types) {
      mkdirSync(join(root, type, 'in'), { recursive: true });
      mkdirSync(join(root, type, 'out'));
    }
    for (const [name, xml] of Object.entries(documents)) writeFileSync(join(root, typeOf(xml), 'in', name), xml);
    await Promise.all(
      types
        .filter((type) => Object.values(documents).some((xml) => typeOf(xml) === type))
        .map((type) =>
          saxonAsync([
            `-s:${join(root, type, 'in')}`,
            `-xsl:${join(VENDOR, 'oioubl-2.1', OIOUBL_STYLESHEETS[type])}`,
            `-o:${join(root, type, 'out')}`,
          ]),
        ),
    );
    const results: Record<string, OioublValidation> = {};
    for (const [name, xml] of Object.entries(documents)) {
      const report = parseXml(readFileSync(join(root, typeOf(xml), 'out', name), 'utf8'));
      const failed = descendants(report, 'Error').map((error) => {
        const text = descendants(error, 'Description')[0]?.text.trim() ?? '';
        const id = /^\[([^\]]+)\]/.exec(text)?.[1] ?? '';
        return { schematron: 'OIOUBL-2.1', id, flag: id.startsWith('W-') ? 'warning' : 'fatal', text };
      });
      const checkedBy = descendants(report, 'Information')[0]?.text.trim() ?? '';
      results[name] = { xsdErrors: xsdErrors(join(root, typeOf(xml), 'in', name), xml), failed, checkedBy };
    }
    return results;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function xsdErrors(path: string, xml: string): string[] {
  const root = /<(Invoice|CreditNote)\b/.exec(xml)?.[1];
  if (!root) return ['the root element is neither Invoice nor CreditNote'];
  const schema = join(VENDOR, 'ubl-2.1', 'maindoc', `UBL-${root}-2.1.xsd`);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, path], { encoding: 'utf8' });
  return run.status === 0 ? [] : run.stderr.split('\n').filter((line) => line.trim() !== '' && !line.endsWith('fails to validate'));
}
