#!/usr/bin/env node
// node-run.js — runs an mvm-style script under Node's `vm` module, for
// differential testing against `mvm run SCRIPT --call 0`.
//
// Usage: node tools/difftest/node-run.js SCRIPT.js
// Globals: print(x), console.log(...args), assert(cond, msg?), assertEqual(a, b),
// vmExport(id, fn), vmImport(id). After the top level, export 0 (if any) is
// called with no arguments. Output goes to stdout; an uncaught error goes to
// stderr and the exit code is 1.
'use strict';
const fs = require('fs');
const vm = require('vm');
const util = require('util');

const file = process.argv[2];
if (!file) { process.stderr.write('usage: node-run.js SCRIPT.js\n'); process.exit(2); }
const source = fs.readFileSync(file, 'utf8');

let out = '';
const exportsTable = new Map();
const sandbox = {
  print(x) { out += String(x) + '\n'; },
  // Node's own formatting, as `node` itself prints console.log.
  console: { log(...args) { out += util.format(...args) + '\n'; } },
  assert(cond, message) {
    if (!cond) throw new Error(message === undefined ? 'assertion failed' : String(message));
  },
  assertEqual(a, b) {
    if (!Object.is(a, b) && a !== b) throw new Error('assertEqual failed: ' + String(a) + ' !== ' + String(b));
  },
  vmExport(id, fn) { exportsTable.set(id, fn); },
  vmImport(id) {
    return function imported() { throw new Error('vmImport(' + id + ') is not available in node-run'); };
  },
};
const ctx = vm.createContext(sandbox);
let rc = 0;
try {
  vm.runInContext(source, ctx, { filename: file, timeout: 10000 });
  if (exportsTable.has(0)) {
    const fn = exportsTable.get(0);
    fn();
  }
} catch (e) {
  rc = 1;
  process.stderr.write('Uncaught: ' + (e && e.stack ? e.stack : String(e)) + '\n');
}
process.stdout.write(out);
process.exitCode = rc;
