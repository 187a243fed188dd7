#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const { main } = require('../out/src/cli/main.js');

const code = main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  stdin: () => fs.readFileSync(0, 'utf8'),
});
process.exitCode = code;
