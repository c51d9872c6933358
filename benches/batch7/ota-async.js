// The over-the-air update agent of a connected device, written the way
// an SDK with async/await encourages. Every step is an async function:
// fetching a 16-byte chunk over the link (with simulated latency from an
// awaited clock), checking its CRC-16, erasing and programming flash pages,
// and reading the slot back for the final image CRC. A retry helper awaits
// an arrow function per attempt inside try/catch and backs off
// exponentially; a fault plan keyed by template strings
// (`s${session}c${chunk}a${attempt}`) injects timeouts, short packets and
// corrupt bytes. Manifests sit in a catalogue keyed by version text and are
// validated with typeof checks, a bootloader requirement and anti-rollback
// rules. Listeners (arrow closures in an event table) log progress, count
// retries by error code, and one of them simulates a power cut at 50%; the
// next session resumes from the offset saved in NVS. One call runs a
// campaign of eight sessions: clean, flaky, incompatible, downgrade, power
// loss, resume, dead link and unknown image. Everything after the first
// await runs from the job queue once run() has returned (Microvium drains
// the queue inside the same mvm_call), so the checksum is printed and
// checked by the async code itself; run() returns the number of sessions
// it starts. All state of a campaign lives in one env object.
const CHUNK = 16;
const CRC_TAB = [];
for (let i = 0; i < 256; i++) {
  let c = i << 8;
  for (let k = 0; k < 8; k++) c = (c & 0x8000) !== 0 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  CRC_TAB.push(c);
}
function crcUpdate(crc, b) { return ((crc << 8) & 0xffff) ^ CRC_TAB[((crc >> 8) ^ b) & 255]; }
function verText(v) { return `${v[0]}.${v[1]}.${v[2]}`; }
function verCmp(a, b) {
  for (let i = 0; i < 3; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}
// The firmware image of a version, generated rather than stored.
function chunkByte(v, idx, k) {
  const x = (v[0] * 131 + v[1] * 31 + v[2] * 7 + idx * 17 + k * 5) & 255;
  return (x * 73 + (x >> 3) + idx) & 255;
}

// The update server's catalogue, built at load time: 'v1.5.0' -> manifest.
const CATALOG = {};
function publish(v, chunks, minBoot, sec) {
  const ccrc = [];
  let crc = 0xffff;
  for (let idx = 0; idx < chunks; idx++) {
    let c = 0xffff;
    for (let k = 0; k < CHUNK; k++) {
      const b = chunkByte(v, idx, k);
      c = crcUpdate(c, b);
      crc = crcUpdate(crc, b);
    }
    ccrc.push(c);
  }
  CATALOG['v' + verText(v)] = { ver: v, kind: 'app', chunks: chunks, size: chunks * CHUNK, minBoot: minBoot, sec: sec, crc: crc, ccrc: ccrc };
}
publish([1, 4, 2], 12, 1, 2);
publish([1, 5, 0], 12, 2, 3);
publish([1, 6, 0], 14, 2, 3);
publish([2, 0, 0], 16, 3, 4);
publish([1, 2, 0], 10, 1, 1);
publish([1, 6, 1], 14, 2, 3);
publish([1, 7, 0], 14, 2, 4);
CATALOG['v1.6.0'].minBoot = 2;

const FAULTS = {
  s1c2a0: 'timeout', s1c5a0: 'timeout', s1c5a1: 'timeout', s1c9a0: 'crc', s1c9a1: 'short', s1c13a0: 'crc',
  s4c1a0: 'crc',
  s5c8a0: 'timeout', s5c8a1: 'crc',
  s6c4a0: 'timeout', s6c4a1: 'timeout', s6c4a2: 'crc', s6c4a3: 'timeout'
};
const PLAN = [[1, 5, 0], [1, 6, 0], [2, 0, 0], [1, 2, 0], [1, 6, 1], [1, 6, 1], [1, 7, 0], [9, 9, 9]];

// Everything a campaign changes lives in its env object (simulated clock,
// flash, listeners), so campaigns that overlap in the job queue stay apart.
function makeEnv() {
  const env = { clock: 0, listeners: {}, flash: { pages: [], erased: [], writes: 0, erases: 0 } };
  for (let p = 0; p < 16; p++) {
    const page = [];
    for (let k = 0; k < CHUNK; k++) page.push(255);
    env.flash.pages.push(page);
    env.flash.erased.push(true);
  }
  return env;
}
async function wait(env, ms) {
  env.clock += ms;
  return env.clock;
}
function on(env, evt, fn) {
  const k = 'e_' + evt;
  if (env.listeners[k] === undefined) env.listeners[k] = [];
  env.listeners[k].push(fn);
}
function emit(evt, sess, arg) {
  const l = sess.env.listeners['e_' + evt];
  if (l !== undefined) {
    for (let i = 0; i < l.length; i++) l[i](sess, arg);
  }
}

async function fetchChunk(sess, man, idx, attempt) {
  await wait(sess.env, 20);
  const fault = FAULTS[`s${sess.id}c${idx}a${attempt}`];
  if (fault === 'timeout') {
    await wait(sess.env, 500);
    throw { code: 'E_TIMEOUT', idx: idx };
  }
  const n = fault === 'short' ? CHUNK - 5 : CHUNK;
  const data = [];
  for (let k = 0; k < n; k++) data.push(chunkByte(man.ver, idx, k));
  if (fault === 'crc') data[7] ^= 0x40;
  await wait(sess.env, n);
  return { idx: idx, data: data };
}
async function receive(sess, man, idx, attempt) {
  const pkt = await fetchChunk(sess, man, idx, attempt);
  if (pkt.idx !== idx) throw { code: 'E_SEQ', fatal: true };
  if (pkt.data.length !== CHUNK) throw { code: 'E_SHORT', idx: idx };
  let c = 0xffff;
  for (let k = 0; k < CHUNK; k++) c = crcUpdate(c, pkt.data[k]);
  if (c !== man.ccrc[idx]) throw { code: 'E_CRC', idx: idx };
  return pkt.data;
}
// Calls attempt(a) until one succeeds. (Microvium 8 loses an exception
// thrown by the expression of a `return` inside `try`, so the result is
// stored and returned after the loop.)
async function withRetry(sess, attempt, tries) {
  let result = null, last = '', a = 0;
  while (a < tries) {
    try {
      result = await attempt(a);
      a = tries + 1;
    } catch (e) {
      if (e.fatal === true) throw e;
      last = e.code;
      sess.retries++;
      emit('retry', sess, e.code);
      await wait(sess.env, 50 * 2 ** a);
      a++;
    }
  }
  if (a === tries) throw { code: 'E_RETRIES', last: last };
  return result;
}

async function erasePage(env, p) {
  await wait(env, 8);
  env.flash.erased[p] = true;
  env.flash.erases++;
}
async function writePage(env, p, data) {
  const flash = env.flash;
  await wait(env, 3);
  if (flash.erased[p] !== true) throw { code: 'E_NOTERASED', fatal: true };
  const page = flash.pages[p];
  for (let k = 0; k < CHUNK; k++) page[k] = data[k];
  flash.erased[p] = false;
  flash.writes++;
}
async function verifySlot(env, man) {
  let crc = 0xffff;
  for (let p = 0; p < man.chunks; p++) {
    await wait(env, 1);
    const page = env.flash.pages[p];
    for (let k = 0; k < CHUNK; k++) crc = crcUpdate(crc, page[k]);
  }
  return crc;
}

function validate(man) {
  if (typeof man !== 'object' || man === null) throw { code: 'E_MANIFEST' };
  if (typeof man.kind !== 'string' || man.kind !== 'app') throw { code: 'E_MANIFEST' };
  if (typeof man.chunks !== 'number' || man.chunks < 1 || man.chunks > 16) throw { code: 'E_MANIFEST' };
  if (typeof man.crc !== 'number' || typeof man.ver !== 'object' || man.ver.length !== 3) throw { code: 'E_MANIFEST' };
  if (man.size !== man.chunks * CHUNK || man.ccrc.length !== man.chunks) throw { code: 'E_MANIFEST' };
}

// Makes the per-chunk attempt closure. (In Microvium 8 a closure made in a
// loop body of an async function, over that body's variables, breaks once
// the loop awaits, so the closure is made here, outside the async function.)
function attemptFor(sess, man, idx) {
  return (a) => receive(sess, man, idx, a);
}

async function update(env, dev, id, target) {
  const sess = { env: env, id: id, target: verText(target), retries: 0, chunks: 0, result: '', quarter: 0 };
  emit('start', sess, sess.target);
  try {
    const man = CATALOG['v' + sess.target];
    if (man === undefined) throw { code: 'E_NOIMG' };
    validate(man);
    if (man.minBoot > dev.boot) throw { code: 'E_BOOT' };
    if (man.sec < dev.sec || verCmp(man.ver, dev.ver) <= 0) throw { code: 'E_ROLLBACK' };
    let start = 0;
    if (dev.nvs.target === sess.target) {
      start = dev.nvs.next;
      emit('resume', sess, start);
    }
    for (let p = start; p < man.chunks; p++) await erasePage(env, p);
    for (let idx = start; idx < man.chunks; idx++) {
      const data = await withRetry(sess, attemptFor(sess, man, idx), 4);
      await writePage(env, idx, data);
      sess.chunks++;
      dev.nvs.target = sess.target;
      dev.nvs.next = idx + 1;
      emit('progress', sess, ((idx + 1) * 100 / man.chunks) | 0);
    }
    const crc = await verifySlot(env, man);
    if (crc !== man.crc) throw { code: 'E_IMAGE' };
    dev.ver = man.ver;
    dev.sec = man.sec;
    dev.nvs.target = '';
    dev.nvs.next = 0;
    dev.boots++;
    dev.slotCrc = crc;
    sess.result = 'ok';
    emit('done', sess, verText(man.ver));
  } catch (e) {
    sess.result = e.code;
    if (e.code !== 'E_POWER') {
      dev.nvs.target = '';
      dev.nvs.next = 0;
    }
    emit('fail', sess, e.code);
  }
  return sess;
}

let checked = false;
let expected = 0;

function registerListeners(env, stats) {
  on(env, 'start', (s, v) => { stats.journal.push(`#${s.id} start ${v}`); });
  on(env, 'progress', (s, pct) => {
    // log every quarter
    const q = (pct / 25) | 0;
    if (q !== s.quarter) {
      s.quarter = q;
      stats.journal.push(`#${s.id} ${pct}%`);
      stats.marks += q;
    }
  });
  let armed = true;
  on(env, 'progress', (s, pct) => {
    if (armed && s.id === 4 && pct >= 50) {
      armed = false;
      throw { code: 'E_POWER' };
    }
  });
  on(env, 'retry', (s, code) => {
    const k = 'r_' + code;
    stats.retries[k] = (stats.retries[k] === undefined ? 0 : stats.retries[k]) + 1;
  });
  on(env, 'resume', (s, at) => { stats.journal.push(`#${s.id} resume@${at}`); stats.resumed += at; });
  on(env, 'done', (s, v) => { stats.journal.push(`#${s.id} now ${v}`); stats.ok++; });
  on(env, 'fail', (s, code) => { stats.journal.push(`#${s.id} ${code}`); stats.failed++; });
}

async function campaign(env) {
  const dev = { ver: [1, 4, 2], sec: 2, boot: 2, boots: 0, slotCrc: 0, nvs: { target: '', next: 0 } };
  const stats = { journal: [], retries: {}, marks: 0, resumed: 0, ok: 0, failed: 0 };
  registerListeners(env, stats);
  let results = '', sum = 0;
  for (let s = 0; s < PLAN.length; s++) {
    const sess = await update(env, dev, s, PLAN[s]);
    results += (s === 0 ? '' : ',') + sess.result;
    sum = (sum * 17 + sess.retries * 5 + sess.chunks) % 1000003;
  }
  const R = stats.retries;
  const rt = `${R.r_E_TIMEOUT}/${R.r_E_CRC}/${R.r_E_SHORT}`;
  // the journal must contain these lines, in this order
  const want = ['#0 now 1.5.0', '#4 E_POWER', '#5 resume@7', '#5 now 1.6.1', '#6 E_RETRIES', '#7 E_NOIMG'];
  let w = 0;
  for (let i = 0; i < stats.journal.length; i++) {
    if (w < want.length && stats.journal[i] === want[w]) w++;
  }
  const flash = env.flash;
  const r = (sum + env.clock * 3 + flash.writes * 101 + flash.erases * 7 + dev.slotCrc + stats.marks * 11 + stats.resumed +
    stats.journal.length * 13 + w * 1000 + dev.boots) % 1000003;
  if (!checked) {
    checked = true;
    expected = r;
    print(`ota-async ${verText(dev.ver)} [${results}] retries=${rt} log=${stats.journal.length} seen=${w}/${want.length} t=${env.clock}ms w=${flash.writes} e=${flash.erases} crc=${dev.slotCrc} ${r}`);
  }
  assertEqual(r, expected);
}

function run() {
  campaign(makeEnv());
  return PLAN.length;
}
vmExport(0, run);
