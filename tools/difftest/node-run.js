#!/usr/bin/env node
// node-run.js — runs an mvm-style script under Node's `vm` module, for
// differential testing against `mvm run SCRIPT --call 0`.
//
// Usage: node tools/difftest/node-run.js SCRIPT.js
// The script runs as the fixture oracle runs one (tools/node-oracle.js:
// print, console, assert, assertEqual, vmExport, vmImport, the web's
// codecs, timers on a virtual clock, run after each phase as mvm runs
// them): its top level, then export 0 if it has one. Output goes to
// stdout; an uncaught error goes to stderr and the exit code is 1.
'use strict';
const fs = require('fs');
const { runScript } = require('../node-oracle.js');

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node-run.js SCRIPT.js\n');
  process.exit(2);
}
// A promise rejected with no handler is not reported by mvm either.
process.on('unhandledRejection', () => {});
runScript(file, fs.readFileSync(file, 'utf8'), 0, true).then(({ output, threw, thrown }) => {
  process.stdout.write(output.map((line) => line + '\n').join(''));
  if (threw) {
    const text = thrown && thrown.stack ? thrown.stack : String(typeof threw === 'string' ? threw : thrown);
    process.stderr.write('Uncaught: ' + text + '\n');
    process.exitCode = 1;
  }
});
