// The controller of a building's RFID door access, which keeps everything
// in sorted arrays and searches them. Badge numbers (24-bit) are held in a
// sorted list with a parallel array of access groups; each swipe is a binary
// search. New badges are enrolled by binary insertion (shifting the tail),
// revoked ones removed the same way. The time schedules per group are
// sorted intervals searched with a lower bound. Anti-passback keeps the
// badges currently inside in a second sorted list. The event log of the
// call (about 500 swipes over a working day) is then sorted four ways, each
// with the algorithm a small controller would use: a bottom-up merge sort
// by door and time (stable), an insertion sort of the denied events by
// badge, a heap sort of per-badge swipe counts to find the 10 busiest, and
// a quickselect for the median time between swipes at the main door. Range
// queries count the events between two times with two lower bounds, and a
// sorted-merge finds badges seen at both the lab and the server room.
const NODE_SUM = 268686;
const DOORS = 6, GROUPS = 5;
// per group: sorted [from, to) minute intervals of the day when doors open for it
const SCHED = [[[420, 1140]], [[480, 720], [780, 1080]], [[360, 600], [900, 1320]], [[0, 1440]], [[540, 660], [840, 960]]];
const DOOR_GROUPS = [31, 31, 13, 9, 25, 8];          // bit g set: group g may use the door (door 5 is the server room)
let checked = false;

function lowerBound(a, v) { let lo = 0, hi = a.length; while (lo < hi) { const m = (lo + hi) >> 1; if (a[m] < v) lo = m + 1; else hi = m; } return lo; }
function find(a, v) { const i = lowerBound(a, v); return i < a.length && a[i] === v ? i : -1; }
function insertAt(a, i, v) { a.push(v); for (let k = a.length - 1; k > i; k--) a[k] = a[k - 1]; a[i] = v; }
function removeAt(a, i) { for (let k = i; k < a.length - 1; k++) a[k] = a[k + 1]; a.length = a.length - 1; }
function inSchedule(g, minute) {                     // lower bound over the interval starts
  const iv = SCHED[g];
  let lo = 0, hi = iv.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (iv[m][0] <= minute) lo = m + 1; else hi = m; }
  return lo > 0 && minute < iv[lo - 1][1];
}
function mergeSort(a, less) {                         // bottom-up, stable; returns a new array
  let src = a, n = a.length;
  for (let w = 1; w < n; w *= 2) {
    const dst = [];
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      let i = lo, j = mid;
      while (i < mid && j < hi) { if (less(src[j], src[i])) { dst.push(src[j]); j += 1; } else { dst.push(src[i]); i += 1; } }
      while (i < mid) { dst.push(src[i]); i += 1; }
      while (j < hi) { dst.push(src[j]); j += 1; }
    }
    src = dst;
  }
  return src;
}
function insertionSort(a, key) {
  for (let i = 1; i < a.length; i++) { const v = a[i]; let j = i - 1; while (j >= 0 && key(a[j]) > key(v)) { a[j + 1] = a[j]; j -= 1; } a[j + 1] = v; }
}
function siftDown(a, i, n) {
  while (true) {
    const l = 2 * i + 1; if (l >= n) return;
    let m = l; if (l + 1 < n && a[l + 1][1] < a[l][1]) m = l + 1;
    if (a[m][1] < a[i][1]) { const t = a[m]; a[m] = a[i]; a[i] = t; i = m; } else return;
  }
}
function heapSortDesc(a) {                           // min-heap, so the array ends in descending order of [1]
  const n = a.length;
  for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(a, i, n);
  for (let e = n - 1; e > 0; e--) { const t = a[0]; a[0] = a[e]; a[e] = t; siftDown(a, 0, e); }
}
function quickselect(a, k) {                         // k-th smallest, Lomuto partition, middle pivot
  let lo = 0, hi = a.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1; let t = a[mid]; a[mid] = a[hi]; a[hi] = t;
    const p = a[hi]; let s = lo;
    for (let i = lo; i < hi; i++) if (a[i] < p) { t = a[i]; a[i] = a[s]; a[s] = t; s += 1; }
    t = a[s]; a[s] = a[hi]; a[hi] = t;
    if (s === k) return a[s];
    if (s < k) lo = s + 1; else hi = s - 1;
  }
  return a[lo];
}

function run() {
  let h = 29, seed = 1234567;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const rnd = (n) => { seed = (seed * 16807) % 2147483647; return seed % n; };
  // the enrolled badges, sorted, with their groups (parallel arrays)
  const badges = [], groups = [];
  for (let i = 0; i < 300; i++) {
    const b = 0x100000 + rnd(0xEFFFFF);
    const at = lowerBound(badges, b);
    if (at < badges.length && badges[at] === b) add(1);
    else { insertAt(badges, at, b); insertAt(groups, at, rnd(GROUPS)); }
  }
  const inside = [];                                  // anti-passback: badges inside, sorted
  const log = [];
  let granted = 0, denied = 0, unknown = 0, passback = 0, enrolled = 0, revoked = 0;
  for (let minute = 330; minute < 1350; minute += 2) {
    const swipes = minute > 470 && minute < 560 ? 4 : (minute > 700 && minute < 800 ? 2 : rnd(2));
    for (let s = 0; s < swipes; s++) {
      const door = rnd(DOORS);
      const known = rnd(20) !== 0;
      const badge = known ? badges[rnd(badges.length)] : 0x100000 + rnd(0xEFFFFF);
      const i = find(badges, badge);
      let result = 0;                                  // 0 granted, 1 unknown, 2 not allowed at this door/time, 3 passback
      if (i < 0) { result = 1; unknown += 1; }
      else if (!((DOOR_GROUPS[door] >> groups[i]) & 1) || !inSchedule(groups[i], minute)) { result = 2; denied += 1; }
      else if (door === 0) {                           // the main door is an entry/exit pair
        const j = find(inside, badge);
        const entering = rnd(2) === 0 || j < 0;
        if (entering && j >= 0) { result = 3; passback += 1; }
        else if (entering) insertAt(inside, lowerBound(inside, badge), badge);
        else removeAt(inside, j);
      }
      if (result === 0) granted += 1;
      log.push({ t: minute * 60 + rnd(60), door: door, badge: badge, result: result });
    }
    if (minute % 60 === 0) {                           // the office enrols two badges and revokes one every hour
      for (let e = 0; e < 2; e++) { const b = 0x100000 + rnd(0xEFFFFF); const at = lowerBound(badges, b); if (!(at < badges.length && badges[at] === b)) { insertAt(badges, at, b); insertAt(groups, at, rnd(GROUPS)); enrolled += 1; } }
      const r = rnd(badges.length); removeAt(badges, r); removeAt(groups, r); revoked += 1;
    }
  }
  // 1. by door, then time (stable merge sort)
  const byDoor = mergeSort(log, (a, b) => a.door < b.door || (a.door === b.door && a.t < b.t));
  for (let i = 0; i < byDoor.length; i += 25) add(byDoor[i].t % 100000);
  const times = [];                                   // main door times, already sorted
  for (let i = 0; i < byDoor.length && byDoor[i].door === 0; i++) times.push(byDoor[i].t);
  // 2. the denied events by badge (insertion sort)
  const bad = [];
  for (let i = 0; i < log.length; i++) if (log[i].result !== 0) bad.push(log[i]);
  insertionSort(bad, (e) => e.badge);
  let repeat = 0;
  for (let i = 1; i < bad.length; i++) if (bad[i].badge === bad[i - 1].badge) repeat += 1;
  // 3. swipes per badge: sort the badge numbers, count runs, heap sort by count
  const nums = mergeSort(log, (a, b) => a.badge < b.badge);
  const counts = [];
  for (let i = 0; i < nums.length; i++) {
    if (i > 0 && nums[i].badge === nums[i - 1].badge) counts[counts.length - 1][1] += 1;
    else counts.push([nums[i].badge, 1]);
  }
  heapSortDesc(counts);
  for (let i = 0; i < 10 && i < counts.length; i++) { add(counts[i][0] % 100000); add(counts[i][1]); }
  // 4. median gap between swipes at the main door (quickselect)
  const gaps = [];
  for (let i = 1; i < times.length; i++) gaps.push(times[i] - times[i - 1]);
  const median = gaps.length > 0 ? quickselect(gaps, gaps.length >> 1) : 0;
  // range queries over the main door: swipes per hour by two lower bounds
  for (let hr = 6; hr < 22; hr++) add(lowerBound(times, (hr + 1) * 3600) - lowerBound(times, hr * 3600));
  // badges seen at both the lab (door 2) and the server room (door 5): sorted merge of two unique lists
  const at2 = [], at5 = [];
  for (let i = 0; i < nums.length; i++) {
    const e = nums[i];
    if (e.door === 2 && (at2.length === 0 || at2[at2.length - 1] !== e.badge)) at2.push(e.badge);
    if (e.door === 5 && (at5.length === 0 || at5[at5.length - 1] !== e.badge)) at5.push(e.badge);
  }
  let both = 0, p = 0, q = 0;
  while (p < at2.length && q < at5.length) { if (at2[p] === at5[q]) { both += 1; p += 1; q += 1; } else if (at2[p] < at5[q]) p += 1; else q += 1; }
  add(granted); add(denied); add(unknown); add(passback); add(median); add(both); add(repeat); add(badges.length);
  const out = 'rfid-access swipes=' + log.length + ' granted=' + granted + ' denied=' + denied + ' unknown=' + unknown + ' passback=' + passback +
    ' inside=' + inside.length + ' badges=' + badges.length + ' enrolled=' + enrolled + ' revoked=' + revoked + ' repeatDenied=' + repeat +
    ' top=' + counts[0][1] + ' medianGap_s=' + median + ' both=' + both + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
