// setTimeout and setInterval on a clock the host keeps: a device's host
// calls `Vm::run_timers` with the time gone by (reserved export 0xFFF6,
// `$mvmRunTimer`), which runs each timer then due, one call each (so
// promise jobs run between them, as in JavaScript). `mvm run` and
// `mvm test` run them on a virtual clock after the top level and after
// each call, as Node would; a snapshot keeps the timers still waiting.
// `Date.now()` tells the host's clock how far this clock has moved, for a
// host that runs timers without waiting for them to add.
const $mvmTimers = [];
let $mvmTimerIds = 0;
let $mvmClock = 0;
function $mvmAddTimer(callback, delay, args, every) {
  if (typeof callback !== 'function') {
    throw new TypeError('The "callback" argument must be of type function');
  }
  delay = +delay;
  // (As Node: a delay under 1 ms, or past 2^31 - 1, is 1 ms.)
  if (!(delay >= 1 && delay <= 2147483647)) delay = 1;
  delay = Math.trunc(delay);
  const id = ++$mvmTimerIds;
  $mvmTimers.push({ id, due: $mvmClock + delay, callback, args, every: every ? delay : 0 });
  return id;
}
globalThis.setTimeout = function setTimeout(callback, delay, ...args) {
  return $mvmAddTimer(callback, delay, args, false);
};
globalThis.setInterval = function setInterval(callback, delay, ...args) {
  return $mvmAddTimer(callback, delay, args, true);
};
function $mvmClearTimer(id) {
  for (let i = 0; i < $mvmTimers.length; i++) {
    if ($mvmTimers[i].id === id) {
      $mvmTimers.splice(i, 1);
      return;
    }
  }
}
globalThis.clearTimeout = function clearTimeout(id) {
  $mvmClearTimer(id);
};
globalThis.clearInterval = function clearInterval(id) {
  $mvmClearTimer(id);
};
// Moves the clock on by `elapsed` ms (undefined: to the next timer's
// time), then runs the earliest timer due (the first set among equals):
// whether one ran.
function $mvmRunTimer(elapsed) {
  let next = -1;
  for (let i = 0; i < $mvmTimers.length; i++) {
    if (next < 0 || $mvmTimers[i].due < $mvmTimers[next].due) next = i;
  }
  if (elapsed === undefined) {
    if (next >= 0 && $mvmTimers[next].due > $mvmClock) $mvmClock = $mvmTimers[next].due;
  } else {
    $mvmClock += elapsed;
  }
  if (next < 0 || $mvmTimers[next].due > $mvmClock) return false;
  const timer = $mvmTimers[next];
  if (timer.every > 0) timer.due += timer.every;
  else $mvmTimers.splice(next, 1);
  timer.callback(...timer.args);
  return true;
}
vmExport(0xfff6, $mvmRunTimer);
globalThis.$mvmTimersClock = function timersClock() {
  return $mvmClock;
};
