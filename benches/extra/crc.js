// CRC-16/CCITT over a 64-byte message, bit by bit.
const message = [];
for (let i = 0; i < 64; i++) message.push((i * 37 + 11) & 0xff);

function crc16(bytes) {
  let crc = 0xffff;
  for (let i = 0; i < bytes.length; i++) {
    crc = crc ^ (bytes[i] << 8);
    for (let b = 0; b < 8; b++) {
      if (crc & 0x8000) crc = ((crc << 1) ^ 0x1021) & 0xffff;
      else crc = (crc << 1) & 0xffff;
    }
  }
  return crc;
}

let checked = false;
function run() {
  const c = crc16(message);
  if (!checked) { checked = true; print('crc ' + c); }
  return c;
}
vmExport(0, run);
