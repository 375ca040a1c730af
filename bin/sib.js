#!/usr/bin/env node
'use strict';
// The CLI is compiled by `npm ci` / `npm install` (the prepare script) into lib/, apart from the add-in's dist/: neither build deletes the other.
const path = require('node:path');
const entry = path.join(__dirname, '..', 'lib', 'src', 'cli', 'sib.js');
try {
  require.resolve(entry);
} catch {
  process.stderr.write('sib is not built yet: run `npm ci` (or `npm run prepare`) in the project first.\n');
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
