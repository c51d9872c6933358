// Real-time-clock calendar arithmetic: days since 1970 to and from
// year/month/day, weekday, EU summer-time rule (last Sundays of March and
// October), adding intervals to timestamps and formatting ISO-8601 strings.
const MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
function monthDays(y, m) { return m === 2 && isLeap(y) ? 29 : MDAYS[m - 1]; }

// Days from 1970-01-01 (years >= 1970 only, as an RTC would hold).
function daysFromCivil(y, m, d) {
  let days = 0;
  const y1 = y - 1;
  days = 365 * (y - 1970) + (((y1 / 4) | 0) - 492) - (((y1 / 100) | 0) - 19) + (((y1 / 400) | 0) - 4);
  for (let i = 1; i < m; i++) days += monthDays(y, i);
  return days + d - 1;
}

class Date3 {
  constructor(y, m, d) { this.y = y; this.m = m; this.d = d; }
}
function civilFromDays(days) {
  let y = 1970 + ((days / 366) | 0);
  while (daysFromCivil(y + 1, 1, 1) <= days) y++;
  let rem = days - daysFromCivil(y, 1, 1);
  let m = 1;
  while (rem >= monthDays(y, m)) { rem -= monthDays(y, m); m++; }
  return new Date3(y, m, rem + 1);
}
function weekday(days) { return (days + 4) % 7; } // 0 = Sunday; 1970-01-01 was a Thursday
function lastSunday(y, m) {
  const last = daysFromCivil(y, m, monthDays(y, m));
  return last - weekday(last);
}
// Is (days, secondOfDay) UTC inside EU summer time? Switches at 01:00 UTC.
function summerTime(days, sec) {
  const y = civilFromDays(days).y;
  const start = lastSunday(y, 3), end = lastSunday(y, 10);
  if (days > start && days < end) return true;
  if (days === start) return sec >= 3600;
  if (days === end) return sec < 3600;
  return false;
}
function two(n) { return n < 10 ? '0' + n : '' + n; }
function iso(days, sec) {
  const c = civilFromDays(days);
  return c.y + '-' + two(c.m) + '-' + two(c.d) + 'T' + two((sec / 3600) | 0) + ':' +
    two(((sec / 60) | 0) % 60) + ':' + two(sec % 60);
}

let checked = false;
function run() {
  assertEqual(daysFromCivil(2000, 3, 1), 11017);
  assertEqual(weekday(daysFromCivil(2024, 2, 29)), 4);
  // A log of timestamps: start at 2023-03-20 22:30:00 UTC, step 11 days 7h 13m 27s.
  let days = daysFromCivil(2023, 3, 20), sec = 22 * 3600 + 30 * 60;
  let summer = 0, sundays = 0, check = 0, text = '';
  for (let i = 0; i < 60; i++) {
    sec += 7 * 3600 + 13 * 60 + 27;
    days += 11;
    while (sec >= 86400) { sec -= 86400; days++; }
    const c = civilFromDays(days);
    assertEqual(daysFromCivil(c.y, c.m, c.d), days);
    if (summerTime(days, sec)) summer++;
    if (weekday(days) === 0) sundays++;
    check = (check * 7 + c.d * 31 + c.m + sec % 1000) % 100003;
    if (i % 20 === 19) text = text + ' ' + iso(days, sec);
  }
  const r = check + summer * 1000 + sundays;
  if (!checked) {
    checked = true;
    print('dates' + text + ' ' + summer + ' ' + sundays + ' ' + check);
  }
  return r;
}
vmExport(0, run);
