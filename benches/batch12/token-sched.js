// A rate-limited priority scheduler for radio and sensor jobs on a
// battery node. Jobs arrive from four sources (alarm, control, telemetry,
// logging), each with a priority, a deadline and a token cost. Each source
// has a token bucket (refill rate per tick, burst size); a job may run only
// when its bucket has the tokens, and a shared energy bucket caps the total
// per tick. Ready jobs wait in a binary heap ordered by priority, then by
// deadline, then by arrival. Every tick the scheduler refills the buckets,
// admits arrivals (dropping logging jobs when more than 24 jobs wait), pops
// jobs that can be paid for (a job that cannot be paid goes to a side list
// and returns next tick), runs at most 3 per tick out of at most 6 popped,
// and expires jobs whose deadline has passed. Job bodies are closures;
// sources are object literals holding arrow functions. 300 ticks per call.
const NODE_SUM = 445196;

function makeBucket(rate, burst) {
  let tokens = burst;                        // in 1/100 token
  return {
    refill: () => { tokens = tokens + rate > burst ? burst : tokens + rate; },
    take: (n) => { if (tokens < n) return false; tokens -= n; return true; },
    level: () => tokens,
  };
}

// heap of jobs; a job is [prio, deadline, seq, source, cost, body]
function before(a, b) {
  if (a[0] !== b[0]) return a[0] > b[0];
  if (a[1] !== b[1]) return a[1] < b[1];
  return a[2] < b[2];
}
function heapPush(hp, job) {
  hp.push(job);
  let i = hp.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!before(hp[i], hp[p])) break;
    const t = hp[i]; hp[i] = hp[p]; hp[p] = t;
    i = p;
  }
}
function heapPop(hp) {
  const top = hp[0], last = hp[hp.length - 1];
  hp.length = hp.length - 1;
  if (hp.length > 0) {
    hp[0] = last;
    let i = 0;
    while (true) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < hp.length && before(hp[l], hp[m])) m = l;
      if (r < hp.length && before(hp[r], hp[m])) m = r;
      if (m === i) break;
      const t = hp[i]; hp[i] = hp[m]; hp[m] = t;
      i = m;
    }
  }
  return top;
}

let checked = false;

function run() {
  let seed = 4242;
  const rnd = (n) => { seed = (seed * 1103 + 4111) % 32768; return seed % n; };
  const stats = [];                          // per source: arrived, ran, late, dropped, deferred
  for (let s = 0; s < 4; s++) stats.push([0, 0, 0, 0, 0]);
  let work = 0, radioOn = 0;
  const sources = [
    { name: 'alarm', prio: 9, slack: 5, cost: 300, bucket: makeBucket(20, 900), arrive: (t) => t % 61 === 17 || (t > 200 && t < 240 && t % 7 === 0) },
    { name: 'ctrl', prio: 6, slack: 10, cost: 150, bucket: makeBucket(60, 600), arrive: (t) => t % 5 === 0 },
    { name: 'telem', prio: 3, slack: 40, cost: 400, bucket: makeBucket(90, 1200), arrive: (t) => rnd(100) < 22 },
    { name: 'log', prio: 1, slack: 200, cost: 100, bucket: makeBucket(30, 300), arrive: (t) => rnd(100) < 35 },
  ];
  const bodies = [
    (t, j) => { radioOn += 3; return j[2] % 7; },
    (t, j) => { work += (t * 3 + j[2]) % 11; return 1; },
    (t, j) => { radioOn += 8; work += j[4] / 100; return 2; },
    (t, j) => { work += 1; return 0; },
  ];
  const energy = makeBucket(500, 2000);
  const ready = [];
  let waiting = [], seq = 0, h = 23, maxQ = 0;
  for (let t = 0; t < 300; t++) {
    for (let s = 0; s < sources.length; s++) sources[s].bucket.refill();
    energy.refill();
    for (let i = 0; i < waiting.length; i++) heapPush(ready, waiting[i]);
    waiting = [];
    for (let s = 0; s < sources.length; s++) {
      const src = sources[s];
      if (src.arrive(t)) {
        stats[s][0] += 1;
        if (s === 3 && ready.length > 24) stats[s][3] += 1;
        else { seq++; heapPush(ready, [src.prio, t + src.slack, seq, s, src.cost, bodies[s]]); }
      }
    }
    if (ready.length > maxQ) maxQ = ready.length;
    let ran = 0, tries = 0;
    while (ran < 3 && tries < 6 && ready.length > 0) {
      const job = heapPop(ready), s = job[3];
      tries++;
      if (job[1] < t) { stats[s][2] += 1; }
      else if (sources[s].bucket.level() >= job[4] && energy.take(job[4])) {
        sources[s].bucket.take(job[4]);
        const r = job[5](t, job);
        stats[s][1] += 1; ran++;
        h = (h * 31 + t % 97 + r * 100 + s) % 1000003;
      } else { stats[s][4] += 1; waiting.push(job); }
    }
  }
  let line = 'token-sched ticks=300';
  for (let s = 0; s < 4; s++) {
    line += ' ' + sources[s].name + '=' + stats[s][0] + '/' + stats[s][1] + '/' + stats[s][2] + '/' + stats[s][3];
    for (let k = 0; k < 5; k++) h = (h * 31 + stats[s][k]) % 1000003;
  }
  h = (h * 31 + (work | 0) + radioOn + maxQ) % 1000003;
  line += ' work=' + (work | 0) + ' radio=' + radioOn + ' maxq=' + maxQ + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
