// 6LoWPAN on an 802.15.4 mesh, from the sensor's UDP datagram to the border
// router's IPv6 packet, with every buffer a fresh array. Six nodes send 48
// UDP datagrams (40 to 360 bytes of payload). Each one is built as a full
// IPv6 packet (40-byte header with link-local addresses made from the MAC,
// 8-byte UDP header, the RFC 768 checksum over the pseudo-header), then
// compressed with IPHC and UDP NHC (traffic class, flow label, hop limit,
// both addresses and the ports elided or shortened) into a new array, then
// cut into FRAG1 and FRAGN frames of at most 96 bytes (offsets in 8-byte
// units, a 16-bit datagram tag per node). Each frame crosses two mesh hops,
// and each hop copies it behind a mesh header with a hops-left count; one
// frame in 23 is lost and some datagrams arrive in reverse order. The
// border router reassembles by (source, tag) in an object keyed by a string,
// drops buffers older than 40 frames, decompresses back into a 48-byte header
// plus payload, checks the UDP checksum and keeps the last 12 packets.
const NODE_SUM = 921604;
const MTU = 96;
let checked = false;

function copyInto(dst, src, from, to) { for (let i = from; i < to; i++) dst.push(src[i]); return dst; }

function udpSum(pkt) {                                     // one's complement over the pseudo-header and UDP
  let s = 0;
  for (let i = 8; i < 40; i += 2) s += pkt[i] * 256 + pkt[i + 1];
  const len = pkt.length - 40;
  s += len + 17;
  for (let i = 40; i < pkt.length; i += 2) s += pkt[i] * 256 + (i + 1 < pkt.length ? pkt[i + 1] : 0);
  while (s > 65535) s = (s & 65535) + ((s / 65536) | 0);
  return s;
}

function makePacket(node, port, payload) {               // full IPv6 + UDP, checksum filled in
  const p = [0x60, 0, 0, 0, 0, 0, 17, 64];
  const len = 8 + payload.length;
  p[4] = len >> 8; p[5] = len & 255;
  for (let k = 0; k < 2; k++) {                          // fe80::0211:22ff:fe33:44nn, source node then the router
    const id = k === 0 ? node : 0;
    copyInto(p, [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x02, 0x11, 0x22, 0xff, 0xfe, 0x33, 0x44, id], 0, 16);
  }
  copyInto(p, [0xf0, 0xb0 + port, 0xf0, 0xb1, len >> 8, len & 255, 0, 0], 0, 8);
  copyInto(p, payload, 0, payload.length);
  const c = 65535 - udpSum(p);
  p[46] = c >> 8; p[47] = c & 255;
  return p;
}

function compress(p) {                                   // IPHC: TF=11, NH=1, HLIM=10, SAM=DAM=11; NHC UDP ports 0xF0Bx
  const c = [0x7a, 0x33, 0xf3, ((p[41] & 15) << 4) | (p[43] & 15), p[46], p[47]];
  return copyInto(c, p, 48, p.length);
}

function decompress(c, src) {
  const p = [0x60, 0, 0, 0, 0, 0, 17, 64];
  const len = 8 + c.length - 6;
  p[4] = len >> 8; p[5] = len & 255;
  for (let k = 0; k < 2; k++) copyInto(p, [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x02, 0x11, 0x22, 0xff, 0xfe, 0x33, 0x44, k === 0 ? src : 0], 0, 16);
  copyInto(p, [0xf0, 0xb0 + (c[3] >> 4), 0xf0, 0xb0 + (c[3] & 15), len >> 8, len & 255, c[4], c[5]], 0, 8);
  return copyInto(p, c, 6, c.length);
}

function fragment(c, tag) {                              // -> array of frames
  const out = [], size = c.length;
  if (size <= MTU) { out.push(copyInto([], c, 0, size)); return out; }
  let off = MTU - 4 - ((MTU - 4) & 7);
  out.push(copyInto([0xc0 | (size >> 8), size & 255, tag >> 8, tag & 255], c, 0, off));
  while (off < size) {
    let n = MTU - 5; n -= n & 7;
    const end = off + n < size ? off + n : size;
    out.push(copyInto([0xe0 | (size >> 8), size & 255, tag >> 8, tag & 255, off >> 3], c, off, end));
    off = end;
  }
  return out;
}

function hop(frame, src, hopsLeft) {                     // mesh header: 10 V F hops, originator, final (short addresses)
  let from = 0;
  if ((frame[0] & 0xc0) === 0x80) { from = 5; src = frame[2]; }   // replace the previous hop's mesh header, keep the originator
  const f = [0x80 | hopsLeft, 0, src, 0, 0];
  return copyInto(f, frame, from, frame.length);
}

function run() {
  let seed = 99, h = 3;
  const rnd = (n) => { seed = (seed * 69069 + 1) % 4294967296; return ((seed / 65536) | 0) % n; };
  const tags = [0, 0, 0, 0, 0, 0, 0];
  let bufs = {}, keys = [], frames = 0, lost = 0, bytesAir = 0, ok = 0, badSum = 0, expired = 0, frag1 = 0, fragn = 0, clock = 0, dup = 0;
  const kept = [];
  for (let n = 0; n < 48; n++) {
    const node = 1 + n % 6, plen = 40 + rnd(321), payload = [];
    for (let i = 0; i < plen; i++) payload.push((node * 31 + i * 7 + n) & 255);
    const pkt = makePacket(node, n & 3, payload);
    const c = compress(pkt);
    tags[node] = (tags[node] + 1) & 65535;
    const fr = fragment(c, tags[node] + node * 4096);
    const order = [];
    if (n % 5 === 3) { for (let i = fr.length - 1; i >= 0; i--) order.push(i); } else { for (let i = 0; i < fr.length; i++) order.push(i); }
    for (let oi = 0; oi < order.length; oi++) {
      const f0 = fr[order[oi]];
      frames += 1; clock += 1;
      if (rnd(23) === 0) { lost += 1; }
      else {
        const f1 = hop(f0, node, 2), f2 = hop(f1, 9, 1);    // two mesh hops (node 9 relays), each a new buffer
        bytesAir += f1.length + f2.length;
        const src = f2[2];
        const body = copyInto([], f2, 5, f2.length);        // the router strips the mesh header
        const d = body[0] & 0xf8;
        if (d === 0x78 || d === 0x70) {                    // unfragmented IPHC
          const p = decompress(body, src);
          if (udpSum(p) === 65535) { ok += 1; kept.push(p); } else badSum += 1;
        } else {
          const size = ((body[0] & 7) << 8) | body[1], tag = body[2] * 256 + body[3];
          const first = (body[0] & 0xf8) === 0xc0, off = first ? 0 : body[4] * 8, hl = first ? 4 : 5;
          if (first) frag1 += 1; else fragn += 1;
          const key = 'n' + src + 't' + tag;
          let b = bufs[key];
          if (b === undefined || b === null) {
            b = { size: size, got: 0, at: clock, data: [], have: [] };
            for (let i = 0; i < size; i++) { b.data.push(0); b.have.push(0); }
            bufs[key] = b; keys.push(key);
          }
          for (let i = hl; i < body.length; i++) { if (b.have[off + i - hl]) dup += 1; b.data[off + i - hl] = body[i]; b.have[off + i - hl] = 1; }
          b.got += body.length - hl;
          if (b.got >= b.size) {
            const p = decompress(b.data, src);
            if (udpSum(p) === 65535) { ok += 1; kept.push(p); } else badSum += 1;
            bufs[key] = null;
          }
        }
        if (kept.length > 12) { const k2 = []; for (let i = kept.length - 12; i < kept.length; i++) k2.push(kept[i]); kept.length = 0; for (let i = 0; i < 12; i++) kept.push(k2[i]); }
      }
    }
    if (n % 8 === 7) {                                      // reassembly timeout: rebuild the table without old buffers
      const nb = {}, nk = [];
      for (let i = 0; i < keys.length; i++) {
        const b = bufs[keys[i]];
        if (b !== null && b !== undefined) { if (clock - b.at > 40) expired += 1; else { nb[keys[i]] = b; nk.push(keys[i]); } }
      }
      bufs = nb; keys = nk;
    }
    h = (h * 31 + c.length + fr.length * 1000) % 1000003;
  }
  let keptSum = 0;
  for (let i = 0; i < kept.length; i++) { const p = kept[i]; keptSum = (keptSum * 7 + p.length + p[p.length - 1] + p[23]) % 100000; }
  h = (h * 31 + frames) % 1000003;
  h = (h * 31 + lost * 100 + expired) % 1000003;
  h = (h * 31 + ok * 10 + badSum) % 1000003;
  h = (h * 31 + bytesAir % 1000000) % 1000003;
  h = (h * 31 + keptSum) % 1000003;
  const out = 'lowpan-frag datagrams=48 frames=' + frames + ' frag1=' + frag1 + ' fragn=' + fragn + ' lost=' + lost + ' air=' + bytesAir + ' ok=' + ok +
    ' badsum=' + badSum + ' expired=' + expired + ' dup=' + dup + ' pending=' + keys.length + ' kept=' + kept.length + '/' + keptSum + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
