#!/usr/bin/env node
'use strict';
// `npm run demo`: runs the product on the built-in demo workbook with the `sib` command, so it does
// something useful on any machine, with or without Excel or a browser.
const { spawnSync } = require('node:child_process');
const { mkdirSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const out = path.join(root, 'demo-output');
const week = '2019-W30';
mkdirSync(out, { recursive: true });

function sib(...args) {
  process.stdout.write(`\n$ sib ${args.map((arg) => path.relative(root, arg) || arg).join(' ')}\n`);
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'sib.js'), ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 2);
}

const demo = path.join(out, 'demo.xlsx');
const invoice = path.join(out, `invoice-${week}.xlsx`);
sib('demo', '--out', demo, '--overwrite');
sib('check', demo);
sib('invoice', demo, '--week', week, '--out', invoice, '--overwrite');
process.stdout.write(
  `\nOpen ${path.relative(root, invoice)} in Excel or LibreOffice: the sheet 'Invoice ${week}' recomputes every amount from the Candidates sheet and the contract's named terms.\n`,
);
