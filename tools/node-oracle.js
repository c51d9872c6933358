#!/usr/bin/env node
// node-oracle.js — runs mvm fixture scripts (`*.test.mvm.js`) under real
// Node.js to prove that their expectations are what JavaScript really does.
//
// Usage: node tools/node-oracle.js PATH...
//   Each PATH is a fixture file or a directory (searched recursively for
//   `*.test.mvm.js`). Prints `PASS path` / `FAIL path: reason` per file and a
//   final summary line `N passed, N failed` (or `N passed, N failed, N skipped`
//   when some fixtures were skipped). Exits 1 if any fixture failed.
//
// Fixture semantics (same as `mvm test`):
//   - The YAML front matter sits in a leading `/*--- ... ---*/` comment.
//   - The script's top level runs once ("build time"). If `runExportedFunction:
//     N` is given, the function passed to `vmExport(N, fn)` is then called once
//     with no arguments ("on the device").
//   - Globals: print(x), console.log/info/debug(...args) and dir(value)
//     (error, warn and assert print nothing: the error stream), assert(cond, message?),
//     assertEqual(a, b), vmExport(id, fn), vmImport(id, fallback?) (calling
//     the import calls the fallback if one was given, else throws),
//     overflowChecks (true), getHeapUsed() (always 0 here), runGC(squeeze)
//     (no-op), asyncTestComplete(ok, value), and the Microvium object:
//     isMicrovium (true), noOpFunction(), newUint8Array(n), typeCodeOf(v)
//     (Microvium's mvm_TeType numbers), getHeapUsed(), runGC().
//   - A fixture with `import`/`export` statements runs as an ES module (in
//     the same context, so with the same globals); imports resolve relative
//     to the importing file and each module is evaluated once per fixture.
//     This needs node's --experimental-vm-modules flag: without it the
//     oracle re-runs itself with the flag.
//   - Promise jobs run to completion after the top level and again after the
//     exported function, before results are checked (mvm drains its job
//     queue before control returns to the host).
//   - isAsync: true: the fixture must call asyncTestComplete(ok, value)
//     exactly once, with a truthy ok.
//   - Dates are on UTC (TZ=UTC), as mvm's are.
//   - A failed assert/assertEqual fails the fixture even if the exception it
//     throws is caught (or swallowed by a promise), as in mvm where it is a
//     host error that scripts cannot catch.
//   - expectedPrintout: whole output of both phases, compared after trimming
//     trailing whitespace of both sides.
//   - assertionCount: number of assert/assertEqual calls in both phases.
//   - expectException: the fixture passes only if the top level or the
//     exported function throws an uncaught exception whose String(value), or
//     `.message` for Error objects, equals this text.
//   - skip: true skips the fixture. description is required. nativeOnly,
//     testOnly and dontCompareDisassembly are accepted and ignored.
//
// CommonJS, Node 20, no dependencies.
'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const util = require('util');

const TIMEOUT_MS = 5000;
// Timer callbacks run after a phase, as mvm's TIMER_LIMIT.
const TIMER_LIMIT = 10000;
// Macrotask turns awaited to let queued promise jobs run. Each turn drains
// the whole microtask queue; the extra turns are a safety margin.
const DRAIN_TURNS = 3;

// Set when this process was started by re-running the oracle with
// --experimental-vm-modules (prevents re-running forever).
const REEXEC_ENV = 'MVM_NODE_ORACLE_REEXEC';

// ---------------------------------------------------------------------------
// Front matter

function extractFrontMatter(source) {
  const m = /^\s*\/\*---[ \t]*\r?\n([\s\S]*?)\r?\n?---\*\//.exec(source);
  if (!m) throw new Error('missing YAML front matter (/*--- ... ---*/) at the start of the file');
  return m[1];
}

function indentOf(line) {
  return /^ */.exec(line)[0].length;
}

// Parses the small YAML subset used by fixtures: top-level `key: scalar`
// pairs, `key: |` literal blocks and `key: >` folded blocks (with optional
// chomping indicator `-`/`+` and optional explicit indentation digit),
// booleans, null, integers, floats, single- and double-quoted strings, plain
// strings, `#` comments.
function parseYaml(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const result = {};
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*(#.*)?$/.test(line)) { i++; continue; }
    const m = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*?))?\s*$/.exec(line);
    if (!m || indentOf(line) !== 0) {
      throw new Error(`front matter line ${i + 1}: cannot parse ${JSON.stringify(line)}`);
    }
    const key = m[1];
    const rest = m[2] === undefined ? '' : m[2];
    if (Object.prototype.hasOwnProperty.call(result, key)) {
      throw new Error(`front matter line ${i + 1}: duplicate key ${key}`);
    }
    i++;
    const block = /^([|>])([+-]?)([1-9]?)([+-]?)\s*(#.*)?$/.exec(rest);
    if (block) {
      const style = block[1];
      const chomp = block[2] || block[4] || '';
      // Collect the block's lines: everything more indented than the key, plus
      // blank lines in between.
      const raw = [];
      while (i < lines.length && (lines[i].trim() === '' || indentOf(lines[i]) > 0)) {
        raw.push(lines[i]);
        i++;
      }
      let indent;
      if (block[3]) {
        indent = Number(block[3]);
      } else {
        const firstContent = raw.find(l => l.trim() !== '');
        indent = firstContent === undefined ? 0 : indentOf(firstContent);
      }
      const body = raw.map(l => (l.trim() === '' ? '' : l.slice(indent)));
      // Separate trailing blank lines (for chomping).
      let end = body.length;
      while (end > 0 && body[end - 1] === '') end--;
      const content = body.slice(0, end);
      const trailingBlank = body.length - end;
      let value;
      if (style === '|') {
        value = content.join('\n');
      } else {
        value = foldLines(content);
      }
      if (content.length === 0) {
        value = '';
      } else if (chomp === '-') {
        // strip: no trailing newline
      } else if (chomp === '+') {
        value += '\n' + '\n'.repeat(trailingBlank);
      } else {
        value += '\n';
      }
      result[key] = value;
    } else {
      result[key] = parseScalar(rest, i);
    }
  }
  return result;
}

function foldLines(content) {
  // Folded style: line breaks between non-empty, non-more-indented lines
  // become spaces; blank lines become newlines; more-indented lines are kept.
  let out = '';
  for (let k = 0; k < content.length; k++) {
    const l = content[k];
    if (k === 0) { out = l; continue; }
    const prev = content[k - 1];
    const moreIndented = l.startsWith(' ') || prev.startsWith(' ');
    if (l === '') {
      out += '\n';
    } else if (prev === '') {
      out += l;
    } else if (moreIndented) {
      out += '\n' + l;
    } else {
      out += ' ' + l;
    }
  }
  return out;
}

function parseScalar(s, lineNo) {
  if (s === '' || s === '~' || s === 'null') return null;
  if (s[0] === "'") {
    const m = /^'((?:[^']|'')*)'\s*(#.*)?$/.exec(s);
    if (!m) throw new Error(`front matter line ${lineNo}: bad single-quoted string ${s}`);
    return m[1].replace(/''/g, "'");
  }
  if (s[0] === '"') {
    const m = /^"((?:[^"\\]|\\.)*)"\s*(#.*)?$/.exec(s);
    if (!m) throw new Error(`front matter line ${lineNo}: bad double-quoted string ${s}`);
    const escapes = { n: '\n', t: '\t', r: '\r', '0': '\0', '"': '"', '\\': '\\', '/': '/', ' ': ' ' };
    return m[1].replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e) => {
      if (e[0] === 'u' || e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
      if (e in escapes) return escapes[e];
      throw new Error(`front matter line ${lineNo}: unknown escape \\${e}`);
    });
  }
  // Plain scalar: strip a trailing comment.
  const plain = s.replace(/\s+#.*$/, '').trim();
  if (plain === 'true' || plain === 'True' || plain === 'TRUE') return true;
  if (plain === 'false' || plain === 'False' || plain === 'FALSE') return false;
  if (plain === 'null' || plain === '~') return null;
  if (/^[-+]?[0-9]+$/.test(plain)) return Number(plain);
  if (/^0x[0-9a-fA-F]+$/.test(plain)) return parseInt(plain, 16);
  if (/^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/.test(plain)) return Number(plain);
  return plain;
}

// ---------------------------------------------------------------------------
// Running one fixture

// Defines the global `Microvium` object inside a fixture's context.
// Date.now() and new Date() (no arguments) at the real time plus the
// virtual clock's time (see runTimers), given a function that reads it.
const VIRTUAL_CLOCK_SETUP = `(function (waited) {
  const RealDate = Date;
  const realNow = RealDate.now;
  RealDate.now = function now() { return realNow.call(RealDate) + waited(); };
  globalThis.Date = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [RealDate.now()] : args, newTarget);
    },
  });
})`;

const MICROVIUM_SETUP = `(function () {
  const fnToString = Function.prototype.toString;
  const objToString = Object.prototype.toString;
  // Microvium's mvm_TeType codes.
  function typeCodeOf(v) {
    if (v === undefined) return 0;
    if (v === null) return 1;
    switch (typeof v) {
      case 'boolean': return 2;
      case 'number': return 3;
      case 'string': return 4;
      case 'function': return /^class\\b/.test(fnToString.call(v)) ? 9 : 5;
    }
    if (Array.isArray(v)) return 7;
    if (objToString.call(v) === '[object Uint8Array]') return 8;
    return 6;
  }
  Object.defineProperty(globalThis, 'Microvium', {
    value: {
      isMicrovium: true,
      noOpFunction: () => undefined,
      newUint8Array: n => new Uint8Array(n),
      typeCodeOf,
      getHeapUsed: () => 0,
      runGC: () => undefined,
    },
    writable: true, configurable: true, enumerable: false,
  });
})();`;

class AssertionFailure {
  constructor(message) { this.message = message; }
}

function describeValue(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Object.is(v, -0)) return '-0';
  try { return String(v); } catch (e) { return `<${typeof v}>`; }
}

function exceptionText(e) {
  if (e instanceof AssertionFailure) return `assertion failed: ${e.message}`;
  let s;
  try { s = String(e); } catch (_) { s = `<${typeof e}>`; }
  return s;
}

// True when `e` is an Error object (of any realm, including subclasses such
// as TypeError).
function isErrorObject(e) {
  return e !== null && typeof e === 'object' && Object.prototype.toString.call(e) === '[object Error]';
}

// expectException matches String(value), or `.message` of an Error object.
function exceptionMatches(e, expected) {
  if (e instanceof AssertionFailure) return false;
  try { if (String(e) === expected) return true; } catch (_) { /* ignore */ }
  try {
    if (isErrorObject(e) && e.message === expected) return true;
  } catch (_) { /* ignore */ }
  return false;
}

// Whether a fixture's source is an ES module: it has a top-level-looking
// `import` or `export` statement (not a dynamic `import(...)`).
function isModuleSource(source) {
  // (A word after `import` or `export` needs a space first: `importance =
  // 3` is a script's assignment.)
  return /^[ \t]*(?:import(?:[ \t]+[\w$*{'"]|[ \t]*[*{'"])|export(?:[ \t]+[\w$*{]|[ \t]*[*{]))/m.test(source);
}

// Lets queued promise jobs (of the fixture's context, which shares this
// process's microtask queue) run to completion.
async function drainJobs() {
  for (let i = 0; i < DRAIN_TURNS; i++) {
    await new Promise(resolve => setImmediate(resolve));
  }
}

// Runs `source` (the fixture at `file`) as an ES module in `context`.
// Imported files are loaded relative to the importing file, once each.
async function runModule(file, source, context) {
  if (typeof vm.SourceTextModule !== 'function') {
    throw new Error('ES module fixtures need node --experimental-vm-modules');
  }
  const modules = new Map();
  function load(absPath, text) {
    let m = modules.get(absPath);
    if (m === undefined) {
      let code = text === undefined ? fs.readFileSync(absPath, 'utf8') : text;
      // (A JSON file is a module whose default export is its value, as mvm
      // loads one.)
      if (absPath.endsWith('.json')) code = `export default ${code}\n;\n`;
      m = new vm.SourceTextModule(code, { identifier: absPath, context });
      modules.set(absPath, m);
    }
    return m;
  }
  function linker(specifier, referencing) {
    if (!/^\.\.?\//.test(specifier)) {
      throw new Error(`cannot import ${JSON.stringify(specifier)}: only relative paths are supported`);
    }
    return load(path.resolve(path.dirname(referencing.identifier), specifier));
  }
  const root = load(path.resolve(file), source);
  await root.link(linker);
  await root.evaluate({ timeout: TIMEOUT_MS });
}

// Runs a script (or module) as mvm runs it: its top level, the promise
// jobs and timers it leaves, then export `runExportedFunction` (when the
// script has it, if `optional`) and the jobs and timers that leaves.
// `threw` is a string where the script cannot be run as asked.
async function runScript(file, source, runExportedFunction, optional) {
  const output = [];
  let assertions = 0;
  // The first failed assertion, even if the script caught its exception.
  let assertionFailure = null;
  const asyncResults = [];
  const exports = new Map();

  function fail(message) {
    const failure = new AssertionFailure(message);
    if (assertionFailure === null) assertionFailure = failure;
    throw failure;
  }

  // The first exception a queueMicrotask callback threw, until the phase
  // reports it.
  let jobError = null;
  async function drainJobsOf() {
    await drainJobs();
    if (jobError !== null) {
      const { e } = jobError;
      jobError = null;
      throw e;
    }
  }

  const timers = [];
  let timerIds = 0;
  let clock = 0;
  function addTimer(callback, delay, args, every) {
    delay = +delay;
    if (!(delay >= 1 && delay <= 2147483647)) delay = 1;
    // (Node groups timers by whole milliseconds.)
    delay = Math.trunc(delay);
    const id = ++timerIds;
    timers.push({ id, due: clock + delay, callback, args, every: every ? delay : 0 });
    return id;
  }
  function clearTimer(id) {
    const i = timers.findIndex(t => t.id === id);
    if (i >= 0) timers.splice(i, 1);
  }
  // Runs the timers in the order of their times (the first set among
  // equals), letting promise jobs run after each; at most TIMER_LIMIT.
  async function runTimers() {
    for (let ran = 0; ran < TIMER_LIMIT && timers.length > 0; ran++) {
      let next = 0;
      for (let i = 1; i < timers.length; i++) if (timers[i].due < timers[next].due) next = i;
      const timer = timers[next];
      if (timer.due > clock) clock = timer.due;
      if (timer.every > 0) timer.due += timer.every;
      else timers.splice(next, 1);
      timer.callback(...timer.args);
      await drainJobsOf();
    }
  }

  const sandbox = {
    print(x) { output.push(String(x)); },
    // Node's own formatting, as `node` itself prints console.log.
    // (`error` and `warn` go to the error stream, which no fixture checks.)
    console: {
      log(...args) { output.push(util.format(...args)); },
      info(...args) { output.push(util.format(...args)); },
      debug(...args) { output.push(util.format(...args)); },
      error() {},
      warn() {},
      // Node's console.dir prints the value alone; a failed assert writes
      // to the error stream.
      dir(value) { output.push(util.inspect(value)); },
      assert() {},
    },
    // The web's codecs, which mvm's prelude has too (a vm context has
    // only ECMAScript's globals).
    btoa, atob, TextEncoder, TextDecoder,
    // (Node's structuredClone makes its copies in Node's realm: a fixture
    // compares what they hold, not their classes.)
    structuredClone,
    // Timers on a virtual clock, run after each phase as mvm runs them
    // (see runTimers): Node's order, without waiting.
    setTimeout(callback, delay, ...args) { return addTimer(callback, delay, args, false); },
    setInterval(callback, delay, ...args) { return addTimer(callback, delay, args, true); },
    clearTimeout(id) { clearTimer(id); },
    clearInterval(id) { clearTimer(id); },
    assert(cond, message) {
      assertions++;
      if (!cond) fail(message === undefined ? 'assert(' + describeValue(cond) + ')' : String(message));
    },
    assertEqual(a, b) {
      assertions++;
      if (!(a === b)) fail(`expected ${describeValue(a)} to equal ${describeValue(b)}`);
    },
    vmExport(id, fn) {
      if (typeof fn !== 'function') throw new TypeError(`vmExport(${id}): not a function`);
      if (exports.has(id)) throw new Error(`vmExport(${id}): already exported`);
      exports.set(id, fn);
    },
    vmImport(id, fallback) {
      // As at mvm's build time: calling the import calls the fallback.
      if (typeof fallback === 'function') {
        return function imported(...args) { return fallback(...args); };
      }
      return function imported() { throw new Error(`vmImport(${id}) is not available in the oracle`); };
    },
    // A Node global, not one of the language's, so the context lacks it.
    // What its callback throws is uncaught, as in Node (where the process
    // ends): it ends the phase, as it ends mvm's call.
    queueMicrotask(callback) {
      // (Node's TypeError for a callback that is not a function.)
      if (typeof callback !== 'function') queueMicrotask(callback);
      queueMicrotask(() => {
        try {
          callback();
        } catch (e) {
          if (jobError === null) jobError = { e };
        }
      });
    },
    getHeapUsed() { return 0; },
    runGC(squeeze) { return undefined; },
    asyncTestComplete(ok, value) {
      asyncResults.push({ ok: !!ok, value });
      if (asyncResults.length > 1) fail('asyncTestComplete called twice');
    },
  };
  const context = vm.createContext(sandbox);
  // overflowChecks: mvm, like Microvium's default build, checks integer
  // arithmetic for overflow (falling back to floats), as JavaScript does.
  Object.defineProperty(context, 'overflowChecks', { value: true, writable: true, configurable: true, enumerable: false });
  // The Microvium object is built inside the context so that its arrays and
  // functions belong to the fixture's realm.
  vm.runInContext(MICROVIUM_SETUP, context);
  // Timers run without waiting, as in mvm: the time they would have
  // waited passes for Date.now() and new Date() too, as mvm's host adds
  // it to its clock.
  vm.runInContext(VIRTUAL_CLOCK_SETUP, context)(() => clock);

  let thrown = null;
  let threw = false;
  try {
    if (isModuleSource(source)) {
      await runModule(file, source, context);
    } else {
      new vm.Script(source, { filename: file }).runInContext(context, { timeout: TIMEOUT_MS });
    }
    await drainJobsOf();
    await runTimers();
    if (runExportedFunction !== undefined && (exports.has(runExportedFunction) || !optional)) {
      const fn = exports.get(runExportedFunction);
      if (fn === undefined) {
        return { threw: `no function exported with id ${runExportedFunction}` };
      }
      // Call through the context so the timeout also guards the device phase.
      const entry = '__mvmOracleEntry__';
      Object.defineProperty(context, entry, { value: fn, configurable: true, enumerable: false, writable: true });
      try {
        vm.runInContext(`${entry}()`, context, { timeout: TIMEOUT_MS });
      } finally {
        delete context[entry];
      }
      await drainJobsOf();
      await runTimers();
    }
  } catch (e) {
    threw = true;
    thrown = e;
  }

  return { output, assertions, assertionFailure, asyncResults, threw, thrown };
}

async function runFixture(file) {
  const source = fs.readFileSync(file, 'utf8');
  let meta;
  try {
    meta = parseYaml(extractFrontMatter(source));
  } catch (e) {
    return { status: 'fail', reason: e.message };
  }
  if (meta.skip === true) return { status: 'skip' };
  if (typeof meta.description !== 'string' || meta.description.trim() === '') {
    return { status: 'fail', reason: 'front matter has no description' };
  }
  if (meta.runExportedFunction !== undefined && !Number.isInteger(meta.runExportedFunction)) {
    return { status: 'fail', reason: 'runExportedFunction must be an integer' };
  }
  if (meta.assertionCount !== undefined && !Number.isInteger(meta.assertionCount)) {
    return { status: 'fail', reason: 'assertionCount must be an integer' };
  }
  if (meta.expectException !== undefined && meta.expectException !== null) {
    meta.expectException = String(meta.expectException);
  }
  const isAsync = meta.isAsync === true;
  const { output, assertions, assertionFailure, asyncResults, threw, thrown } =
    await runScript(file, source, meta.runExportedFunction, false);
  if (typeof threw === 'string') return { status: 'fail', reason: threw };

  const problems = [];
  if (meta.expectException !== undefined && meta.expectException !== null) {
    if (!threw) problems.push(`expected exception ${JSON.stringify(meta.expectException)} but none was thrown`);
    else if (!exceptionMatches(thrown, meta.expectException)) {
      problems.push(`expected exception ${JSON.stringify(meta.expectException)} but got ${JSON.stringify(exceptionText(thrown))}`);
    }
  } else if (threw) {
    problems.push(thrown instanceof AssertionFailure ? exceptionText(thrown) : `uncaught exception: ${exceptionText(thrown)}`);
  }
  if (assertionFailure !== null && thrown !== assertionFailure) {
    problems.push(`${exceptionText(assertionFailure)} (the exception was caught by the script)`);
  }

  const actual = output.join('\n');
  if (meta.expectedPrintout !== undefined && meta.expectedPrintout !== null) {
    const want = String(meta.expectedPrintout).trimEnd();
    const got = actual.trimEnd();
    if (want !== got) {
      problems.push(`printout mismatch\n--- expected ---\n${want}\n--- actual ---\n${got}\n---`);
    }
  }
  if (isAsync) {
    if (asyncResults.length === 0) problems.push('asyncTestComplete was never called');
    else if (asyncResults.length === 1 && !asyncResults[0].ok) {
      problems.push(`asyncTestComplete(false, ${describeValue(asyncResults[0].value)})`);
    }
  }
  if (meta.assertionCount !== undefined && meta.assertionCount !== assertions) {
    problems.push(`expected ${meta.assertionCount} assertions, counted ${assertions}`);
  }
  if (problems.length === 0 && !isAsync &&
      meta.expectedPrintout === undefined && meta.expectException === undefined && assertions === 0) {
    problems.push('fixture checks nothing (no assertions, no expectedPrintout, no expectException)');
  }

  return problems.length === 0 ? { status: 'pass' } : { status: 'fail', reason: problems.join('; ') };
}

// ---------------------------------------------------------------------------
// Main

function collect(p, out) {
  let st;
  try { st = fs.statSync(p); } catch (e) {
    out.push({ file: p, missing: true });
    return;
  }
  if (st.isDirectory()) {
    const entries = fs.readdirSync(p).sort();
    for (const name of entries) {
      const full = path.join(p, name);
      const s = fs.statSync(full);
      if (s.isDirectory()) collect(full, out);
      else if (name.endsWith('.test.mvm.js')) out.push({ file: full });
    }
  } else {
    out.push({ file: p });
  }
}

async function main(argv) {
  if (argv.length === 0) {
    process.stderr.write('usage: node tools/node-oracle.js PATH...\n');
    return 2;
  }
  const files = [];
  for (const a of argv) collect(a, files);
  let passed = 0, failed = 0, skipped = 0;
  for (const { file, missing } of files) {
    let r;
    if (missing) r = { status: 'fail', reason: 'no such file or directory' };
    else {
      try { r = await runFixture(file); } catch (e) { r = { status: 'fail', reason: `oracle error: ${e && e.stack || e}` }; }
    }
    if (r.status === 'pass') { passed++; console.log(`PASS ${file}`); }
    else if (r.status === 'skip') { skipped++; console.log(`SKIP ${file}`); }
    else { failed++; console.log(`FAIL ${file}: ${r.reason}`); }
  }
  console.log(skipped > 0 ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

// Re-runs this script with --experimental-vm-modules (needed for ES module
// fixtures), passing the same arguments, sharing stdio, and exiting with the
// child's exit code.
function reexecWithVmModules() {
  const { spawnSync } = require('child_process');
  const flags = ['--experimental-vm-modules'];
  // Keep stderr free of the "VM Modules is an experimental feature" warning.
  if (process.allowedNodeEnvironmentFlags.has('--disable-warning')) {
    flags.push('--disable-warning=ExperimentalWarning');
  }
  const child = spawnSync(process.execPath, [...flags, ...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    // (On UTC, as mvm's Date is: a device keeps no time zone.)
    env: { ...process.env, [REEXEC_ENV]: '1', TZ: 'UTC' },
  });
  if (child.error) {
    process.stderr.write(`node-oracle: cannot re-run node with --experimental-vm-modules: ${child.error.message}\n`);
    return 2;
  }
  if (child.status === null) {
    process.stderr.write(`node-oracle: node was killed by ${child.signal}\n`);
    return 1;
  }
  return child.status;
}

if (require.main === module) {
  if (typeof vm.SourceTextModule !== 'function' && process.env[REEXEC_ENV] !== '1') {
    process.exitCode = reexecWithVmModules();
  } else {
    // A promise rejected with no handler is not an error in a fixture (mvm
    // ignores it too); do not let node end the process over it.
    process.on('unhandledRejection', () => {});
    main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => {
      process.stderr.write(`node-oracle: ${e && e.stack || e}\n`);
      process.exitCode = 2;
    });
  }
}

module.exports = { parseYaml, extractFrontMatter, runFixture, runScript };
