// Cooperative task scheduler with mailboxes and timeouts. Each call creates
// six tasks (object literals) and four queues (class Queue) and runs them
// for 300 ticks. A task's body is a closure made by a factory; it runs
// when its sleep ends, when a message arrives in the queue it waits on, or
// when that wait times out, and it then says what to wait for next. A sensor posts a
// burst of 3 readings every 3 or 4 ticks; a filter averages them, forwards
// every fourth average and stalls for 4 ticks after every sixteenth reading
// (a flash write), so its queue overflows; a logger formats text lines
// ('t123 avg=456') into a ring of 6 strings; a client sends numbered
// requests and waits 5 ticks for the reply; a server answers after a delay
// that depends on the request and ignores every fifth one, so the client
// sees timeouts and stale replies; a watchdog checks every 20 ticks that the
// filter and client have kicked it. Every message is a new 5-element array
// [source, kind, value, time, sequence], and queues compact into a new
// array when their consumed head grows.
class Queue {
  constructor(name, cap) { this.name = name; this.items = []; this.head = 0; this.cap = cap; this.drops = 0; this.peak = 0; }
  size() { return this.items.length - this.head; }
  put(m) {
    if (this.size() >= this.cap) { this.drops += 1; return false; }
    this.items.push(m);
    if (this.size() > this.peak) this.peak = this.size();
    return true;
  }
  take() {
    const m = this.items[this.head];
    this.head += 1;
    if (this.head >= 8 && this.head * 2 >= this.items.length) {
      const rest = [];
      for (let i = this.head; i < this.items.length; i++) rest.push(this.items[i]);
      this.items = rest; this.head = 0;
    }
    return m;
  }
}
function makeTask(name, body) { return { name, body, wake: 0, q: null, deadline: -1, runs: 0, timeouts: 0 }; }
function sleep(t, now, n) { t.wake = now + n; t.q = null; }
function recv(t, q, now, timeout) { t.q = q; t.deadline = timeout < 0 ? -1 : now + timeout; }
function msg(src, kind, val, t, seq) { return [src, kind, val, t, seq]; }

function sensor(k) {
  let n = 0;
  return (task, now) => {
    for (let j = 0; j < 3; j++) {
      n += 1;
      k.filt.put(msg(task.name, 1, 500 + ((n * 37) % 101) - ((n * 11) % 23) * 4, now, n));
    }
    sleep(task, now, 3 + (n % 2));
  };
}
function filter(k) {
  const win = [0, 0, 0, 0];
  let n = 0;
  return (task, now, m) => {
    if (m !== null) {
      win[n & 3] = m[2]; n += 1; k.kicks += 1;
      if ((n & 3) === 0) k.log.put(msg(task.name, 2, (win[0] + win[1] + win[2] + win[3]) >> 2, now, n));
    }
    if (m !== null && (n & 15) === 0) sleep(task, now, 4);
    else recv(task, k.filt, now, 10);
  };
}
function logger(k) {
  return (task, now, m) => {
    let line = 't' + now + ' idle';
    if (m !== null) line = 't' + m[3] + (m[1] === 2 ? ' avg=' : ' rtt=') + m[2];
    k.lines[k.nLines % 6] = line;
    k.nLines += 1;
    recv(task, k.log, now, 25);
  };
}
function client(k) {
  let seq = 0, sentAt = 0, waiting = false;
  return (task, now, m) => {
    if (waiting) {
      if (m === null) { k.lost += 1; waiting = false; }
      else if (m[4] !== seq) {
        k.stale += 1;
        let rem = sentAt + 5 - now;
        if (rem < 0) rem = 0;
        recv(task, k.reply, now, rem);
        return;
      } else { k.ok += 1; k.kicks += 1; waiting = false; k.log.put(msg(task.name, 3, now - sentAt, now, seq)); }
    }
    if (now % 7 === 0) {
      seq += 1; sentAt = now; waiting = true;
      k.srv.put(msg(task.name, 4, seq * 3, now, seq));
      recv(task, k.reply, now, 5);
    } else sleep(task, now, 7 - now % 7);
  };
}
function server(k) {
  let pending = null;
  return (task, now, m) => {
    if (pending !== null) { k.reply.put(msg(task.name, 5, pending[2] + 1, now, pending[4])); pending = null; }
    if (m !== null && m[4] % 5 !== 0) { pending = m; sleep(task, now, 1 + (m[4] * 7) % 6); }
    else recv(task, k.srv, now, -1);
  };
}
function watchdog(k) {
  return (task, now) => {
    if (now > 0 && k.kicks === k.lastKicks) k.misses += 1;
    k.lastKicks = k.kicks;
    sleep(task, now, 20);
  };
}

// checksum computed in node
const NODE_SUM = 383219;
let checked = false, expected = 0;
function run() {
  const k = {
    filt: new Queue('filt', 6), log: new Queue('log', 4), srv: new Queue('srv', 3), reply: new Queue('reply', 2),
    lines: ['', '', '', '', '', ''], nLines: 0, kicks: 0, lastKicks: 0, misses: 0, ok: 0, lost: 0, stale: 0
  };
  const tasks = [makeTask('sensor', sensor(k)), makeTask('filter', filter(k)), makeTask('logger', logger(k)),
    makeTask('client', client(k)), makeTask('server', server(k)), makeTask('watchdog', watchdog(k))];
  for (let now = 0; now < 300; now++) {
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i];
      if (t.q !== null) {
        if (t.q.size() > 0) { const q = t.q; t.q = null; t.runs += 1; t.body(t, now, q.take()); }
        else if (t.deadline >= 0 && now >= t.deadline) { t.q = null; t.timeouts += 1; t.runs += 1; t.body(t, now, null); }
      } else if (now >= t.wake) { t.runs += 1; t.body(t, now, null); }
    }
  }
  let h = 7;
  for (let i = 0; i < tasks.length; i++) h = (h * 31 + tasks[i].runs * 3 + tasks[i].timeouts) % 1000003;
  const qs = [k.filt, k.log, k.srv, k.reply];
  for (let i = 0; i < 4; i++) h = (h * 17 + qs[i].drops * 5 + qs[i].peak) % 1000003;
  h = (h + k.nLines * 101 + k.misses * 13 + k.ok * 7 + k.lost * 3 + k.stale) % 1000003;
  const last = k.lines[(k.nLines + 5) % 6];
  if (!checked) {
    checked = true;
    expected = h;
    print(`coop-mailbox lines=${k.nLines} last="${last}" ok=${k.ok} lost=${k.lost} stale=${k.stale} misses=${k.misses} drops=${k.filt.drops}/${k.log.drops}/${k.srv.drops}/${k.reply.drops} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
