// Fletcher-16 and Adler-32 checksums over a telemetry packet, recomputed
// after patching a sequence number and a sample field each run.
const packet = [];
for (let i = 0; i < 96; i++) packet.push((i * 73 + 41) & 0xff);

function fletcher16(bytes, start, end) {
  let s1 = 0, s2 = 0;
  for (let i = start; i < end; i++) {
    s1 = (s1 + bytes[i]) % 255;
    s2 = (s2 + s1) % 255;
  }
  return (s2 << 8) | s1;
}

function adler32(bytes, start, end) {
  let a = 1, b = 0;
  for (let i = start; i < end; i++) {
    a = (a + bytes[i]) % 65521;
    b = (b + a) % 65521;
  }
  return { a: a, b: b };
}

// Fletcher check bytes that make the checksum of (data + check bytes) zero.
function checkBytes(sum) {
  const f0 = sum & 0xff, f1 = (sum >> 8) & 0xff;
  const c0 = 255 - ((f0 + f1) % 255);
  const c1 = 255 - ((f0 + c0) % 255);
  return [c0, c1];
}

let checked = false;
function run() {
  let acc = 0;
  for (let seq = 0; seq < 4; seq++) {
    packet[0] = seq;
    packet[1] = (seq * 17) & 0xff;
    const f = fletcher16(packet, 0, packet.length);
    const cb = checkBytes(f);
    const framed = [];
    for (let i = 0; i < packet.length; i++) framed.push(packet[i]);
    framed.push(cb[0]);
    framed.push(cb[1]);
    const verify = fletcher16(framed, 0, framed.length);
    assertEqual(verify, 0);
    const ad = adler32(packet, 0, packet.length);
    acc = (acc + f + ad.a + ad.b) & 0xfffff;
  }
  if (!checked) {
    checked = true;
    const ad = adler32(packet, 0, packet.length);
    print('fletcher ' + fletcher16(packet, 0, packet.length) + ' ' + ad.b + ':' + ad.a + ' ' + acc);
  }
  return acc;
}
vmExport(0, run);
