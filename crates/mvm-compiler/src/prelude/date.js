// Date, in JavaScript, on UTC: a device keeps no time zone, so local time
// is UTC (getHours is getUTCHours, toString says GMT+0000). `Date.now()`
// asks the host's clock (import 0xFFF8, milliseconds since 1970; 0 on a
// host without one). Days and dates convert by Howard Hinnant's
// algorithms; strings parse as ISO 8601, or as V8's fallback parser reads them.
const $mvmHostClock = vmImport(0xfff8, function () {
  return 0;
});
// (The host is told how far the timers' clock has moved: see timers.js.)
function $mvmClockNow() {
  const moved = globalThis.$mvmTimersClock;
  return $mvmHostClock(moved === undefined ? 0 : moved());
}
const $mvmDayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const $mvmMonthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function $mvmDaysFromCivil(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
// [year, month (0-11), day of the month] of a day count since 1970.
function $mvmCivilFromDays(z) {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m - 1, d];
}
// The time of year, month (may overflow), day and time parts, as the
// specification's MakeDay and MakeTime, clipped.
function $mvmMakeTime(year, month, day, h, min, s, ms) {
  const parts = [year, month, day, h, min, s, ms];
  for (let i = 0; i < 7; i++) {
    const v = +parts[i];
    if (v !== v || v === Infinity || v === -Infinity) return NaN;
    parts[i] = Math.trunc(v);
  }
  const y = parts[0] + Math.floor(parts[1] / 12);
  const mo = ((parts[1] % 12) + 12) % 12;
  const days = $mvmDaysFromCivil(y, mo + 1, 1) + parts[2] - 1;
  const t = days * 86400000 + parts[3] * 3600000 + parts[4] * 60000 + parts[5] * 1000 + parts[6];
  return $mvmTimeClip(t);
}
function $mvmTimeClip(t) {
  t = +t;
  if (t !== t || t > 8.64e15 || t < -8.64e15) return NaN;
  return Math.trunc(t) + 0;
}
// The time of `new Date(y, m, ...)` and `Date.UTC`'s parts, those left
// out the first day's midnight; a year 0 to 99 (its integer part) is
// 1900 on. (An explicit undefined is NaN, as JavaScript reads it.)
function $mvmDateFromParts(parts) {
  const a = parts.slice();
  while (a.length < 7) a.push(a.length === 2 ? 1 : 0);
  let y = +a[0];
  const whole = Math.trunc(y);
  if (whole >= 0 && whole <= 99) y = 1900 + whole;
  return $mvmMakeTime(y, a[1], a[2], a[3], a[4], a[5], a[6]);
}
// The parts of time `t`: [year, month, day, hours, minutes, seconds, ms,
// weekday].
function $mvmDateParts(t) {
  const days = Math.floor(t / 86400000);
  const ms = t - days * 86400000;
  const [y, m, d] = $mvmCivilFromDays(days);
  return [y, m, d, Math.floor(ms / 3600000), Math.floor(ms / 60000) % 60, Math.floor(ms / 1000) % 60, ms % 1000,
    (((days + 4) % 7) + 7) % 7];
}
function $mvmPad(n, width) {
  let s = '' + n;
  while (s.length < width) s = '0' + s;
  return s;
}
// A date's text: ISO 8601 (a date alone is UTC, as is a time without an
// offset here), or else as V8's fallback parser reads it (see
// $mvmParseLegacy); NaN otherwise.
function $mvmParseDate(text) {
  // (White space around ISO text makes it the fallback's, as in V8.)
  text = '' + text;
  const t = $mvmParseIso(text);
  return t === t ? t : $mvmParseLegacy(text.trim());
}
// The words V8's fallback parser knows, by their first three letters (only
// a month's name may be longer: `January`): months, AM and PM, zones.
const $mvmDateWords = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'am', 'pm', 'ut', 'utc', 'z', 'gmt', 'cdt', 'cst', 'edt', 'est', 'mdt', 'mst', 'pdt', 'pst'];
const $mvmZoneHours = [0, 0, 0, 0, -5, -6, -4, -5, -6, -7, -7, -8];
// The text as V8's fallback ("legacy") parser reads it, a port of its
// rules: the forms of log lines, mail and HTTP headers and people
// (`2024/01/05 10:00:00`, `1/5/2024, 3:04:05 PM`, `January 5, 2024`,
// `Sat, 01 Jun 2024 12:00:00 +0200`, `Sun Nov  6 08:49:37 1994`, `Jun 1
// 2024 12:00 GMT+0200`, `06-Nov-94`): up to three numbers for the date
// (a named month beside them), a time of `h:m[:s[.ms]]`, AM or PM, a zone
// or an offset; words before the first number are skipped (a weekday),
// `(comments)` too. Without a zone it is local time, which is UTC here.
function $mvmParseLegacy(text) {
  const s = text.toLowerCase();
  // Tokens: a number (with its digits in `digits`), a word, a symbol, or
  // ' ' for white space.
  const tokens = [];
  const digits = [];
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    let j = i + 1;
    if (c >= '0' && c <= '9') {
      let n = +c;
      for (; s[j] >= '0' && s[j] <= '9'; j++) if (n < 1e8) n = n * 10 + +s[j];
      tokens.push(n);
    } else if (c >= 'a' && c <= 'z') {
      while (s[j] >= 'a' && s[j] <= 'z') j++;
      tokens.push(s.slice(i, j));
    } else if (c === '(') {
      for (let depth = 1; j < s.length && depth > 0; j++) depth += s[j] === '(' ? 1 : s[j] === ')' ? -1 : 0;
      i = j;
      continue;
    } else if (c <= ' ') {
      while (j < s.length && s[j] <= ' ') j++;
      tokens.push(' ');
    } else tokens.push(c);
    digits.push(j - i);
    i = j;
  }
  const day = [];
  let month = 0;
  const time = [];
  let hourOffset = -1;
  let zoneSign = 0;
  let zoneHour = -1;
  let zoneMinute = -1;
  let read = false;
  for (let k = 0; k < tokens.length; ) {
    const token = tokens[k++];
    const limit = time.length === 1 || time.length === 2 ? 59 : time.length === 3 ? 999 : -1;
    if (typeof token === 'number') {
      read = true;
      if (tokens[k] === ':') {
        k++;
        if (tokens[k] === ':') {
          k++;
          if (time.length > 0) return NaN;
          time.push(token, 0);
        } else {
          if (time.length >= 4) return NaN;
          time.push(token);
          if (tokens[k] === '.') k++;
        }
      } else if (tokens[k] === '.' && ++k && token <= limit) {
        // (Milliseconds: the fraction's first three digits.)
        const fraction = tokens[k];
        if (typeof fraction !== 'number') return NaN;
        const scale = 10 ** Math.abs(3 - digits[k]);
        time.push(token, Math.floor(digits[k++] > 3 ? fraction / scale : fraction * scale));
      } else if (zoneHour >= 0 && zoneMinute < 0 && token <= 59) {
        zoneMinute = token;
      } else if (token <= limit) {
        time.push(token);
        while (time.length < 4) time.push(0);
        const next = tokens[k];
        if (next !== undefined && next !== ' ' && next !== 'z' && next !== '+' && next !== '-') return NaN;
      } else {
        if (day.length >= 3) return NaN;
        day.push(token);
        if (tokens[k] === '-') k++;
      }
    } else if (token >= 'a') {
      let word = $mvmDateWords.indexOf(token.slice(0, 3));
      if (word > 11 && token.length > 3) word = -1;
      if (word === 12 || word === 13) {
        if (time.length === 0) return NaN;
        hourOffset = (word - 12) * 12;
      } else if (word >= 0 && word < 12) {
        month = word + 1;
        if (tokens[k] === '-') k++;
      } else if (word > 13 && read) {
        const hours = $mvmZoneHours[word - 14];
        zoneSign = hours < 0 ? -1 : 1;
        zoneHour = hours * zoneSign;
        zoneMinute = 0;
      } else if (read || typeof tokens[k] === 'number') {
        // (A word after a number, or one a number follows at once.)
        return NaN;
      }
    } else if ((token === '+' || token === '-') && ((zoneHour === 0 && zoneMinute === 0) || time.length > 0)) {
      // An offset: after a time or UTC (`GMT+0200`, `+02:00`, `-8`).
      zoneSign = token === '-' ? -1 : 1;
      let n = 0;
      let length = 0;
      if (typeof tokens[k] === 'number') {
        n = tokens[k];
        length = digits[k++];
      }
      read = true;
      zoneHour = n;
      zoneMinute = 0;
      if (tokens[k] === ':') zoneMinute = -1;
      else if (length === 3 || length === 4) {
        zoneHour = Math.floor(n / 100);
        zoneMinute = n % 100;
      } else if (length !== 1 && length !== 2) return NaN;
    } else if ((token === '+' || token === '-' || token === ')') && read) {
      return NaN;
    }
  }
  // The date: a named month with a day and a year in either order, else
  // month/day/year, or year/month/day when the first is no day; two-digit
  // years are 1950 to 2049, a missing one 2001 (as V8).
  if (day.length === 0) return NaN;
  while (day.length < 3) day.push(1);
  const first = day[0] >= 1 && day[0] <= 31 ? 1 : 0;
  let year = day[first === 1 ? (month === 0 ? 2 : 1) : 0];
  const m = month === 0 ? day[first === 1 ? 0 : 1] : month;
  const d = month === 0 ? day[first === 1 ? 1 : 2] : day[first === 1 ? 0 : 1];
  year += year <= 49 ? 2000 : year <= 99 ? 1900 : 0;
  while (time.length < 4) time.push(0);
  let [h, min, sec, ms] = time;
  if (hourOffset >= 0) {
    if (h > 12) return NaN;
    h = (h % 12) + hourOffset;
  }
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN;
  if (!(h <= 23 && min <= 59 && sec <= 59 && ms <= 999) && (h !== 24 || min + sec + ms !== 0)) return NaN;
  const offset = zoneSign * ((zoneHour < 0 ? 0 : zoneHour) * 60 + (zoneMinute < 0 ? 0 : zoneMinute));
  return $mvmMakeTime(year, m - 1, d, h, min - offset, sec, ms);
}
function $mvmParseIso(text) {
  const digits = (at, count) => {
    let n = 0;
    for (let i = at; i < at + count; i++) {
      const c = text.charCodeAt(i);
      if (!(c >= 48 && c <= 57)) return NaN;
      n = n * 10 + (c - 48);
    }
    return n;
  };
  let at = 0;
  let sign = 1;
  let year;
  if (text[0] === '+' || text[0] === '-') {
    sign = text[0] === '-' ? -1 : 1;
    year = sign * digits(1, 6);
    // (Year -000000 is not one, as V8 reads it.)
    if (sign < 0 && year === 0) return NaN;
    at = 7;
  } else if (text.length >= 4 && digits(0, 4) >= 0) {
    year = digits(0, 4);
    at = 4;
  } else {
    return NaN;
  }
  let month = 1;
  let day = 1;
  if (text[at] === '-') {
    month = digits(at + 1, 2);
    at += 3;
    if (text[at] === '-') {
      day = digits(at + 1, 2);
      at += 3;
    }
  }
  let h = 0;
  let min = 0;
  let s = 0;
  let ms = 0;
  let offset = 0;
  if (text[at] === 'T' || text[at] === 't' || (text[at] === ' ' && at === 10)) {
    h = digits(at + 1, 2);
    min = text[at + 3] === ':' ? digits(at + 4, 2) : NaN;
    at += 6;
    if (text[at] === ':') {
      s = digits(at + 1, 2);
      at += 3;
      if (text[at] === '.') {
        let end = at + 1;
        while (end < text.length && text[end] >= '0' && text[end] <= '9') end++;
        if (end === at + 1) return NaN;
        ms = Math.floor(+('0.' + text.slice(at + 1, end)) * 1000);
        at = end;
      }
    }
    if (text[at] === 'Z' || text[at] === 'z') at++;
    else if (text[at] === '+' || text[at] === '-') {
      const dir = text[at] === '-' ? -1 : 1;
      const oh = digits(at + 1, 2);
      const om = text[at + 3] === ':' ? digits(at + 4, 2) : digits(at + 3, 2);
      at += text[at + 3] === ':' ? 6 : 5;
      // (An offset past 23:59 is none.)
      if (!(oh <= 23 && om <= 59)) return NaN;
      offset = dir * (oh * 60 + om);
    }
  }
  if (at !== text.length) return NaN;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && h <= 24 && min <= 59 && s <= 59)) return NaN;
  if (h === 24 && (min !== 0 || s !== 0 || ms !== 0)) return NaN;
  return $mvmMakeTime(year, month - 1, day, h, min - offset, s, ms);
}
function $mvmDateTimeText(p) {
  return $mvmPad(p[3], 2) + ':' + $mvmPad(p[4], 2) + ':' + $mvmPad(p[5], 2);
}
globalThis.Date = class Date {
  #t;
  constructor(...args) {
    if (args.length === 0) this.#t = $mvmTimeClip($mvmClockNow());
    else if (args.length === 1) {
      const v = args[0];
      if (v instanceof Date) this.#t = v.getTime();
      else {
        // (An object's primitive: its `valueOf()`, else its text.)
        let p = v;
        if (p !== null && typeof p === 'object') {
          p = v.valueOf();
          if (p !== null && typeof p === 'object') p = `${v}`;
        }
        this.#t = typeof p === 'string' ? $mvmParseDate(p) : $mvmTimeClip(p);
      }
    } else {
      this.#t = $mvmDateFromParts(args);
    }
  }
  static now() {
    return $mvmTimeClip($mvmClockNow());
  }
  static UTC(...args) {
    return $mvmDateFromParts(args.length < 2 ? [args[0], 0] : args);
  }
  static parse(text) {
    return $mvmParseDate(text);
  }
  getTime() { return this.#t; }
  valueOf() { return this.#t; }
  getTimezoneOffset() { return this.#t !== this.#t ? NaN : 0; }
  setTime(t) { this.#t = $mvmTimeClip(t); return this.#t; }
  toISOString() {
    const t = this.#t;
    if (t !== t) throw new RangeError('Invalid time value');
    const p = $mvmDateParts(t);
    const year = p[0] >= 0 && p[0] <= 9999 ? $mvmPad(p[0], 4) : (p[0] < 0 ? '-' : '+') + $mvmPad(Math.abs(p[0]), 6);
    return year + '-' + $mvmPad(p[1] + 1, 2) + '-' + $mvmPad(p[2], 2) + 'T' + $mvmDateTimeText(p) + '.' + $mvmPad(p[6], 3) + 'Z';
  }
  toJSON() {
    return this.#t !== this.#t ? null : this.toISOString();
  }
  toDateString() {
    if (this.#t !== this.#t) return 'Invalid Date';
    const p = $mvmDateParts(this.#t);
    const year = p[0] < 0 ? '-' + $mvmPad(-p[0], 4) : $mvmPad(p[0], 4);
    return $mvmDayNames[p[7]] + ' ' + $mvmMonthNames[p[1]] + ' ' + $mvmPad(p[2], 2) + ' ' + year;
  }
  toTimeString() {
    if (this.#t !== this.#t) return 'Invalid Date';
    return $mvmDateTimeText($mvmDateParts(this.#t)) + ' GMT+0000 (Coordinated Universal Time)';
  }
  toString() {
    if (this.#t !== this.#t) return 'Invalid Date';
    return this.toDateString() + ' ' + this.toTimeString();
  }
  toUTCString() {
    if (this.#t !== this.#t) return 'Invalid Date';
    const p = $mvmDateParts(this.#t);
    const year = p[0] < 0 ? '-' + $mvmPad(-p[0], 4) : $mvmPad(p[0], 4);
    return $mvmDayNames[p[7]] + ', ' + $mvmPad(p[2], 2) + ' ' + $mvmMonthNames[p[1]] + ' ' + year + ' ' + $mvmDateTimeText(p) + ' GMT';
  }
  toGMTString() {
    return this.toUTCString();
  }
  // As Node's default locale (en-US) writes them; with a program that
  // gives locales or options, as Node writes those (see $mvmDateLocaleText).
  toLocaleDateString(locales, options) {
    if (this.#t !== this.#t) return 'Invalid Date';
    // section: .toLocaleDateString|.toLocaleTimeString|.toLocaleString
    // section: weekday|year:|month:|day:|hour:|minute:|second:|hour12|hourCycle|dateStyle|timeStyle|timeZoneName|fractionalSecondDigits|'en-gb
    if (locales !== undefined || options !== undefined) return $mvmDateLocaleText($mvmDateParts(this.#t), locales, options, 'date');
    // end: weekday|year:|month:|day:|hour:|minute:|second:|hour12|hourCycle|dateStyle|timeStyle|timeZoneName|fractionalSecondDigits|'en-gb
    // end: .toLocaleDateString|.toLocaleTimeString|.toLocaleString
    const p = $mvmDateParts(this.#t);
    // (A year before 1 is its era's, as ICU writes it: -1 is 2 BC.)
    return p[1] + 1 + '/' + p[2] + '/' + (p[0] > 0 ? p[0] : 1 - p[0]);
  }
  toLocaleTimeString(locales, options) {
    if (this.#t !== this.#t) return 'Invalid Date';
    // section: .toLocaleDateString|.toLocaleTimeString|.toLocaleString
    // section: weekday|year:|month:|day:|hour:|minute:|second:|hour12|hourCycle|dateStyle|timeStyle|timeZoneName|fractionalSecondDigits|'en-gb
    if (locales !== undefined || options !== undefined) return $mvmDateLocaleText($mvmDateParts(this.#t), locales, options, 'time');
    // end: weekday|year:|month:|day:|hour:|minute:|second:|hour12|hourCycle|dateStyle|timeStyle|timeZoneName|fractionalSecondDigits|'en-gb
    // end: .toLocaleDateString|.toLocaleTimeString|.toLocaleString
    const p = $mvmDateParts(this.#t);
    const h = p[3] % 12 === 0 ? 12 : p[3] % 12;
    return h + ':' + $mvmPad(p[4], 2) + ':' + $mvmPad(p[5], 2) + (p[3] < 12 ? ' AM' : ' PM');
  }
  toLocaleString(locales, options) {
    if (this.#t !== this.#t) return 'Invalid Date';
    // section: .toLocaleDateString|.toLocaleTimeString|.toLocaleString
    // section: weekday|year:|month:|day:|hour:|minute:|second:|hour12|hourCycle|dateStyle|timeStyle|timeZoneName|fractionalSecondDigits|'en-gb
    if (locales !== undefined || options !== undefined) return $mvmDateLocaleText($mvmDateParts(this.#t), locales, options, 'any');
    // end: weekday|year:|month:|day:|hour:|minute:|second:|hour12|hourCycle|dateStyle|timeStyle|timeZoneName|fractionalSecondDigits|'en-gb
    // end: .toLocaleDateString|.toLocaleTimeString|.toLocaleString
    return this.toLocaleDateString() + ', ' + this.toLocaleTimeString();
  }
};
// section: .toLocaleDateString|.toLocaleTimeString|.toLocaleString
// section: weekday|year:|month:|day:|hour:|minute:|second:|hour12|hourCycle|dateStyle|timeStyle|timeZoneName|fractionalSecondDigits|'en-gb
// toLocaleDateString, toLocaleTimeString and toLocaleString with locales
// or options, as Node 20 (V8 and ICU) writes them, in UTC; en-GB, or
// en-US for any other locale. Options resolve as ECMA-402 reads them
// (with V8's errors) to a code per field; the field set picks an ICU
// pattern from the locale's tables (`d` date patterns by field set, `t`
// time patterns, `x` ICU's exceptions, `ds`/`ts` the styles, `g`/`sg` the
// glue between date and time, `hw` whether an hour is padded), whose
// field widths are then set as asked. The tables were read off Node's
// own output; checked against Node on 74,382 cases (14 dates, 161
// option sets, each method), no difference. (Linked only with a program
// that reads these methods and names an option or en-GB: 7 KB.)
const $mvmDlData = {
  "en-US": {
    ml: ["January","February","March","April","May","June","July","August","September","October","November","December"],
    ms: ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],
    el: ["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"],
    es: ["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],
    mn: "JFMAMJJASOND",
    wn: "SMTWTFS",
    ap: ["AM","PM"],
    tz: "Coordinated Universal Time",
    hc: "h",
    d: ["","EEEE","y","y EEEE","d","d EEEE","y' (day: 'd)","d EEEE y","M","M EEEE","M/y","M/y EEEE","M/d","EEEE, M/d","M/d/y","EEEE, M/d/y","MMM","MMM EEEE","MMM y","MMM y EEEE","MMM d","EEEE, MMM d","MMM d, y","EEEE, MMM d, y","MMMM","MMMM EEEE","MMMM y","MMMM y EEEE","MMMM d","EEEE, MMMM d","MMMM d, y","EEEE, MMMM d, y"],
    t: ["","h a","m","h:mm a","s","h a' (second: 's)","mm:ss","h:mm:ss a","S","h a' ├F14: 'S┤","mm:ss.S","h:mm:ss.S a","s.S","h a' (second: 's)","mm:ss.S","h:mm:ss.S a","z","h a z","m z","h:mm a z","s z","h a z' (second: 's)","mm:ss z","h:mm:ss a z","S z","h a z' ├F14: 'S┤","mm:ss.S z","h:mm:ss.S a z","s.S z","h a z' (second: 's)","mm:ss.S z","h:mm:ss.S a z","","HH","m","HH:mm","s","HH' (second: 's)","mm:ss","HH:mm:ss","S","HH' ├F14: 'S┤","mm:ss.S","HH:mm:ss.S","s.S","HH' (second: 's)","mm:ss.S","HH:mm:ss.S","z","HH'h 'z","m z","HH:mm z","s z","HH'h 'z' (second: 's)","mm:ss z","HH:mm:ss z","S z","HH'h 'z' ├F14: 'S┤","mm:ss.S z","HH:mm:ss.S z","s.S z","HH'h 'z' (second: 's)","mm:ss.S z","HH:mm:ss.S z"],
    hw: "ccc4cc4ccccccccccc4cc4cc4ccccccccccc",
    g: ["' at '","' at '",", ",", "],
    ds: ["EEEE, MMMM d, y","MMMM d, y","MMM d, y","M/d/yy"],
    ts: ["h:mm:ss a zzzz","h:mm:ss a z","h:mm:ss a","h:mm a"],
    sg: ["' at '","' at '",", ",", "],
    x: {"d0201":"d yy","d1050":"EEEE' (month: 'MMMMM)","d2020":"EEE' (month: 'MM)","d2030":"EEE' (month: 'MMMM)","d2050":"EEE' (month: 'MMMMM)","d2200":"EEE yy","c1_1":"EEEE h a","c1_3":"EEEE h:mm a","c1_7":"EEEE h:mm:ss a","c1_35":"EEEE HH:mm","c1_39":"EEEE HH:mm:ss"}
  },
  "en-GB": {
    ml: ["January","February","March","April","May","June","July","August","September","October","November","December"],
    ms: ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sept","Oct","Nov","Dec"],
    el: ["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"],
    es: ["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],
    mn: "JFMAMJJASOND",
    wn: "SMTWTFS",
    ap: ["am","pm"],
    tz: "Coordinated Universal Time",
    hc: "H",
    d: ["","EEEE","y","y EEEE","d","EEEE d","y' (day: 'd)","EEEE d y","M","M EEEE","MM/y","MM/y EEEE","dd/MM","EEEE dd/MM","dd/MM/y","EEEE, dd/MM/y","MMM","MMM EEEE","MMM y","MMM y EEEE","d MMM","EEEE d MMM","d MMM y","EEEE, d MMM y","MMMM","MMMM EEEE","MMMM y","MMMM y EEEE","d MMMM","EEEE d MMMM","d MMMM y","EEEE, d MMMM y"],
    t: ["","h a","m","h:mm a","s","h a' (second: 's)","mm:ss","h:mm:ss a","S","h a' ├F14: 'S┤","mm:ss.S","h:mm:ss.S a","s.S","h a' (second: 's)","mm:ss.S","h:mm:ss.S a","z","h a z","m z","h:mm a z","s z","h a z' (second: 's)","mm:ss z","h:mm:ss a z","S z","h a z' ├F14: 'S┤","mm:ss.S z","h:mm:ss.S a z","s.S z","h a z' (second: 's)","mm:ss.S z","h:mm:ss.S a z","","HH","m","HH:mm","s","HH' (second: 's)","mm:ss","HH:mm:ss","S","HH' ├F14: 'S┤","mm:ss.S","HH:mm:ss.S","s.S","HH' (second: 's)","mm:ss.S","HH:mm:ss.S","z","HH'h 'z","m z","HH:mm z","s z","HH'h 'z' (second: 's)","mm:ss z","H:mm:ss z","S z","HH'h 'z' ├F14: 'S┤","mm:ss.S z","H:mm:ss.S z","s.S z","HH'h 'z' (second: 's)","mm:ss.S z","H:mm:ss.S z"],
    hw: "c404c4440cccc00c004c44c4440c00c00c00",
    g: ["' at '","' at '",", ",", "],
    ds: ["EEEE, d MMMM y","d MMMM y","d MMM y","dd/MM/y"],
    ts: ["HH:mm:ss zzzz","HH:mm:ss z","HH:mm:ss","HH:mm"],
    sg: ["' at '","' at '",", ",", "],
    x: {"d0012":"dd/M","d0021":"d/MM","d0112":"dd/M/y","d0121":"d/MM/y","d0201":"d yy","d0212":"dd/M/yy","d0221":"d/MM/yy","d1050":"EEEE' (month: 'MMMMM)","d2020":"EEE' (month: 'MM)","d2030":"EEE' (month: 'MMMM)","d2050":"EEE' (month: 'MMMMM)","d2200":"EEE yy","c1_1":"EEEE h a","c1_3":"EEEE h:mm a","c1_7":"EEEE h:mm:ss a","c1_35":"EEEE HH:mm","c1_39":"EEEE HH:mm:ss"}
  }
};
const $mvmDlV = [['long', 'short', 'narrow'], ['numeric', '2-digit'], ['numeric', '2-digit', 'long', 'short', 'narrow'], ['short', 'long']];
// option name, value list (index into $mvmDlV), is a date field
const $mvmDlF = [['weekday', 0], ['year', 1], ['month', 2], ['day', 1], ['hour', 1], ['minute', 1], ['second', 1]];
function $mvmDlPad(v, n) { let s = '' + v; while (s.length < n) s = '0' + s; return s; }
// Resolve options to codes: c = [weekday, year, month, day, hour, minute, second, fsd, tzName, hourCycleChar, dateStyle, timeStyle]
function $mvmDlResolve(locale, options, kind) {
  if (options === null) throw new TypeError('Cannot convert undefined or null to object');
  const get = (k) => options === undefined ? undefined : options[k];
  const method = 'Date.prototype.' + (kind === 'date' ? 'toLocaleDateString' : kind === 'time' ? 'toLocaleTimeString' : 'toLocaleString');
  const pick = (k, vals) => {
    const v = get(k);
    if (v === undefined) return 0;
    const i = vals.indexOf('' + v);
    if (i < 0) throw new RangeError('Value ' + v + ' out of range for ' + method + ' options property ' + k);
    return i + 1;
  };
  const hour12 = get('hour12'), cycle = pick('hourCycle', ['h11', 'h12', 'h23', 'h24']);
  const codes = [];
  for (let i = 0; i < 7; i++) codes.push(pick($mvmDlF[i][0], $mvmDlV[$mvmDlF[i][1]]));
  let fraction = get('fractionalSecondDigits');
  if (fraction !== undefined) { fraction = Math.floor(+fraction); if (!(fraction >= 1 && fraction <= 3)) throw new RangeError('fractionalSecondDigits value is out of range.'); } else fraction = 0;
  const zoneName = pick('timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']);
  codes.push(fraction, zoneName ? 2 - (zoneName & 1) : 0);
  const styles = ['full', 'long', 'medium', 'short'], dateStyle = pick('dateStyle', styles), timeStyle = pick('timeStyle', styles);
  if (dateStyle || timeStyle) {
    if (kind === 'date' && timeStyle) throw new TypeError('Invalid option : timeStyle');
    if (kind === 'time' && dateStyle) throw new TypeError('Invalid option : dateStyle');
    for (let i = 0; i < 9; i++) if (codes[i]) throw new TypeError("Can't set option " + (i < 7 ? $mvmDlF[i][0] : i < 8 ? 'fractionalSecondDigits' : 'timeZoneName') + ' when ' + (dateStyle ? 'dateStyle' : 'timeStyle') + ' is used');
  } else {
    const needsDate = kind !== 'time', needsTime = kind !== 'date';
    if (!((needsDate && (codes[0] || codes[1] || codes[2] || codes[3])) || (needsTime && (codes[4] || codes[5] || codes[6] || codes[7])))) {
      if (needsDate) codes[1] = codes[2] = codes[3] = 1;
      if (needsTime) codes[4] = codes[5] = codes[6] = 1;
    }
  }
  // hour cycle: hour12 wins over hourCycle; V8 maps hour12 relative to the locale default (en-US: false -> h24)
  const cycleDefault = locale.hc;
  let hourCycle = hour12 !== undefined ? (hour12 ? (cycleDefault === 'H' ? 'K' : 'h') : (cycleDefault === 'H' ? 'H' : 'k')) : cycle ? 'KhHk'[cycle - 1] : cycleDefault;
  codes.push(hourCycle, dateStyle, timeStyle);
  return codes;
}
// Rewrite field widths of a table pattern to the requested ones. q = resolved codes.
function $mvmDlAdjust(locale, pattern, codes, keepHour) {
  let out = '', i = 0;
  while (i < pattern.length) {
    const letter = pattern[i];
    if (letter === "'") { const j = pattern.indexOf("'", i + 1); out += pattern.slice(i, j + 1); i = j + 1; continue; }
    if (!((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z'))) { out += letter; i++; continue; }
    let width = 0; while (pattern[i + width] === letter) width++;
    i += width;
    let written = letter;
    if (letter === 'E' || letter === 'c') width = [0, 4, 3, 5][codes[0]];
    else if (letter === 'M' || letter === 'L') width = width > 2 ? [0, 0, 0, 4, 3, 5][codes[2]] : codes[2] === 2 ? 2 : width;
    else if (letter === 'y') width = codes[1];
    else if (letter === 'd') width = codes[3] === 2 ? 2 : width;
    else if (letter === 'h' || letter === 'H' || letter === 'k' || letter === 'K') {
      written = codes[9];
      width = codes[4] === 2 ? 2 : keepHour ? width : 1 + ((parseInt(locale.hw[codes[5] + 3 * codes[6] + 9 * (codes[8] ? 1 : 0) + 18 * (codes[7] ? 1 : 0)], 16) >> 'KhHk'.indexOf(written)) & 1);
    } else if (letter === 'S') width = codes[7];
    else if (letter === 'z') width = codes[8] === 2 ? 4 : 1;
    out += written.repeat(width);
  }
  return out;
}
function $mvmDlPattern(locale, codes) {
  if (codes[10] || codes[11]) {
    let time = '';
    if (codes[11]) {
      time = locale.ts[codes[11] - 1];
      // an explicit hour cycle of the other 12/24 class is re-derived from the component tables with a 2-digit hour
      if ((codes[9] === 'H' || codes[9] === 'k') !== (locale.hc === 'H')) {
        const zone = codes[11] < 3 ? 3 - codes[11] : 0;
        time = $mvmDlAdjust(locale, locale.t[1 + 2 + (codes[11] < 4 ? 4 : 0) + (zone ? 16 : 0) + (codes[9] === 'H' || codes[9] === 'k' ? 32 : 0)], [0, 0, 0, 0, 2, 1, 1, 0, zone, codes[9]]);
      } else {
        let swapped = '';
        for (let i = 0; i < time.length; i++) swapped += 'hHkK'.indexOf(time[i]) >= 0 ? codes[9] : time[i];
        time = swapped;
      }
    }
    if (!codes[10]) return time;
    const date = locale.ds[codes[10] - 1];
    return codes[11] ? date + locale.sg[codes[10] - 1] + time : date;
  }
  const dateKey = '' + codes[0] + codes[1] + codes[2] + codes[3];
  const dateFields = (codes[0] ? 1 : 0) + (codes[1] ? 2 : 0) + (codes[3] ? 4 : 0) + 8 * [0, 1, 1, 3, 2, 2][codes[2]];
  const timeFields = codes[4] || codes[5] || codes[6] || codes[7] || codes[8] ? (codes[4] ? 1 : 0) + (codes[5] ? 2 : 0) + (codes[6] ? 4 : 0) + (codes[7] ? 8 : 0) + (codes[8] ? 16 : 0) + (codes[9] === 'H' || codes[9] === 'k' ? 32 : 0) : 0;
  if (!dateFields && !timeFields) return '';
  const exception = locale.x['c' + dateFields + '_' + timeFields] || locale.x['d' + dateKey + '_' + timeFields];
  if (exception !== undefined) return $mvmDlAdjust(locale, exception, codes, 1);
  const datePart = dateFields ? $mvmDlAdjust(locale, locale.x['d' + dateKey] || locale.d[dateFields], codes) : '';
  let timePart = timeFields ? $mvmDlAdjust(locale, locale.x['t' + timeFields + '_' + codes[4] + codes[5] + codes[6]] || locale.t[timeFields], codes) : '';
  if (!timeFields) return datePart;
  if (!dateFields) return timePart;
  return datePart + locale.g[codes[2] === 3 ? (codes[0] ? 0 : 1) : codes[2] === 4 ? 2 : 3] + timePart;
}
function $mvmDlLocale(locales) {
  let tag = locales;
  if (tag !== undefined && typeof tag === 'object' && tag !== null) tag = tag[0];
  tag = tag === undefined ? '' : '' + tag;
  const lang = tag.slice(0, 2).toLowerCase(), region = tag.slice(3, 5).toUpperCase();
  return $mvmDlData[lang === 'en' && region === 'GB' ? 'en-GB' : 'en-US'];
}
function $mvmDateLocaleText(parts, locales, options, kind) {
  const locale = $mvmDlLocale(locales), codes = $mvmDlResolve(locale, options, kind), pattern = $mvmDlPattern(locale, codes);
  const hours = parts[3];
  let out = '', i = 0;
  while (i < pattern.length) {
    const letter = pattern[i];
    if (letter === "'") {
      let j = i + 1;
      while (j < pattern.length && pattern[j] !== "'") out += pattern[j++];
      if (j === i + 1) out += "'";
      i = j + 1;
      continue;
    }
    if (!((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z'))) { out += letter; i++; continue; }
    let width = 0; while (pattern[i + width] === letter) width++;
    i += width;
    if (letter === 'y') out += width === 2 ? $mvmDlPad(parts[0] % 100, 2) : parts[0];
    else if (letter === 'M' || letter === 'L') out += width < 3 ? $mvmDlPad(parts[1] + 1, width) : width === 4 ? locale.ml[parts[1]] : width === 5 ? locale.mn[parts[1]] : (letter === 'L' && locale.ls || locale.ms)[parts[1]];
    else if (letter === 'E' || letter === 'c') out += width === 4 ? locale.el[parts[7]] : width === 5 ? locale.wn[parts[7]] : (letter === 'c' && locale.cs || locale.es)[parts[7]];
    else if (letter === 'd') out += $mvmDlPad(parts[2], width);
    else if (letter === 'h') out += $mvmDlPad(hours % 12 || 12, width);
    else if (letter === 'K') out += $mvmDlPad(hours % 12, width);
    else if (letter === 'H') out += $mvmDlPad(hours, width);
    else if (letter === 'k') out += $mvmDlPad(hours || 24, width);
    else if (letter === 'm') out += $mvmDlPad(parts[4], width);
    else if (letter === 's') out += $mvmDlPad(parts[5], width);
    else if (letter === 'S') out += $mvmDlPad(parts[6], 3).slice(0, width);
    else if (letter === 'a') out += locale.ap[hours < 12 ? 0 : 1];
    else if (letter === 'z') out += width === 4 ? locale.tz : 'UTC';
  }
  return out;
}
// end: weekday|year:|month:|day:|hour:|minute:|second:|hour12|hourCycle|dateStyle|timeStyle|timeZoneName|fractionalSecondDigits|'en-gb
// end: .toLocaleDateString|.toLocaleTimeString|.toLocaleString
// `+` asks a Date its text first (its default hint is a string), where
// other objects give their valueOf first: the engine reads this mark.
Date.prototype['#@@defaultIsText'] = true;
// The getters and setters of each part, the UTC ones the same (local time
// is UTC): made in a loop, one closure each, to keep the part small. A
// setter sets its part and the ones after it it is given, keeping the rest.
// (Unlisted, as a class's methods are: kept in the prototype's hidden
// list, which for..in and Object.keys leave out.)
const $mvmDateFields = ['FullYear', 'Month', 'Date', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Day'];
const $mvmDateMethods = [];
// How many parts each setter takes (setHours(h, m, s, ms)); more are
// ignored.
const $mvmDateSetterParts = [3, 2, 1, 4, 3, 2, 1];
Date.prototype['#hidden'] = $mvmDateMethods;
// The parts of the time a getter converted last, kept: a clock's
// `getHours()`, `getMinutes()` and `getSeconds()` of one date convert it
// once. (Setters change their own copy.)
let $mvmPartsTime = NaN;
let $mvmPartsKept = [];
for (let i = 0; i < 8; i++) {
  const get = function () {
    const t = this.getTime();
    if (t !== $mvmPartsTime) {
      if (t !== t) return NaN;
      $mvmPartsKept = $mvmDateParts(t);
      $mvmPartsTime = t;
    }
    return $mvmPartsKept[i];
  };
  Date.prototype['get' + $mvmDateFields[i]] = get;
  Date.prototype['getUTC' + $mvmDateFields[i]] = get;
  $mvmDateMethods.push('get' + $mvmDateFields[i], 'getUTC' + $mvmDateFields[i]);
  if (i === 7) break;
  const set = function (...values) {
    // (None given is an undefined part: the time becomes NaN.)
    if (values.length === 0) values = [undefined];
    const t = this.getTime();
    if (t !== t && i !== 0) return NaN;
    const p = t !== t ? [0, 0, 1, 0, 0, 0, 0] : $mvmDateParts(t);
    for (let k = 0; k < values.length && k < $mvmDateSetterParts[i]; k++) p[i + k] = values[k];
    return this.setTime($mvmMakeTime(p[0], p[1], p[2], p[3], p[4], p[5], p[6]));
  };
  Date.prototype['set' + $mvmDateFields[i]] = set;
  Date.prototype['setUTC' + $mvmDateFields[i]] = set;
  $mvmDateMethods.push('set' + $mvmDateFields[i], 'setUTC' + $mvmDateFields[i]);
}
