// A cellular modem's SMS path in PDU mode, both ways, as text. The firmware
// composes 24 alarm texts from a word list, numbers and punctuation (some use
// GSM escape characters such as [ ] { } and ~, and @ and _, which move in the
// GSM alphabet). Each text becomes GSM 03.38 septets, is split into a
// concatenated SMS (user data header with reference, total and sequence)
// when it needs more than 160 septets, and is packed 7 bits to the octet
// with the fill bit after the header. The SMS-SUBMIT PDU (swapped-nibble
// destination number, PID, DCS, relative validity, UDL) is written out as a
// hex string and the AT+CMGS command line. The modem loops each PDU back:
// the receiver parses the hex characters, unpacks the septets, maps them back
// (escapes included), rebuilds the text as a string and reassembles the
// parts by reference, then compares with === against the sent text. Last,
// the modem's +CMGL listing lines are generated and tokenised (commas, quoted
// fields) back into field strings. Strings have no length or indexing in
// Microvium, so text is kept as character codes and turned into strings
// through a character table.
const NODE_SUM = 318507;
const CHR = [' ', '!', '\"', '#', '$', '%', '&', '\x27', '(', ')', '*', '+', ',', '-', '.', '/', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?', '@', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', '[', '\\', ']', '^', '_', '`', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '{', '|', '}', '~'];
const WORDS = [[98,97,116,116,101,114,121], [108,111,119], [97,108,97,114,109], [100,111,111,114], [111,112,101,110], [99,108,111,115,101,100], [103,97,116,101], [112,117,109,112], [116,101,109,112], [105,115], [97,116], [116,104,101], [115,101,110,115,111,114], [114,101,115,101,116], [111,107], [108,101,118,101,108], [119,97,116,101,114], [116,97,110,107], [110,111,114,116,104], [115,111,117,116,104], [115,105,116,101], [102,97,117,108,116], [99,108,101,97,114,101,100], [99,97,108,108], [109,101], [110,111,119], [114,101,98,111,111,116], [117,112,116,105,109,101], [118,97,108,118,101], [102,108,111,119], [109,101,116,101,114], [104,101,97,116,101,114]];
const CMGL = [43,67,77,71,76,58,32], UNREAD = [82,69,67,32,85,78,82,69,65,68], READ = [82,69,67,32,82,69,65,68];
const HEXC = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 65, 66, 67, 68, 69, 70];
const G7 = [], FROM7 = [], FROMESC = [];              // ASCII -> GSM (128 + x means escape + x), and back
for (let c = 32; c < 127; c++) G7.push(c);
G7[64 - 32] = 0; G7[36 - 32] = 2; G7[95 - 32] = 17; G7[96 - 32] = 63;           // @ $ _ and ` (not in GSM: ?)
G7[94 - 32] = 128 + 20; G7[123 - 32] = 128 + 40; G7[125 - 32] = 128 + 41; G7[92 - 32] = 128 + 47;
G7[91 - 32] = 128 + 60; G7[126 - 32] = 128 + 61; G7[93 - 32] = 128 + 62; G7[124 - 32] = 128 + 64;
for (let g = 0; g < 128; g++) { FROM7.push(63); FROMESC.push(63); }
for (let c = 32; c < 127; c++) { const g = G7[c - 32]; if (c !== 96) { if (g >= 128) FROMESC[g - 128] = c; else FROM7[g] = c; } }
let checked = false;

function str(codes, from, to) { let s = ''; for (let i = from; i < to; i++) s += CHR[codes[i] - 32]; return s; }
function pushAll(dst, src) { for (let i = 0; i < src.length; i++) dst.push(src[i]); }
function pushNum(dst, n, width) {                      // decimal digits as codes, zero-padded to width
  const d = [];
  while (n > 0 || d.length < width) { d.push(48 + n % 10); n = (n / 10) | 0; }
  for (let i = d.length - 1; i >= 0; i--) dst.push(d[i]);
}
function hexVal(c) { return c <= 57 ? c - 48 : c - 55; }

function compose(m, rnd) {                            // one alarm text as character codes
  const t = [];
  const nWords = m % 5 === 4 ? 34 + rnd(14) : 4 + rnd(9);
  for (let w = 0; w < nWords; w++) {
    if (w > 0) t.push(w % 9 === 8 ? 44 : 32);
    if (w % 9 === 8) t.push(32);
    const r = rnd(20);
    if (r === 0) { t.push(64); pushAll(t, WORDS[20]); t.push(95); pushNum(t, rnd(9) + 1, 1); }         // @site_3
    else if (r === 1) { t.push(91); pushAll(t, WORDS[14]); t.push(93); }                                // [ok]
    else if (r === 2) { pushNum(t, rnd(40), 1); t.push(46); pushNum(t, rnd(10), 1); t.push(123); t.push(67); t.push(125); }   // 23.5{C}
    else if (r === 3) { t.push(126); pushNum(t, rnd(1000), 3); }                                        // ~042
    else pushAll(t, WORDS[rnd(WORDS.length)]);
  }
  if (t[0] >= 97) t[0] -= 32;
  t.push(m % 3 === 0 ? 33 : 46);
  return t;
}

function run() {
  let seed = 2024, h = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return ((seed / 65536) | 0) % n; };
  const store = {}, sentText = [], sentNum = [], sentCodes = [], lines = [];
  let parts = 0, septets = 0, escapes = 0, octets = 0, hexChars = 0, mr = 0, matched = 0, numOk = 0, shortest = '';
  let shortLen = 9999, firstHex = '';
  for (let m = 0; m < 24; m++) {
    const txt = compose(m, rnd), txtS = str(txt, 0, txt.length);
    const num = [];
    pushAll(num, [52, 57]);
    for (let k = 0; k < 10; k++) num.push(48 + (k === 0 ? 1 : rnd(10)));
    const numS = '+' + str(num, 0, num.length);
    sentText.push(txtS); sentNum.push(numS); sentCodes.push(num);
    if (txt.length < shortLen) { shortLen = txt.length; shortest = txtS; }
    const sep = [];                                    // GSM septets
    for (let i = 0; i < txt.length; i++) {
      const g = G7[txt[i] - 32];
      if (g >= 128) { sep.push(27); sep.push(g - 128); escapes += 1; } else sep.push(g);
    }
    septets += sep.length;
    const multi = sep.length > 160, per = multi ? 153 : 160;
    const total = ((sep.length + per - 1) / per) | 0;
    for (let p = 0; p < total; p++) {
      const from = p * per, to = from + per < sep.length ? from + per : sep.length;
      const ud = [];
      let bit = 0;
      if (multi) { pushAll(ud, [5, 0, 3, m + 1, total, p + 1]); bit = 49; }
      const nbytes = (bit + 7 * (to - from) + 7) >> 3;
      while (ud.length < nbytes) ud.push(0);
      for (let i = from; i < to; i++) {                 // pack 7 bits at a time, least significant first
        const v = sep[i], byte = bit >> 3, sh = bit & 7;
        ud[byte] |= (v << sh) & 255;
        if (sh > 1) ud[byte + 1] |= v >> (8 - sh);
        bit += 7;
      }
      const pdu = [0, multi ? 0x51 : 0x11, mr & 255, num.length, 0x91];
      mr += 1;
      for (let i = 0; i < num.length; i += 2) pdu.push((num[i] - 48) | ((i + 1 < num.length ? num[i + 1] - 48 : 15) << 4));
      pushAll(pdu, [0, 0, 0xaa, (multi ? 7 : 0) + to - from]);
      pushAll(pdu, ud);
      const hexCodes = [];
      let hexS = '';
      for (let i = 0; i < pdu.length; i++) {
        const a = HEXC[pdu[i] >> 4], b = HEXC[pdu[i] & 15];
        hexCodes.push(a); hexCodes.push(b);
        hexS += CHR[a - 32] + CHR[b - 32];
      }
      const at = 'AT+CMGS=' + (pdu.length - 1);
      if (firstHex === '') firstHex = at + ' ' + hexS;
      parts += 1; octets += pdu.length; hexChars += hexCodes.length;
      h = (h * 31 + pdu.length * 256 + pdu[pdu.length - 1]) % 1000003;
      // the loopback: parse the hex characters
      const rx = [];
      for (let i = 0; i < hexCodes.length; i += 2) rx.push(hexVal(hexCodes[i]) * 16 + hexVal(hexCodes[i + 1]));
      let pos = 1 + rx[0];
      const first = rx[pos], nd = rx[pos + 2];
      pos += 4;
      let rnum = '+';
      for (let i = 0; i < nd; i++) { const nib = (i & 1) ? rx[pos + (i >> 1)] >> 4 : rx[pos + (i >> 1)] & 15; rnum += CHR[nib + 16]; }
      pos += (nd + 1) >> 1;
      if (rnum === numS) numOk += 1;
      const udl = rx[pos + 3];
      pos += 4;
      let ref = 0, tot = 1, seq = 1, skip = 0;
      if (first & 0x40) {
        const udhl = rx[pos];
        for (let i = pos + 1; i < pos + 1 + udhl; i += 2 + rx[i + 1]) if (rx[i] === 0) { ref = rx[i + 2]; tot = rx[i + 3]; seq = rx[i + 4]; }
        skip = (((udhl + 1) * 8 + 6) / 7) | 0;
      }
      let text = '', esc = false;
      for (let s = skip; s < udl; s++) {              // unpack septet s
        const b0 = s * 7, byte = pos + (b0 >> 3), sh = b0 & 7;
        let v = rx[byte] >> sh;
        if (sh > 1) v |= rx[byte + 1] << (8 - sh);
        v &= 127;
        if (esc) { text += CHR[FROMESC[v] - 32]; esc = false; }
        else if (v === 27) esc = true;
        else text += CHR[FROM7[v] - 32];
      }
      const key = 'ref' + (ref === 0 ? 'x' + m : ref);
      let entry = store[key];
      if (entry === undefined) { entry = { got: 0, total: tot, parts: [] }; store[key] = entry; }
      entry.parts[seq - 1] = text; entry.got += 1;
      if (entry.got === entry.total) {
        let whole = '';
        for (let i = 0; i < entry.total; i++) whole += entry.parts[i];
        if (whole === txtS) matched += 1;
        lines.push(m);
      }
    }
  }
  // the modem's message listing, built as codes and tokenised back into fields
  let unread = 0, listOk = 0, lastLine = '';
  for (let k = 0; k < lines.length; k++) {
    const m = lines[k], c = [];
    pushAll(c, CMGL); pushNum(c, k + 1, 1); c.push(44); c.push(34);
    pushAll(c, (k & 1) ? READ : UNREAD); c.push(34); c.push(44); c.push(34); c.push(43);
    pushAll(c, sentCodes[m]);
    c.push(34); c.push(44); c.push(44); c.push(34);
    pushNum(c, 24, 2); c.push(47); pushNum(c, 3, 2); c.push(47); pushNum(c, 10 + (m >> 2), 2); c.push(44);
    pushNum(c, 8, 2); c.push(58); pushNum(c, (m * 7) % 60, 2); c.push(58); pushNum(c, (m * 13) % 60, 2); c.push(43); pushNum(c, 4, 2); c.push(34);
    const fields = [];
    let f = '', quoted = false, start = 7;
    for (let i = start; i < c.length; i++) {
      const ch = c[i];
      if (ch === 34) quoted = !quoted;
      else if (ch === 44 && !quoted) { fields.push(f); f = ''; }
      else f += CHR[ch - 32];
    }
    fields.push(f);
    if (fields[1] === 'REC UNREAD') unread += 1;
    if (fields.length === 5 && fields[0] === '' + (k + 1) && fields[2] === sentNum[m] && fields[3] === '') listOk += 1;
    lastLine = str(c, 0, c.length);
    h = (h * 31 + c.length + fields.length) % 1000003;
  }
  for (let i = 0; i < sentText.length; i++) {
    const t = compose(i + 100, rnd);
    h = (h * 31 + t.length) % 1000003;
  }
  h = (h * 31 + septets) % 1000003;
  h = (h * 31 + escapes * 100 + matched) % 1000003;
  h = (h * 31 + octets) % 1000003;
  const out = 'sms-pdu msgs=24 parts=' + parts + ' septets=' + septets + ' escapes=' + escapes + ' octets=' + octets + ' hex=' + hexChars +
    ' matched=' + matched + ' numbers=' + numOk + ' listed=' + listOk + ' unread=' + unread + ' shortest="' + shortest + '" first=' + firstHex +
    ' last=' + lastLine + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
