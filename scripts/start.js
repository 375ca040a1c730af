#!/usr/bin/env node
'use strict';
// `npm start`: the add-in in Excel desktop where there is one (Windows, macOS): certificates, the HTTPS dev
// server and sideloading, all by office-addin-debugging. Anywhere else (Linux, CI, or `npm start -- --browser`):
// a production build of the task pane, served on localhost for any browser, with the demo workbook open.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { createStaticServer } = require('./staticServer');

const root = path.join(__dirname, '..');
const port = Number(process.env.PORT || 3000);
const windows = process.platform === 'win32';
const excelDesktop = (windows || process.platform === 'darwin') && !process.env.CI && !process.argv.includes('--browser');
const certificates = require('office-addin-dev-certs/lib/defaults');

function hasCertificates() {
  return [certificates.caCertificatePath, certificates.localhostCertificatePath, certificates.localhostKeyPath].every((file) =>
    fs.existsSync(file),
  );
}

function npx(args) {
  return spawn(windows ? 'npx.cmd' : 'npx', args, { cwd: root, stdio: 'inherit', shell: windows });
}

function sideload() {
  if (!hasCertificates()) {
    process.stdout.write('Installing the Office development certificate (your system may ask for an administrator password)…\n');
    const install = spawnSync(windows ? 'npx.cmd' : 'npx', ['office-addin-dev-certs', 'install'], {
      cwd: root,
      stdio: 'inherit',
      shell: windows,
    });
    if (install.status !== 0) {
      process.stderr.write(
        'The certificate could not be installed, so the server uses a self-signed one that Excel will not trust.\nRun `npx office-addin-dev-certs install` as an administrator, then `npm start` again.\n',
      );
    }
  }
  const debugging = npx([
    'office-addin-debugging',
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    'npm run start:dev-server',
    '--dev-server-port',
    String(port),
  ]);
  debugging.on('exit', (code) => process.exit(code ?? 0));
}

function build() {
  process.stdout.write('Building the add-in into dist/…\n');
  const webpack = spawnSync(process.execPath, [require.resolve('webpack/bin/webpack.js'), '--mode', 'production'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (webpack.status !== 0) process.exit(webpack.status ?? 1);
}

function serveStandalone() {
  build();
  const tls = hasCertificates()
    ? { cert: fs.readFileSync(certificates.localhostCertificatePath), key: fs.readFileSync(certificates.localhostKeyPath) }
    : undefined;
  const server = createStaticServer(path.join(root, 'dist'), tls);
  const listening = () => {
    const url = `${tls ? 'https' : 'http'}://localhost:${server.address().port}/`;
    process.stdout.write(
      `\nThe task pane runs standalone at ${url}\nOpen it in a browser: the demo workbook is open in it; open or drop your own .xlsx to work on that. Nothing leaves this computer.\n`,
    );
    if (!tls) {
      process.stdout.write(
        'Served over HTTP, which a browser accepts on localhost. Excel (on the web) needs HTTPS with a trusted certificate:\n' +
          'run `npx office-addin-dev-certs install` (it needs administrator rights), then `npm start` serves HTTPS and\n' +
          'Excel on the web can load manifest.xml (Home → Add-ins → More add-ins → Upload my add-in).\n',
      );
    }
    process.stdout.write('Press Ctrl+C to stop.\n');
  };
  server.on('error', (error) => {
    if (error.code !== 'EADDRINUSE') throw error;
    process.stdout.write(`Port ${port} is in use; serving on another one.\n`);
    server.listen(0, '127.0.0.1', listening);
  });
  server.listen(port, '127.0.0.1', listening);
}

if (excelDesktop) sideload();
else serveStandalone();
