// X.509 certificate handling on a device that checks its TLS peers. Each call
// builds a small PKI as DER: a root CA, an intermediate CA and four device
// certificates, from trees of ASN.1 nodes (SEQUENCE, SET, OID, INTEGER,
// strings, UTCTime, BIT STRING, context tags), encoded recursively with
// short and long length forms. The "signature" is FNV-1a-32 of the TBS bytes
// (32-bit multiply done in 16-bit halves) mixed with the signer's key. The
// verifier parses DER recursively (throwing on bad lengths), turns OIDs into
// dotted strings and names them through a table keyed by those strings,
// builds distinguished names as text, finds each issuer by comparing DN
// strings, checks signatures, validity (UTCTime to seconds since 1970; some
// dates lie past 2038, beyond 2^31 seconds), the CA flag, key usage and the
// subject alternative names against a host name. Two certificates are
// corrupted (one truncated, one with a flipped byte) and must be rejected.
const NODE_SUM = 740205;
const UP = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'];
const LO = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'];
const DG = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
const CH = [];
for (let i = 0; i < 128; i++) CH.push(i >= 65 && i < 91 ? UP[i - 65] : (i >= 97 && i < 123 ? LO[i - 97] : (i >= 48 && i < 58 ? DG[i - 48] : '?')));
CH[32] = ' '; CH[45] = '-'; CH[46] = '.';
const NAMES = {};
const OID_LIST = [['2.5.4.3', 'CN'], ['2.5.4.6', 'C'], ['2.5.4.10', 'O'], ['2.5.4.11', 'OU'], ['2.5.29.19', 'basicConstraints'], ['2.5.29.15', 'keyUsage'],
  ['2.5.29.17', 'subjectAltName'], ['1.2.840.10045.2.1', 'ecPublicKey'], ['1.2.840.10045.3.1.7', 'prime256v1'], ['1.2.840.10045.4.3.2', 'ecdsaWithSHA256']];
for (let i = 0; i < OID_LIST.length; i++) NAMES[OID_LIST[i][0]] = OID_LIST[i][1];
const CN = [2, 5, 4, 3], C = [2, 5, 4, 6], O = [2, 5, 4, 10], OU = [2, 5, 4, 11], BC = [2, 5, 29, 19], KU = [2, 5, 29, 15], SAN = [2, 5, 29, 17];
const EC = [1, 2, 840, 10045, 2, 1], P256 = [1, 2, 840, 10045, 3, 1, 7], ECDSA = [1, 2, 840, 10045, 4, 3, 2];
const T_ROOT = [65, 99, 109, 101, 32, 82, 111, 111, 116, 32, 67, 65], T_ICA = [65, 99, 109, 101, 32, 68, 101, 118, 105, 99, 101, 32, 67, 65, 32, 49];
const T_DEV = [115, 101, 110, 115, 111, 114, 45], T_DE = [68, 69], T_ORG = [65, 99, 109, 101, 32, 71, 109, 98, 72], T_FLEET = [70, 108, 101, 101, 116];
const T_GW = [103, 119, 46, 97, 99, 109, 101, 46, 105, 111], T_OTA = [111, 116, 97, 46, 97, 99, 109, 101, 46, 105, 111];
let checked = false;

function prim(tag, bytes) { return [tag, bytes, null]; }   // builder nodes: [tag, bytes, children]
function cons(tag, kids) { return [tag, null, kids]; }
function oid(arcs) {
  const b = [arcs[0] * 40 + arcs[1]];
  for (let i = 2; i < arcs.length; i++) {
    let a = arcs[i];
    const g = [a & 127];
    a = a >> 7;
    while (a > 0) { g.push(128 | (a & 127)); a = a >> 7; }
    for (let j = g.length - 1; j >= 0; j--) b.push(g[j]);
  }
  return prim(6, b);
}
function digits(n, w, out) { const d = []; for (let i = 0; i < w; i++) { d.push(48 + n % 10); n = (n / 10) | 0; } for (let i = w - 1; i >= 0; i--) out.push(d[i]); }
function utc(y, mo, d, hh) { const b = []; digits(y % 100, 2, b); digits(mo, 2, b); digits(d, 2, b); digits(hh, 2, b); digits(0, 4, b); b.push(90); return prim(23, b); }
function rdn(type, tag, text) { return cons(0x31, [cons(0x30, [oid(type), prim(tag, text)])]); }
function dn(cn, ou) { const r = [rdn(C, 19, T_DE), rdn(O, 12, T_ORG)]; if (ou !== null) r.push(rdn(OU, 12, ou)); r.push(rdn(CN, 12, cn)); return cons(0x30, r); }

function encode(n, out) {
  const body = [];
  if (n[2] === null) { for (let i = 0; i < n[1].length; i++) body.push(n[1][i]); }
  else for (let i = 0; i < n[2].length; i++) encode(n[2][i], body);
  out.push(n[0]);
  const len = body.length;
  if (len < 128) out.push(len); else if (len < 256) { out.push(0x81); out.push(len); } else { out.push(0x82); out.push(len >> 8); out.push(len & 255); }
  for (let i = 0; i < len; i++) out.push(body[i]);
}

function mul32(a, b) {                             // (a * b) mod 2^32 for 0 <= a, b < 2^32, exact in doubles
  const al = a % 65536, ah = (a - al) / 65536, bl = b % 65536, bh = (b - bl) / 65536;
  return (al * bl + ((ah * bl + al * bh) % 65536) * 65536) % 4294967296;
}
function xor32(a, b) { const al = a % 65536, bl = b % 65536; return (((a - al) / 65536) ^ ((b - bl) / 65536)) * 65536 + (al ^ bl); }
function sign(tbs, from, to, key) {
  let hsh = 2166136261;
  for (let i = from; i < to; i++) hsh = mul32(xor32(hsh, tbs[i]), 16777619);
  return xor32(hsh, key);
}

function makeCert(serial, issuer, subject, from, to, ca, usage, sans, key, signKey) {
  const ext = [cons(0x30, [oid(BC), prim(1, [255]), prim(4, ca ? [0x30, 3, 1, 1, 255] : [0x30, 0])]), cons(0x30, [oid(KU), prim(4, [3, 2, 5, usage])])];
  if (sans.length > 0) { const g = []; for (let i = 0; i < sans.length; i++) g.push(prim(0x82, sans[i])); ext.push(cons(0x30, [oid(SAN), cons(4, [cons(0x30, g)])])); }
  const pub = [0]; for (let i = 0; i < 65; i++) pub.push((key * (i + 3) + i * i) & 255);
  const tbs = cons(0x30, [cons(0xa0, [prim(2, [2])]), prim(2, [(serial >> 8) & 127, serial & 255, 0x5a]), cons(0x30, [oid(ECDSA)]), issuer,
    cons(0x30, [from, to]), subject, cons(0x30, [cons(0x30, [oid(EC), oid(P256)]), prim(3, pub)]), cons(0xa3, [cons(0x30, ext)])]);
  const tb = [];
  encode(tbs, tb);
  const s = sign(tb, 0, tb.length, signKey), sig = [0, (s / 16777216) | 0, ((s / 65536) | 0) & 255, ((s / 256) | 0) & 255, s % 256];
  const der = [];
  encode(cons(0x30, [tbs, cons(0x30, [oid(ECDSA)]), prim(3, sig)]), der);
  return der;
}

function parse(b, pos, end, depth) {             // -> { tag, start, hdr, len, kids }
  if (pos + 2 > end) throw { code: 1, at: pos };
  const tag = b[pos];
  let len = b[pos + 1], hdr = 2;
  if (len === 0x81) { len = b[pos + 2]; hdr = 3; } else if (len === 0x82) { len = b[pos + 2] * 256 + b[pos + 3]; hdr = 4; } else if (len > 127) throw { code: 2, at: pos };
  if (pos + hdr + len > end) throw { code: 3, at: pos };
  const n = { tag: tag, start: pos, hdr: hdr, len: len, kids: null };
  if ((tag & 0x20) !== 0 || (tag === 4 && depth === 5)) {      // constructed, or the OCTET STRING wrapping an extension
    n.kids = [];
    let p = pos + hdr;
    while (p < pos + hdr + len) { const k = parse(b, p, pos + hdr + len, depth + 1); n.kids.push(k); p = k.start + k.hdr + k.len; }
  }
  return n;
}
function oidText(b, n) {
  const p = n.start + n.hdr;
  let s = ((b[p] / 40) | 0) + '.' + (b[p] % 40), a = 0;
  for (let i = p + 1; i < p + n.len; i++) { a = a * 128 + (b[i] & 127); if (b[i] < 128) { s += '.' + a; a = 0; } }
  return s;
}
function str(b, n) { let s = ''; for (let i = n.start + n.hdr; i < n.start + n.hdr + n.len; i++) s += CH[b[i]]; return s; }
function dnText(b, n) {
  let s = '';
  for (let i = 0; i < n.kids.length; i++) { const atv = n.kids[i].kids[0]; s += (i > 0 ? ',' : '') + NAMES[oidText(b, atv.kids[0])] + '=' + str(b, atv.kids[1]); }
  return s;
}
function seconds(b, n) {                          // UTCTime -> seconds since 1970 (days from civil)
  const p = n.start + n.hdr, d2 = (i) => (b[p + i] - 48) * 10 + b[p + i + 1] - 48;
  let y = d2(0) + 2000;
  const m = d2(2), d = d2(4);
  y -= m <= 2 ? 1 : 0;
  const era = (y / 400) | 0, yoe = y - era * 400, doy = ((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 | 0) + d - 1;
  const days = era * 146097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - 719468;
  return days * 86400 + d2(6) * 3600;
}

function inspect(b) {                             // -> certificate summary object
  const root = parse(b, 0, b.length, 0), tbs = root.kids[0], f = tbs.kids;
  const c = { serial: '', issuer: dnText(b, f[3]), subject: dnText(b, f[5]), from: seconds(b, f[4].kids[0]), to: seconds(b, f[4].kids[1]), ca: false, usage: 0, sans: [], algo: NAMES[oidText(b, f[2].kids[0])],
    curve: NAMES[oidText(b, f[6].kids[0].kids[1])], tbsFrom: tbs.start, tbsTo: tbs.start + tbs.hdr + tbs.len, sig: 0 };
  for (let i = f[1].start + f[1].hdr; i < f[1].start + f[1].hdr + f[1].len; i++) c.serial += HEX[b[i] >> 4] + HEX[b[i] & 15];
  const exts = f[7].kids[0].kids;
  for (let e = 0; e < exts.length; e++) {
    const name = NAMES[oidText(b, exts[e].kids[0])], val = exts[e].kids[exts[e].kids.length - 1];
    if (name === 'basicConstraints') c.ca = val.len > 2;
    else if (name === 'keyUsage') c.usage = b[val.start + val.hdr + 3];
    else if (name === 'subjectAltName') { const g = val.kids[0].kids; for (let k = 0; k < g.length; k++) c.sans.push(str(b, g[k])); }
  }
  const s = root.kids[2], q = s.start + s.hdr + 1;
  c.sig = ((b[q] * 256 + b[q + 1]) * 256 + b[q + 2]) * 256 + b[q + 3];
  return c;
}

function run() {
  let h = 23;
  const keys = [4021, 7777, 1234, 1500, 2020, 3333];
  const certs = [makeCert(1, dn(T_ROOT, null), dn(T_ROOT, null), utc(2020, 1, 1, 0), utc(2045, 1, 1, 0), true, 6, [], keys[0], keys[0]),
    makeCert(2, dn(T_ROOT, null), dn(T_ICA, T_FLEET), utc(2021, 6, 1, 0), utc(2036, 6, 1, 0), true, 6, [], keys[1], keys[0])];
  for (let d = 0; d < 4; d++) {
    const cn = []; for (let i = 0; i < T_DEV.length; i++) cn.push(T_DEV[i]); digits(d * 17 + 3, 4, cn);
    certs.push(makeCert(300 + d * 29, dn(T_ICA, T_FLEET), dn(cn, T_FLEET), utc(2024, 3 + d, 10, 8), utc(d === 3 ? 2025 : 2039, 3, 10, 8), false, 0x80, d === 1 ? [T_OTA] : [T_GW, T_OTA], keys[2 + d], keys[1]));
  }
  const trunc = []; for (let i = 0; i < certs[3].length - 40; i++) trunc.push(certs[3][i]);
  const flip = []; for (let i = 0; i < certs[4].length; i++) flip.push(i === 200 ? certs[4][i] ^ 4 : certs[4][i]);
  certs.push(trunc); certs.push(flip);
  const now = 1767225600;                           // 2026-01-01
  let bytes = 0, ok = 0, bad = 0, parseErr = 0, expired = 0, badSig = 0, hostOk = 0, line = '';
  for (let round = 0; round < 3; round++) {
    const info = [];
    for (let i = 0; i < certs.length; i++) {
      bytes += certs[i].length;
      try { info.push(inspect(certs[i])); } catch (e) { parseErr += 1; info.push(null); h = (h * 31 + e.code * 1000 + e.at) % 1000003; }
    }
    for (let i = 2; i < info.length; i++) {
      const c = info[i];
      if (c === null) bad += 1;
      else {
        let cur = i, depth = 0, good = true;
        while (good && depth < 4) {                 // walk up to a self-signed root
          const ci = info[cur];
          let up = -1;
          for (let j = 0; j < info.length; j++) if (info[j] !== null && info[j].ca && info[j].subject === ci.issuer) up = j;
          if (up < 0) good = false;
          else if (sign(certs[cur], ci.tbsFrom, ci.tbsTo, keys[up]) !== ci.sig) { good = false; badSig += 1; }
          else if (now < ci.from || now > ci.to) { good = false; expired += 1; }
          else if (up === cur) depth = 9;
          else { cur = up; depth += 1; }
        }
        if (good) { ok += 1; for (let s = 0; s < c.sans.length; s++) if (c.sans[s] === 'gw.acme.io') hostOk += 1; } else bad += 1;
        h = (h * 31 + (c.to % 100000) + depth) % 1000003;
        if (round === 0 && i === 2) line = c.subject + ' <- ' + c.issuer + ' ' + c.algo + '/' + c.curve + ' #' + c.serial + ' to=' + c.to;
      }
    }
  }
  h = (h * 31 + ok * 64 + bad) % 1000003;
  h = (h * 31 + bytes) % 1000003;
  const out = 'asn1-cert certs=' + certs.length + ' bytes=' + bytes + ' ok=' + ok + ' bad=' + bad + ' parse=' + parseErr + ' sig=' + badSig + ' expired=' + expired + ' host=' + hostOk + ' ' + line + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
