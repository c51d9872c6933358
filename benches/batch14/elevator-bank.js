// The group controller of a bank of 4 lifts in a 12-storey office block,
// simulated for 6 minutes in half-second ticks. Each call:
//  - passengers arrive from an LCG: an up-peak from the lobby in the first
//    third, inter-floor traffic in the middle, a down-peak to the lobby at
//    the end (one in about 4 ticks); each is an object in a hall queue;
//  - a new hall call goes to the car with the lowest estimated cost
//    (distance, direction, committed stops, load); calls not answered in
//    20 s are dispatched again;
//  - every car runs a state machine (idle, moving, doors opening, open,
//    closing): it stops where a rider wants out or at its assigned calls,
//    lets one person out or in per tick (8 at most), keeps its direction
//    while there are stops ahead and reverses otherwise;
//  - waits, rides, door cycles and travel are tallied per car.
const NODE_SUM = 665501;
const FLOORS = 12, CARS = 4, CAP = 8, TICKS = 720;
const IDLE = 0, MOVING = 1, OPENING = 2, OPEN = 3, CLOSING = 4;

function makeCar(id, floor) {
  return { id: id, pos: floor * 10, dir: 0, state: IDLE, timer: 0, riders: [], dwell: 0, travel: 0, starts: 0, doors: 0, carried: 0 };
}

let checked = false;

function run() {
  let seed = 8191, h = 29, spawned = 0, boarded = 0, delivered = 0, waitSum = 0, waitMax = 0, rideSum = 0, dispatches = 0;
  const rand = (n) => { seed = (seed * 48271) % 2147483647; return (seed >> 7) % n; };
  const cars = [], queues = [], assigned = [], callAt = [];
  for (let c = 0; c < CARS; c++) cars.push(makeCar(c, c * 3));
  for (let k = 0; k < FLOORS * 2; k++) { queues.push([]); assigned.push(-1); callAt.push(0); }
  const key = (floor, dir) => floor * 2 + (dir > 0 ? 0 : 1);
  const floorOf = (car) => (car.pos / 10) | 0;
  const wantsStop = (car, f) => {
    for (let i = 0; i < car.riders.length; i++) if (car.riders[i].to === f) return true;
    return assigned[f * 2] === car.id || assigned[f * 2 + 1] === car.id;
  };
  const stopsBeyond = (car, f, dir) => {
    for (let g = f + dir; g >= 0 && g < FLOORS; g += dir) if (wantsStop(car, g)) return true;
    return false;
  };
  const cost = (car, f, dir) => {
    const cf = floorOf(car), d = f > cf ? f - cf : cf - f;
    let c = d * 4;
    if (car.dir !== 0 && (car.dir !== dir || (f - cf) * car.dir < 0)) {
      const turn = car.dir > 0 ? FLOORS - 1 : 0;
      c = ((turn > cf ? turn - cf : cf - turn) + (turn > f ? turn - f : f - turn)) * 4;
    }
    for (let k = 0; k < FLOORS * 2; k++) if (assigned[k] === car.id) c += 6;
    c += car.riders.length * 3 + (car.riders.length >= CAP ? 40 : 0);
    return c;
  };
  const dispatch = (k, t) => {
    const f = k >> 1, dir = (k & 1) === 0 ? 1 : -1;
    let best = 0, bestCost = 1e9;
    for (let c = 0; c < CARS; c++) { const v = cost(cars[c], f, dir); if (v < bestCost) { bestCost = v; best = c; } }
    assigned[k] = best; callAt[k] = t; dispatches += 1;
  };
  const spawn = (t) => {
    if (rand(4) !== 0) return;
    let from = 0, to = 0;
    if (t < 240) { from = rand(10) < 7 ? 0 : 1 + rand(FLOORS - 1); to = 1 + rand(FLOORS - 1); }
    else if (t < 480) { from = rand(FLOORS); to = rand(FLOORS); }
    else { from = 1 + rand(FLOORS - 1); to = rand(10) < 7 ? 0 : rand(FLOORS); }
    if (from === to) return;
    queues[key(from, to > from ? 1 : -1)].push({ from: from, to: to, t0: t, tIn: -1 });
    spawned += 1;
  };
  const transfer = (car, t) => {                   // one person out, else one in; false when nobody moves
    const f = floorOf(car), riders = car.riders;
    for (let i = 0; i < riders.length; i++)
      if (riders[i].to === f) {
        const p = riders[i];
        riders[i] = riders[riders.length - 1]; riders.length -= 1;
        delivered += 1; rideSum += t - p.tIn; car.carried += 1;
        return true;
      }
    const dir = car.dir !== 0 ? car.dir : (queues[key(f, 1)].length > 0 ? 1 : -1);
    const q = queues[key(f, dir)];
    if (q.length === 0 || riders.length >= CAP) {                 // answered: drop calls with nobody left
      for (let k = f * 2; k < f * 2 + 2; k++) if (assigned[k] === car.id && queues[k].length === 0) assigned[k] = -1;
      return false;
    }
    const p = q[0];
    for (let i = 1; i < q.length; i++) q[i - 1] = q[i];
    q.length -= 1;
    p.tIn = t; riders.push(p); boarded += 1; car.dir = dir;
    waitSum += t - p.t0; if (t - p.t0 > waitMax) waitMax = t - p.t0;
    return true;
  };
  const chooseDir = (car) => {
    const f = floorOf(car);
    if (car.dir !== 0 && stopsBeyond(car, f, car.dir)) return car.dir;
    if (car.dir !== 0 && stopsBeyond(car, f, -car.dir)) return -car.dir;
    if (stopsBeyond(car, f, 1)) return 1;
    return stopsBeyond(car, f, -1) ? -1 : 0;
  };
  const step = (car, t) => {
    switch (car.state) {
      case IDLE:
        if (wantsStop(car, floorOf(car))) { car.state = OPENING; car.timer = 2; }
        else { car.dir = chooseDir(car); if (car.dir !== 0) { car.state = MOVING; car.starts += 1; car.timer = 2; } }
        break;
      case MOVING:
        if (car.timer > 0) { car.timer -= 1; break; }               // starting up
        car.pos += car.dir * 5; car.travel += 5;
        if (car.pos % 10 === 0 && wantsStop(car, floorOf(car))) { car.state = OPENING; car.timer = 2; }
        else if (car.pos % 10 === 0 && !stopsBeyond(car, floorOf(car), car.dir)) { car.state = IDLE; car.dir = 0; }
        break;
      case OPENING:
        car.timer -= 1;
        if (car.timer <= 0) { car.state = OPEN; car.dwell = 0; car.doors += 1; }
        break;
      case OPEN:
        car.dwell += 1;
        if (!transfer(car, t) && car.dwell >= 3) { car.state = CLOSING; car.timer = 2; }
        break;
      case CLOSING:
        car.timer -= 1;
        if (car.timer > 0) break;
        car.dir = chooseDir(car);
        if (car.dir === 0) car.state = IDLE; else { car.state = MOVING; car.starts += 1; car.timer = 1; }
        break;
    }
  };
  for (let t = 0; t < TICKS; t++) {
    spawn(t);
    for (let k = 0; k < FLOORS * 2; k++)
      if (queues[k].length > 0 && (assigned[k] < 0 || t - callAt[k] >= 40)) dispatch(k, t);
    for (let c = 0; c < CARS; c++) step(cars[c], t);
  }
  let waiting = 0;
  for (let k = 0; k < FLOORS * 2; k++) waiting += queues[k].length;
  for (let c = 0; c < CARS; c++) {
    const car = cars[c];
    h = (h * 31 + car.travel) % 1000003;
    h = (h * 31 + car.starts * 1000 + car.doors * 10 + car.riders.length) % 1000003;
    h = (h * 31 + car.carried * 100 + floorOf(car)) % 1000003;
  }
  h = (h * 31 + spawned * 1000 + boarded) % 1000003;
  h = (h * 31 + waitSum % 1000003) % 1000003;
  h = (h * 31 + rideSum % 1000003) % 1000003;
  h = (h * 31 + waitMax * 1000 + dispatches) % 1000003;
  const line = 'elevator-bank passengers=' + spawned + ' boarded=' + boarded + ' delivered=' + delivered + ' waiting=' + waiting +
    ' wait=' + ((waitSum * 5 / boarded) | 0) + 'ds max=' + waitMax * 5 + 'ds ride=' + ((rideSum * 5 / delivered) | 0) + 'ds dispatches=' + dispatches +
    ' carried=' + cars[0].carried + '/' + cars[1].carried + '/' + cars[2].carried + '/' + cars[3].carried + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
